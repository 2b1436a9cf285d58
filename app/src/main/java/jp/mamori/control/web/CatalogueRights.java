package jp.mamori.control.web;

/** Who may call the catalogue and statement-of-applicability API handlers, as {@code @PreAuthorize} expressions. */
final class CatalogueRights {
    /**
     * Everyone signed in reads the catalogue; approving a version is decided on the loaded version
     * (control.catalogue.Catalogues: the chain's roles), reading a unit's or system's statement on
     * the unit or system asked for.
     */
    static final String SIGNED_IN = "isAuthenticated()";

    /** Drafting and tailoring a version: body-wide managers (checked again by the service). */
    static final String TAILOR = "@catalogues.checkTailor()";

    private CatalogueRights() {}
}
