package jp.mamori.supplier;

/** A certification a contractor holds as selection evidence. */
public enum CertificationKind {
    /** ISMS 認証 (ISO/IEC 27001). */
    ISMS,
    /** ISMAP に登録されたクラウドサービス. */
    ISMAP,
    /** プライバシーマーク. */
    PRIVACY_MARK,
    /** Another certification, named in its label. */
    OTHER;

    public String messageKey() {
        return "sup.certification." + name();
    }
}
