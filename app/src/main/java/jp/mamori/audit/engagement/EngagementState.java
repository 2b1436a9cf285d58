package jp.mamori.audit.engagement;

/** An engagement's course: planned, in fieldwork, draft report with the units, final report issued. */
public enum EngagementState {
    PLANNING,
    FIELDWORK,
    DRAFT_ISSUED,
    FINAL;

    public String messageKey() {
        return "aud.engagement.state." + name();
    }
}
