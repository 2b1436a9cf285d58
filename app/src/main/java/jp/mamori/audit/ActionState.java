package jp.mamori.audit;

/**
 * Where a corrective action is: open, reported done by its unit, verified and closed, or ended
 * because its finding was withdrawn.
 */
public enum ActionState {
    OPEN,
    DONE,
    CLOSED,
    WITHDRAWN;

    /** True while the unit still owes it (open or awaiting verification). */
    public boolean pending() {
        return this == OPEN || this == DONE;
    }

    public String messageKey() {
        return "aud.action.state." + name();
    }
}
