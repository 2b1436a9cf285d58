package jp.mamori.policy;

/**
 * What fed a review. The first three link to a record in mamori (its id); the others are changes
 * outside described in words.
 */
public enum ReviewInputKind {
    /** A finding of an audit or self-inspection followed as a corrective action (改善措置), by id. */
    AUDIT_FINDING(true),
    /** The results of a self-inspection campaign (自己点検), by id. */
    SELF_INSPECTION(true),
    /** An incident (by its id). */
    INCIDENT(true),
    /** A change in law (法令の改正). */
    LAW_CHANGE(false),
    /** A change in the ministry's guideline (ガイドラインの改定). */
    GUIDELINE_CHANGE(false),
    /** A change in the organisation (組織の変更). */
    ORGANISATION_CHANGE(false),
    /** Anything else. */
    OTHER(false);

    private final boolean linksRecord;

    ReviewInputKind(boolean linksRecord) {
        this.linksRecord = linksRecord;
    }

    /** True when the input names a record in mamori. */
    public boolean linksRecord() {
        return linksRecord;
    }

    public String messageKey() {
        return "policy.review.input." + name();
    }
}
