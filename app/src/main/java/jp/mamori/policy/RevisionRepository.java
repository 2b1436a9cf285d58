package jp.mamori.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Revisions in {@code pol_revision}, their approvals ({@code pol_approval}) and history notes. */
@Repository
class RevisionRepository {
    /** The components of {@link Revision} that {@code pol_revision} holds (the approvals are in {@code pol_approval}). */
    private static final List<String> STORED = Revision.FIELDS.names().stream()
            .filter(name -> !name.equals("approvals"))
            .toList();

    /** What a draft's text or a state change never rewrites. */
    private static final Set<String> FIXED =
            Set.of("id", "documentId", "number", "authorLogin", "authorPersonId", "authorName", "createdAt");

    private static final String SELECT = "select "
            + STORED.stream().map(RevisionRepository::column).collect(Collectors.joining(", "))
            + " from pol_revision ";
    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Revision> find(long id) {
        return withApprovals(jdbc.sql(SELECT + " where id = :id")
                        .param("id", id)
                        .query(this::map)
                        .list())
                .stream()
                .findFirst();
    }

    /** The revisions of a document, by number. */
    List<Revision> ofDocument(long documentId) {
        return withApprovals(jdbc.sql(SELECT + " where document_id = :doc order by revision_no")
                .param("doc", documentId)
                .query(this::map)
                .list());
    }

    /** Every approved revision of every document (for in-force questions across documents). */
    List<Revision> approved() {
        return withApprovals(jdbc.sql(SELECT + " where state = 'APPROVED' order by document_id, revision_no")
                .query(this::map)
                .list());
    }

    /** Every revision in approval, by document. */
    List<Revision> inApproval() {
        return withApprovals(jdbc.sql(SELECT + " where state = 'IN_APPROVAL' order by document_id, revision_no")
                .query(this::map)
                .list());
    }

    /** Every revision, for search over drafts by people who may see them. */
    List<Revision> all() {
        return withApprovals(jdbc.sql(SELECT + " order by document_id, revision_no")
                .query(this::map)
                .list());
    }

    /** Approved revisions whose 施行日 has come and whose coming into force was not announced yet. */
    List<Revision> dueForAnnouncement(LocalDate today) {
        return withApprovals(jdbc.sql(SELECT
                        + " where state = 'APPROVED' and in_force_announced_at is null and effective_on <= :today"
                        + " order by effective_on, revision_no")
                .param("today", today)
                .query(this::map)
                .list());
    }

    /** Marks the announcement; false when another node announced it first. */
    boolean markAnnounced(long revisionId, OffsetDateTime now) {
        return jdbc.sql("update pol_revision set in_force_announced_at = :now"
                                + " where id = :id and in_force_announced_at is null")
                        .param("now", now)
                        .param("id", revisionId)
                        .update()
                == 1;
    }

    long insert(Revision revision) {
        KeyHolder keys = new GeneratedKeyHolder();
        List<String> inserted =
                STORED.stream().filter(name -> !name.equals("id")).toList();
        jdbc.sql("insert into pol_revision ("
                        + inserted.stream().map(RevisionRepository::column).collect(Collectors.joining(", "))
                        + ") values ("
                        + inserted.stream().map(name -> ":" + name).collect(Collectors.joining(", "))
                        + ")")
                .params(values(revision))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        saveApprovals(id, revision.approvals());
        return id;
    }

    /**
     * Saves a draft's text or a state change. An approved revision is never written again: the
     * update only matches rows that are not approved yet.
     */
    void update(Revision revision) {
        int rows = jdbc.sql("update pol_revision set "
                        + STORED.stream()
                                .filter(name -> !FIXED.contains(name))
                                .map(name -> column(name) + " = :" + name)
                                .collect(Collectors.joining(", "))
                        + " where id = :id and state <> 'APPROVED'")
                .params(values(revision))
                .update();
        if (rows != 1) {
            throw new IllegalStateException("revision " + revision.id() + " is approved and cannot change");
        }
        jdbc.sql("delete from pol_approval where revision_id = :id")
                .param("id", revision.id())
                .update();
        saveApprovals(revision.id(), revision.approvals());
    }

    void note(
            long revisionId,
            String kind,
            String login,
            String name,
            @Nullable Integer step,
            String comment,
            OffsetDateTime at) {
        jdbc.sql("""
                        insert into pol_revision_note (revision_id, kind, login, person_name, step, comment, noted_at)
                        values (:rev, :kind, :login, :name, :step, :comment, :at)
                        """)
                .param("rev", revisionId)
                .param("kind", kind)
                .param("login", login)
                .param("name", name)
                .param("step", step)
                .param("comment", comment)
                .param("at", at)
                .update();
    }

