package jp.mamori.netcheck.zone;

/** How a relay sanitizes what passes between the LGWAN and Internet zones (無害化). */
public enum RelayMethod {
    /** Only the mail body text is forwarded (メールテキスト化). */
    MAIL_TEXT,
    /** Only the screen is transferred (画面転送). */
    SCREEN_TRANSFER,
    /** Files are cleaned or verified before they are taken in (ファイル無害化). */
    FILE_SANITIZE
}
