package jp.mamori.training.web;

/** What the training pages and API check before their services check again. */
final class Rights {
    /** Readers of plans, courses and completions: body-wide readers, a unit's 情報セキュリティ責任者・管理者. */
    static final String READ =
            "@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')";

    /** Writers of plans, courses, sessions and results: body-wide managers (CISO level). */
    static final String MANAGE = "@access.isBodyWideManager()";

    private Rights() {}
}
