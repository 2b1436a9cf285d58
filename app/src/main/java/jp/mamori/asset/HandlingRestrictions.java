package jp.mamori.asset;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of handling restrictions (table {@code ast_restriction}), which the body can extend. */
@Component
public class HandlingRestrictions {
    private final JdbcClient jdbc;

    HandlingRestrictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every restriction in the body's order. */
    public List<HandlingRestriction> all() {
        return jdbc.sql("select code, name, name_en, active from ast_restriction order by sort_order, code")
                .query((rs, n) -> new HandlingRestriction(
                        rs.getString("code"), rs.getString("name"), rs.getString("name_en"), rs.getBoolean("active")))
                .list();
    }

    Optional<HandlingRestriction> byCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The restriction a person wrote: its name (複製禁止) or code, full-width folded, spaces ignored. */
    Optional<HandlingRestriction> byText(String text) {
        String key = NetworkZones.fold(text);
        return all().stream()
                .filter(r -> key.equals(NetworkZones.fold(r.code())) || key.equals(NetworkZones.fold(r.name())))
                .findFirst();
    }
}
