package jp.mamori.policy;

/**
 * The life of a revision. Only the first three are stored; {@link #IN_FORCE} and
 * {@link #SUPERSEDED} follow from the 施行日 of the approved revisions and the day asked about (see
 * {@link RevisionTimeline}).
 */
public enum RevisionState {
    /** 起案中: being written; the author may change it. */
    DRAFT,
    /** 決裁中: submitted, waiting for the approvers in order. */
    IN_APPROVAL,
    /** 決裁済: approved and immutable; 施行日 not yet reached (施行待ち). */
    APPROVED,
    /** 施行中: the approved revision in force on the day. */
    IN_FORCE,
    /** 廃止（改正済）: was in force, replaced by a later revision. */
    SUPERSEDED;

    public String messageKey() {
        return "policy.state." + name();
    }

    boolean isApproved() {
        return this == APPROVED || this == IN_FORCE || this == SUPERSEDED;
    }
}
