package jp.mamori.policy.web;

/** Who may call the policy handlers, as {@code @PreAuthorize} expressions. */
final class Rights {
    /**
     * Everyone signed in reaches the handler; the document then decides (policy.PolicyAccess): one
     * the user may not read is a 404 with an audited refusal, and editing, approving and importing
     * are checked on the loaded document and revision.
     */
    static final String SIGNED_IN = "isAuthenticated()";

    /** New documents: body-wide managers and 情報セキュリティ責任者・管理者 (tier and unit checked on the record). */
    static final String CREATE = "@policyAccess.mayCreateSome()";

    /**
     * Starting, reminding and closing acknowledgement campaigns: body-wide managers (the service
     * checks it again for other callers).
     */
    static final String RUN_CAMPAIGNS = "@acknowledgements.mayStart()";

    private Rights() {}
}
