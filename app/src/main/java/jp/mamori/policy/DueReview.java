package jp.mamori.policy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document's next review: its cycle, the day it was last reviewed (or the base it counts from)
 * and the day the next review is due; the review under way, if any.
 */
public record DueReview(
        long documentId,
        String title,
        PolicyTier tier,
        long ownerUnitId,
        int cycleMonths,
        LocalDate countedFrom,
        LocalDate dueOn,
        @Nullable Long openReviewId) {

    public boolean overdue(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
