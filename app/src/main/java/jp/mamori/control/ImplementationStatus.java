package jp.mamori.control;

/** Implementation status of an applicable measure (実施状況). 対象外 needs a reason and approval. */
public enum ImplementationStatus {
    IMPLEMENTED,
    PARTIAL,
    NOT_IMPLEMENTED,
    NOT_APPLICABLE;

    public String messageKey() {
        return "control.status." + name();
    }
}
