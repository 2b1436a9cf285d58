package jp.mamori.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A period of days, both ends included; an open end ({@code to == null}) runs on. Used for being in
 * post and for role assignments: a period must not end before it starts.
 */
record ValidityPeriod(LocalDate from, @Nullable LocalDate to) {
    ValidityPeriod {
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period must not end before it starts: " + from + " – " + to);
        }
    }

    /** True when from ≤ to (or no end), the rule a form checks before it builds a period. */
    static boolean isOrdered(@Nullable LocalDate from, @Nullable LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    boolean contains(LocalDate day) {
        return InPost.on(from, to, day);
    }

    /** True when the period has ended before the day. */
    boolean endedBefore(LocalDate day) {
        return to != null && to.isBefore(day);
    }
}
