package jp.mamori.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A self-inspection campaign (自己点検).
 *
 * @param fiscalYear the fiscal year it belongs to (April to March), e.g. 2026 for 令和8年度
 * @param extraQuestions the body's own questions, one per line, asked of every unit besides the
 *     measures that apply to it
 */
public record SelfInspection(
        long id,
        String title,
        int fiscalYear,
        LocalDate dueDate,
        InspectionState state,
        String extraQuestions,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable String openedBy,
        @Nullable OffsetDateTime openedAt,
        @Nullable String closedBy,
        @Nullable OffsetDateTime closedAt) {

    /** True when answers may be given. */
    public boolean open() {
        return state == InspectionState.OPEN;
    }

    /** True when the due date has passed and the campaign is still open. */
    public boolean overdue(LocalDate today) {
        return state == InspectionState.OPEN && today.isAfter(dueDate);
    }
}
