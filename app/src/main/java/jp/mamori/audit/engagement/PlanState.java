package jp.mamori.audit.engagement;

/** Where a plan is: being written, handed to the approver, approved. */
public enum PlanState {
    DRAFT,
    SUBMITTED,
    APPROVED;

    public String messageKey() {
        return "aud.plan.state." + name();
    }
}
