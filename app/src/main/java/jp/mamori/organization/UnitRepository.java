package jp.mamori.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Units in the {@code org_unit} table. */
@Repository
class UnitRepository {
    private static final String SELECT = "select id, code, name, parent_id from org_unit ";
    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> find(long id) {
        return jdbc.sql(SELECT + "where id = :id")
                .param("id", id)
                .query(UnitRepository::map)
                .optional();
    }

    Optional<Unit> findByCode(String code) {
        return jdbc.sql(SELECT + "where code = :code")
                .param("code", code)
                .query(UnitRepository::map)
                .optional();
    }

    List<Unit> all() {
        return jdbc.sql(SELECT + "order by code").query(UnitRepository::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    long insert(UnitDraft draft, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into org_unit (code, name, parent_id, created_at, updated_at) values (:code, :name, :parent, :now, :now)")
                .param("code", draft.code())
                .param("name", draft.name())
                .param("parent", draft.parentId())
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, UnitDraft draft, OffsetDateTime now) {
        jdbc.sql(
                        "update org_unit set code = :code, name = :name, parent_id = :parent, updated_at = :now where id = :id")
                .param("code", draft.code())
                .param("name", draft.name())
                .param("parent", draft.parentId())
                .param("now", now)
                .param("id", id)
                .update();
    }

    List<Unit> page(String text, int offset, int limit) {
        return jdbc.sql(
                        SELECT
                                + "where :text = '' or lower(code) like :like or lower(name) like :like order by code offset :offset rows fetch next :limit rows only")
                .param("text", text)
                .param("like", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%")
                .param("offset", offset)
                .param("limit", limit)
                .query(UnitRepository::map)
                .list();
    }

    long countMatching(String text) {
        return jdbc.sql(
                        "select count(*) from org_unit where :text = '' or lower(code) like :like or lower(name) like :like")
                .param("text", text)
                .param("like", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%")
                .query(Long.class)
                .single();
    }

    private static Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(
                rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getObject("parent_id", Long.class));
    }
}
