package jp.mamori.security.web;

/** Who may call the account handlers, as {@code @PreAuthorize} expressions. */
final class Rights {
    /**
     * One's own account, authenticator and recovery codes: whoever is signed in (the filter chain
     * lets a person still enrolling an authenticator reach only the enrolment pages).
     */
    static final String OWN_ACCOUNT = "isAuthenticated()";

    private Rights() {}
}
