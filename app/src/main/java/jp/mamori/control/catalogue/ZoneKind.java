package jp.mamori.control.catalogue;

/** The layer of the three-layer model a condition names (as the asset register's zone kinds). */
public enum ZoneKind {
    MY_NUMBER,
    LGWAN,
    INTERNET;

    public String messageKey() {
        return "control.zone." + name();
    }
}
