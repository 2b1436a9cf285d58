package jp.mamori.premises;

/**
 * How strictly an area is controlled: an ordinary office area, a 管理区域 (書庫, the office of the My
 * Number work), or a restricted area such as the server room.
 */
public enum AreaLevel {
    GENERAL,
    CONTROLLED,
    RESTRICTED;

    public String messageKey() {
        return "prm.level." + name();
    }
}
