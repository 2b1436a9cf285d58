package jp.mamori.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Documents in {@code pol_document}, with the roles and units of a restricted one. */
@Repository
class PolicyRepository {
    private static final String SELECT =
            "select id, tier, parent_id, title, subject, owner_unit_id, audience, created_at from pol_document";
    private final JdbcClient jdbc;

    PolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PolicyDocument> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::row)
                .optional()
                .map(row -> row.document(roles(Set.of(row.id())), units(Set.of(row.id()))));
    }

    /** Every document, parents before children isn't guaranteed: ordered by tier, title, id. */
    List<PolicyDocument> all() {
        List<Row> rows = jdbc.sql(SELECT + " order by id").query(this::row).list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        Map<Long, Set<Role>> roles = roles(ids);
        Map<Long, Set<Long>> units = units(ids);
        return rows.stream().map(r -> r.document(roles, units)).toList();
    }

    long insert(PolicyDocument document, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into pol_document (tier, parent_id, title, subject, owner_unit_id, audience,
                                                  created_by, created_at, updated_at)
                        values (:tier, :parent, :title, :subject, :owner, :audience, :actor, :now, :now)
                        """)
                .param("tier", document.tier().name())
                .param("parent", document.parentId())
                .param("title", document.title())
                .param("subject", document.subject())
                .param("owner", document.ownerUnitId())
                .param("audience", document.visibility().audience().name())
                .param("actor", actor)
                .param("now", document.createdAt())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        saveVisibility(id, document.visibility());
        return id;
    }

    void update(PolicyDocument document, OffsetDateTime now) {
        jdbc.sql("""
                        update pol_document set parent_id = :parent, title = :title, subject = :subject,
                               owner_unit_id = :owner, audience = :audience, updated_at = :now
                        where id = :id
                        """)
                .param("parent", document.parentId())
                .param("title", document.title())
                .param("subject", document.subject())
                .param("owner", document.ownerUnitId())
                .param("audience", document.visibility().audience().name())
                .param("now", now)
                .param("id", document.id())
                .update();
        jdbc.sql("delete from pol_document_role where document_id = :id")
                .param("id", document.id())
                .update();
        jdbc.sql("delete from pol_document_unit where document_id = :id")
                .param("id", document.id())
                .update();
        saveVisibility(document.id(), document.visibility());
    }

    private void saveVisibility(long id, Visibility visibility) {
        for (Role role : visibility.sortedRoles()) {
            jdbc.sql("insert into pol_document_role (document_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
        for (Long unit : visibility.sortedUnitIds()) {
            jdbc.sql("insert into pol_document_unit (document_id, unit_id) values (:id, :unit)")
                    .param("id", id)
                    .param("unit", unit)
                    .update();
        }
    }

    private Map<Long, Set<Role>> roles(Set<Long> ids) {
        Map<Long, Set<Role>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select document_id, role from pol_document_role where document_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("document_id"), k -> new HashSet<>())
                            .add(Role.valueOf(rs.getString("role")));
                });
        return result;
    }

    private Map<Long, Set<Long>> units(Set<Long> ids) {
        Map<Long, Set<Long>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select document_id, unit_id from pol_document_unit where document_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("document_id"), k -> new HashSet<>())
                            .add(rs.getLong("unit_id"));
                });
        return result;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long parentValue = rs.getLong("parent_id");
        Long parent = rs.wasNull() ? null : parentValue;
        return new Row(
                rs.getLong("id"),
                PolicyTier.valueOf(rs.getString("tier")),
                parent,
                rs.getString("title"),
                rs.getString("subject"),
                rs.getLong("owner_unit_id"),
                Audience.valueOf(rs.getString("audience")),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private record Row(
            long id,
            PolicyTier tier,
            @org.jspecify.annotations.Nullable Long parentId,
            String title,
            String subject,
            long ownerUnitId,
            Audience audience,
            OffsetDateTime createdAt) {
        PolicyDocument document(Map<Long, Set<Role>> roles, Map<Long, Set<Long>> units) {
            Visibility visibility = audience == Audience.RESTRICTED
                    ? Visibility.restricted(roles.getOrDefault(id, Set.of()), units.getOrDefault(id, Set.of()))
                    : Visibility.open(audience);
            return new PolicyDocument(id, tier, parentId, title, subject, ownerUnitId, visibility, createdAt);
        }
    }
}
