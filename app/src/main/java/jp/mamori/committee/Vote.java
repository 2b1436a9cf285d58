package jp.mamori.committee;

/** One member's vote on a decision. */
public enum Vote {
    /** 賛成. */
    FOR,
    /** 反対. */
    AGAINST,
    /** 棄権. */
    ABSTAIN;

    public String messageKey() {
        return "cmt.vote." + name();
    }
}
