package jp.mamori.committee;

/** The result of a decision. */
public enum Outcome {
    /** 可決. */
    CARRIED,
    /** 否決. */
    REJECTED;

    public String messageKey() {
        return "cmt.outcome." + name();
    }
}
