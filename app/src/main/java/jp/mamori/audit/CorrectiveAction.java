package jp.mamori.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A corrective action (改善措置) a unit owes: where it came from (a self-inspection question, an audit
 * finding, or the 横展開 of a finding to another unit), what
 * to fix, the unit's plan and due date; the unit reports it done, a verifier other than that person
 * closes it or sends it back.
 */
public record CorrectiveAction(
        long id,
        long unitId,
        String unitName,
        @Nullable Long questionId,
        @Nullable Long inspectionId,
        @Nullable String measureId,
        String title,
        String plan,
        LocalDate dueDate,
        ActionState state,
        OffsetDateTime openedAt,
        @Nullable String doneBy,
        @Nullable OffsetDateTime doneAt,
        @Nullable String closedBy,
        @Nullable OffsetDateTime closedAt,
        @Nullable Long findingId,
        @Nullable Long engagementId,
        boolean rollout) {

    /** True when it is still owed (neither closed nor withdrawn) and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return state.pending() && today.isAfter(dueDate);
    }

    /** The number people use: 是正-12. */
    public String number() {
        return "CA-" + id;
    }
}
