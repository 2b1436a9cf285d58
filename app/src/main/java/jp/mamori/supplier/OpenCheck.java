package jp.mamori.supplier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A periodic check whose answers have not come back yet: what the overdue-check rule and the
 * reminder look at, without the questions.
 *
 * @param remindedOn the last day its people and the contractor's contact were reminded, or null
 */
public record OpenCheck(
        long id,
        long campaignId,
        String campaignTitle,
        LocalDate dueOn,
        long contractId,
        @Nullable LocalDate remindedOn) {
    /** True once its due date has passed without an answer. */
    public boolean overdueOn(LocalDate day) {
        return dueOn.isBefore(day);
    }

    public String link() {
        return "/contractors/checks/" + id;
    }
}
