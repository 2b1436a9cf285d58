package jp.mamori.committee;

/** How a decision was taken. */
public enum DecisionMethod {
    /** 議決 by the members present at a meeting. */
    MEETING,
    /** 書面決議: every member answers in writing, without a meeting. */
    WRITTEN;

    public String messageKey() {
        return "cmt.method." + name();
    }
}
