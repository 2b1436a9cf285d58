package jp.mamori.incident;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A saved emergency response plan: each save keeps the plan before it, so the history shows who
 * changed what and when. A save is a draft (案) until the CISO decides on it (決裁): approved, it is
 * in force; returned, it stays in the history only.
 *
 * @param version 1 for the first saved plan, then one more each save
 * @param changedBy login of the body-wide manager who saved it
 * @param note why it was changed
 * @param status draft, in force (approved), or returned
 * @param decidedBy login of the CISO who approved or returned it (null while a draft)
 * @param decidedAt when (null while a draft)
 * @param decisionNote the CISO's note (empty when none)
 */
public record ResponsePlanVersion(
        int version,
        ResponsePlan plan,
        String changedBy,
        Instant changedAt,
        String note,
        Status status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        String decisionNote) {

    /** A version saved before plans needed a 決裁: in force from the save. */
    public ResponsePlanVersion(int version, ResponsePlan plan, String changedBy, Instant changedAt, String note) {
        this(version, plan, changedBy, changedAt, note, Status.IN_FORCE, null, null, "");
    }

    /** Where a version stands in the approval chain (draft → 決裁 → in force). */
    public enum Status {
        DRAFT,
        IN_FORCE,
        RETURNED;

        public String messageKey() {
            return "incident.plan.status." + name();
        }
    }

    public boolean draft() {
        return status == Status.DRAFT;
    }
}
