package jp.mamori.asset;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of network zones (table {@code ast_network_zone}), which the body can extend. */
@Component
public class NetworkZones {
    private final JdbcClient jdbc;

    NetworkZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every zone in the body's order. */
    public List<NetworkZone> all() {
        return jdbc.sql(
                        "select code, name, short_name, name_en, kind, active from ast_network_zone order by sort_order, code")
                .query((rs, n) -> new NetworkZone(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("short_name"),
                        rs.getString("name_en"),
                        NetworkZone.Kind.valueOf(rs.getString("kind")),
                        rs.getBoolean("active")))
                .list();
    }

    Optional<NetworkZone> byCode(String code) {
        return all().stream().filter(z -> z.code().equals(code)).findFirst();
    }

    /**
     * The zone a person wrote: its code, full name or short name; full-width letters folded,
     * spaces ignored, so {@code ＬＧＷＡＮ系}, {@code LGWAN接続系} and {@code lgwan} all match.
     * Common other names map to the zone of that layer (個人番号利用事務系 → マイナンバー利用事務系,
     * インターネット → インターネット接続系); なし, 無, 該当なし, - and ― mean the NONE zone. Blank is
     * empty (not given).
     */
    Optional<NetworkZone> byText(String text) {
        String key = fold(text);
        if (List.of("なし", "無", "無し", "-", "―", "ー", "—").contains(key)) {
            return byCode(NetworkZone.NONE);
        }
        return all().stream()
                .filter(z ->
                        key.equals(fold(z.code())) || key.equals(fold(z.name())) || key.equals(fold(z.shortName())))
                .findFirst();
    }

    /** Other names people use for the layers of the three-layer model (folded). */
    private static final Map<String, NetworkZone.Kind> ALIASES = Map.ofEntries(
            Map.entry("個人番号利用事務系", NetworkZone.Kind.MY_NUMBER),
            Map.entry("個人番号系", NetworkZone.Kind.MY_NUMBER),
            Map.entry("マイナンバー系", NetworkZone.Kind.MY_NUMBER),
            Map.entry("マイナンバー利用系", NetworkZone.Kind.MY_NUMBER),
            Map.entry("マイナンバー利用事務系", NetworkZone.Kind.MY_NUMBER),
            Map.entry("LGWAN", NetworkZone.Kind.LGWAN),
            Map.entry("LGWAN系", NetworkZone.Kind.LGWAN),
            Map.entry("LGWAN接続系", NetworkZone.Kind.LGWAN),
            Map.entry("インターネット", NetworkZone.Kind.INTERNET),
            Map.entry("インターネット系", NetworkZone.Kind.INTERNET),
            Map.entry("インターネット接続系", NetworkZone.Kind.INTERNET),
            Map.entry("なし", NetworkZone.Kind.NONE),
            Map.entry("無", NetworkZone.Kind.NONE),
            Map.entry("無し", NetworkZone.Kind.NONE),
            Map.entry("該当なし", NetworkZone.Kind.NONE),
            Map.entry("-", NetworkZone.Kind.NONE),
            Map.entry("―", NetworkZone.Kind.NONE),
            Map.entry("ー", NetworkZone.Kind.NONE),
            Map.entry("—", NetworkZone.Kind.NONE),
            Map.entry("‐", NetworkZone.Kind.NONE));

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
    }
}
