package jp.mamori.supplier;

/** What the contractor certified at the end of a contract: return, destruction (消去・廃棄) or both. */
public enum CertificateKind {
    RETURN,
    DESTRUCTION,
    BOTH;

    public String messageKey() {
        return "sup.certificate." + name();
    }
}
