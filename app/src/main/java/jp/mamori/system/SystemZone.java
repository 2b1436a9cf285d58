package jp.mamori.system;

/**
 * The network zone a system sits in: one of the three layers of the three-layer model
 * (マイナンバー利用事務系, LGWAN接続系, インターネット接続系) or another network (OTHER).
 */
public enum SystemZone {
    MY_NUMBER,
    LGWAN,
    INTERNET,
    OTHER;

    public String messageKey() {
        return "system.zone." + name();
    }
}