    List<RevisionNote> notes(long revisionId) {
        return jdbc.sql("select kind, login, person_name, step, comment, noted_at from pol_revision_note"
                        + " where revision_id = :rev order by noted_at, id")
                .param("rev", revisionId)
                .query((rs, n) -> {
                    // wasNull() must follow the read of step itself, not a later column: a note without a
                    // step (drafted, submitted) once read as 「第0段」
                    int stepValue = rs.getInt("step");
                    Integer step = rs.wasNull() ? null : stepValue;
                    return new RevisionNote(
                            rs.getString("kind"),
                            rs.getString("login"),
                            rs.getString("person_name"),
                            step,
                            rs.getString("comment"),
                            rs.getObject("noted_at", OffsetDateTime.class));
                })
                .list();
    }

    /** The column of a component: its name in snake case, but for the number and the state. */
    private static String column(String component) {
        return switch (component) {
            case "number" -> "revision_no";
            case "recordedState" -> "state";
            default -> component.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The parameters of every stored component, by its name; sets and lists as comma-separated names. */
    private static Map<String, @Nullable Object> values(Revision revision) {
        Map<String, @Nullable Object> values = new HashMap<>();
        for (String name : STORED) {
            Object value = Revision.FIELDS.get(revision, name);
            values.put(name, parameter(value));
        }
        return values;
    }

    private void saveApprovals(long revisionId, List<Approval> approvals) {
        for (Approval a : approvals) {
            jdbc.sql("""
                            insert into pol_approval (revision_id, step, role, login, person_id, person_name, decided_at,
                                decision_id)
                            values (:rev, :step, :role, :login, :person, :name, :at, :decision)
                            """)
                    .param("rev", revisionId)
                    .param("step", a.step())
                    .param("role", a.role().name())
                    .param("login", a.login())
                    .param("person", a.personId())
                    .param("name", a.personName())
                    .param("at", a.decidedAt())
                    .param("decision", a.decisionId())
                    .update();
        }
    }

    private List<Revision> withApprovals(List<Revision> revisions) {
        if (revisions.isEmpty()) {
            return revisions;
        }
        Map<Long, List<Approval>> approvals = new HashMap<>();
        jdbc.sql(
                        "select revision_id, step, role, login, person_id, person_name, decided_at, decision_id from pol_approval"
                                + " where revision_id in (:ids) order by revision_id, step")
                .param("ids", revisions.stream().map(Revision::id).toList())
                .query(rs -> {
                    long person = rs.getLong("person_id");
                    Long personId = rs.wasNull() ? null : person;
                    long decision = rs.getLong("decision_id");
                    Long decisionId = rs.wasNull() ? null : decision;
                    approvals
                            .computeIfAbsent(rs.getLong("revision_id"), k -> new ArrayList<>())
                            .add(new Approval(
                                    rs.getInt("step"),
                                    Role.valueOf(rs.getString("role")),
                                    rs.getString("login"),
                                    personId,
                                    rs.getString("person_name"),
                                    rs.getObject("decided_at", OffsetDateTime.class),
                                    decisionId));
                });
        return revisions.stream()
                .map(r -> Revision.FIELDS.with(r, "approvals", approvals.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private Revision map(ResultSet rs, int n) throws SQLException {
        Map<String, @Nullable Object> values = new HashMap<>();
        for (String name : STORED) {
            values.put(name, read(rs, name, Revision.FIELDS.type(name)));
        }
        values.put("approvals", List.of());
        return Revision.FIELDS.build(values::get);
    }

    private static @Nullable Object parameter(@Nullable Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(r -> ((Role) r).name()).collect(Collectors.joining(","));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    /** One stored component, read by its type. */
    private static @Nullable Object read(ResultSet rs, String name, Class<?> type) throws SQLException {
        String column = column(name);
        if (type == long.class) {
            return rs.getLong(column);
        }
        if (type == int.class) {
            return rs.getInt(column);
        }
        if (type == String.class) {
            return rs.getString(column);
        }
        if (type == RevisionState.class) {
            return RevisionState.valueOf(rs.getString(column));
        }
        if (type == Set.class) {
            String names = rs.getString(column);
            return names.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(names.split(",")));
        }
        if (type == List.class) {
            String roles = rs.getString(column);
            return roles.isEmpty()
                    ? List.of()
                    : Arrays.stream(roles.split(",")).map(Role::valueOf).toList();
        }
        return rs.getObject(column, type);
    }
}
