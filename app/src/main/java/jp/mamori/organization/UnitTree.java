package jp.mamori.organization;

import java.util.Set;
import jp.mamori.shared.UnitHierarchy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers which units lie below a unit, from the unit table with a recursive query. */
@Component
class UnitTree implements UnitHierarchy {
    private final JdbcClient jdbc;

    UnitTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> selfAndDescendants(long unitId) {
        return Set.copyOf(jdbc.sql("""
                        with recursive below (id) as (
                            select id from org_unit where id = :id
                            union all
                            select u.id from org_unit u join below b on u.parent_id = b.id
                        )
                        select id from below
                        """).param("id", unitId).query(Long.class).list());
    }
}
