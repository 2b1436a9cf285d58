package jp.mamori.policy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a document's next review is due: a cycle of months (default 12, 1–60) counted from the day
 * its last review was concluded; before any review, from the 施行日 of the revision in force, or from
 * the day the document was created when none is.
 */
final class ReviewCycle {
    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 60;

    private ReviewCycle() {}

    static LocalDate countedFrom(
            @Nullable LocalDate lastConcluded, @Nullable LocalDate inForceSince, LocalDate created) {
        if (lastConcluded != null) {
            return lastConcluded;
        }
        return inForceSince != null ? inForceSince : created;
    }

    static LocalDate dueOn(LocalDate countedFrom, int months) {
        return countedFrom.plusMonths(months);
    }

    static boolean validMonths(int months) {
        return months >= 1 && months <= MAX_MONTHS;
    }
}
