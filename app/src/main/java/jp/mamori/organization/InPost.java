package jp.mamori.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The rule for being in post: from the 着任日 to the 離任日, both days included. The 離任日 is the
 * leaver's last working day; from the next day they hold no role and lose access.
 */
final class InPost {
    private InPost() {}

    static boolean on(LocalDate from, @Nullable LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
