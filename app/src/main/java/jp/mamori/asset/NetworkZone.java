package jp.mamori.asset;

import java.util.Locale;

/**
 * A network zone an asset sits in (ネットワーク区分). The body may add zones; each has a kind so the
 * register's rules know the three-layer model (マイナンバー利用事務系, LGWAN接続系, インターネット接続系)
 * whatever the body calls its zones.
 *
 * @param code stable code ({@code MYNUMBER}, {@code LGWAN}, {@code INTERNET}, {@code NONE}, …)
 * @param name full Japanese name, e.g. LGWAN接続系
 * @param shortName short form people write, e.g. LGWAN系
 * @param nameEn English name
 * @param kind which layer of the three-layer model, or none, or other
 * @param active false for zones no longer offered for new entries
 */
public record NetworkZone(String code, String name, String shortName, String nameEn, Kind kind, boolean active) {
    /** The layer of the three-layer model a zone belongs to. */
    enum Kind {
        MY_NUMBER,
        LGWAN,
        INTERNET,
        NONE,
        OTHER
    }

    static final String NONE = "NONE";

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
