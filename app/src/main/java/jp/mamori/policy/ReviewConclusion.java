package jp.mamori.policy;

/** What a review (見直し) concludes. */
public enum ReviewConclusion {
    /** 改正不要: the document stays as it is. */
    NO_CHANGE,
    /** 改正する: a revision is opened. */
    REVISE;

    public String messageKey() {
        return "policy.review.conclusion." + name();
    }
}
