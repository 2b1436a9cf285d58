package jp.mamori.incident.web;

/** Who may call the incident handlers, as {@code @PreAuthorize} expressions. */
final class Rights {
    /**
     * Everyone signed in reports incidents, reads their own and reads the response plan and the
     * body's reporting regime; the loaded incident then decides (incident.IncidentAccess, applied by
     * the services for every caller): who may read it, who may work on it.
     */
    static final String SIGNED_IN = "isAuthenticated()";

    private Rights() {}
}
