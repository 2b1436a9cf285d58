package jp.mamori.netcheck.zone;

/** What a zone is in the three-layer model; the checks do not depend on it, reports and presets do. */
public enum ZoneKind {
    /** マイナンバー利用事務系. */
    MY_NUMBER,
    /** LGWAN接続系. */
    LGWAN,
    /** インターネット接続系. */
    INTERNET,
    /** Everything outside the body (the Internet itself, other bodies). */
    EXTERNAL,
    /** Cloud services reached directly (for example local breakout in the α′ model). */
    CLOUD,
    /** Server segments, management networks and anything else. */
    OTHER
}
