package jp.mamori.supplier;

/** Where the contractor works with the body's information. */
public enum Place {
    /** 庁内 (on the body's premises). */
    ON_SITE,
    /** リモート (remote access to the body's systems). */
    REMOTE,
    /** 委託先の施設 (the contractor's own premises). */
    CONTRACTOR_PREMISES;

    public String messageKey() {
        return "sup.place." + name();
    }
}
