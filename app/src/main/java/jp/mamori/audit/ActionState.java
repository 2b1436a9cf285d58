package jp.mamori.audit;

/** Where a corrective action is: open, reported done by its unit, or verified and closed. */
public enum ActionState {
    OPEN,
    DONE,
    CLOSED;

    public String messageKey() {
        return "aud.action.state." + name();
    }
}
