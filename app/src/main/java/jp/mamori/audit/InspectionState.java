package jp.mamori.audit;

/** Where a self-inspection campaign is: prepared, being answered, or closed. */
public enum InspectionState {
    DRAFT,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "aud.inspection.state." + name();
    }
}
