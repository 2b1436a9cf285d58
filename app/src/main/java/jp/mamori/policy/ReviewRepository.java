package jp.mamori.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reviews in {@code pol_review}, their inputs and each document's cycle. */
@Repository
class ReviewRepository {
    private static final String SELECT = """
            select r.*, d.title as document_title, d.tier as document_tier
            from pol_review r join pol_document d on d.id = r.document_id
            """;
    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Integer> cycles() {
        Map<Long, Integer> cycles = new HashMap<>();
        jdbc.sql("select document_id, months from pol_review_cycle").query(rs -> {
            cycles.put(rs.getLong("document_id"), rs.getInt("months"));
        });
        return cycles;
    }

    void setCycle(long documentId, int months, String actor, OffsetDateTime now) {
        int updated = jdbc.sql(
                        "update pol_review_cycle set months = :m, changed_by = :a, changed_at = :t where document_id = :d")
                .param("d", documentId)
                .param("m", months)
                .param("a", actor)
                .param("t", now)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into pol_review_cycle (document_id, months, changed_by, changed_at) values (:d, :m, :a, :t)")
                    .param("d", documentId)
                    .param("m", months)
                    .param("a", actor)
                    .param("t", now)
                    .update();
        }
    }

    /** The day each document's last review was concluded. */
    Map<Long, LocalDate> lastConcluded() {
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.sql(
                        "select document_id, max(concluded_on) as last from pol_review where state = 'CONCLUDED' group by document_id")
                .query(rs -> {
                    last.put(rs.getLong("document_id"), rs.getObject("last", LocalDate.class));
                });
        return last;
    }

    /** The open review of each document that has one. */
    Map<Long, Long> openReviews() {
        Map<Long, Long> open = new HashMap<>();
        jdbc.sql("select document_id, id from pol_review where state = 'OPEN'").query(rs -> {
            open.put(rs.getLong("document_id"), rs.getLong("id"));
        });
        return open;
    }

    long insert(long documentId, LocalDate dueOn, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into pol_review (document_id, state, due_on, started_by, started_at, reasoning)
                        values (:d, 'OPEN', :due, :a, :t, '')
                        """)
                .param("d", documentId)
                .param("due", dueOn)
                .param("a", actor)
                .param("t", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<PolicyReview> find(long id, boolean lock) {
        return jdbc.sql(SELECT + " where r.id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(ReviewRepository::review)
                .optional();
    }

    List<PolicyReview> ofDocuments(List<Long> documentIds, int offset, int limit) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         where r.document_id in (:docs)
                        order by case r.state when 'OPEN' then 0 else 1 end, r.due_on desc, r.id desc
                        offset :o rows fetch next :l rows only
                        """)
                .param("docs", documentIds)
                .param("o", offset)
                .param("l", limit)
                .query(ReviewRepository::review)
                .list();
    }

    long countOfDocuments(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from pol_review where document_id in (:docs)")
                .param("docs", documentIds)
                .query(Long.class)
                .single();
    }

    List<PolicyReview> open() {
        return jdbc.sql(SELECT + " where r.state = 'OPEN' order by r.due_on, r.id")
                .query(ReviewRepository::review)
                .list();
    }

    boolean conclude(
            long id,
            ReviewConclusion conclusion,
            String reasoning,
            String login,
            String name,
            OffsetDateTime now,
            LocalDate day,
            @Nullable Long decisionId,
            @Nullable Long revisionId) {
        return jdbc.sql("""
                                update pol_review set state = 'CONCLUDED', conclusion = :c, reasoning = :r,
                                    decided_by = :l, decided_name = :n, decided_at = :t, concluded_on = :day,
                                    decision_id = :dec, revision_id = :rev
                                where id = :id and state = 'OPEN'
                                """)
                        .param("id", id)
                        .param("c", conclusion.name())
                        .param("r", reasoning)
                        .param("l", login)
                        .param("n", name)
                        .param("t", now)
                        .param("day", day)
                        .param("dec", decisionId)
                        .param("rev", revisionId)
                        .update()
                == 1;
    }

    long insertInput(
            long reviewId,
            ReviewInputKind kind,
            String reference,
            String label,
            String path,
            String note,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into pol_review_input (review_id, kind, reference, label, path, note, added_by, added_at)
                        values (:r, :k, :ref, :label, :path, :note, :a, :t)
                        """)
                .param("r", reviewId)
                .param("k", kind.name())
                .param("ref", reference)
                .param("label", label)
                .param("path", path)
                .param("note", note)
                .param("a", actor)
                .param("t", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<ReviewInput> inputs(long reviewId) {
        return jdbc.sql("select * from pol_review_input where review_id = :r order by id")
                .param("r", reviewId)
                .query((rs, n) -> new ReviewInput(
                        rs.getLong("id"),
                        rs.getLong("review_id"),
                        ReviewInputKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"),
                        rs.getString("label"),
                        rs.getString("path"),
                        rs.getString("note"),
                        rs.getString("added_by"),
                        rs.getObject("added_at", OffsetDateTime.class)))
                .list();
    }

    private static PolicyReview review(ResultSet rs, int row) throws SQLException {
        String conclusion = rs.getString("conclusion");
        long decision = rs.getLong("decision_id");
        Long decisionId = rs.wasNull() ? null : decision;
        long revision = rs.getLong("revision_id");
        Long revisionId = rs.wasNull() ? null : revision;
        return new PolicyReview(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getString("document_title"),
                PolicyTier.valueOf(rs.getString("document_tier")),
                "OPEN".equals(rs.getString("state")),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class),
                conclusion == null ? null : ReviewConclusion.valueOf(conclusion),
                rs.getString("reasoning"),
                rs.getString("decided_by"),
                rs.getString("decided_name"),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getObject("concluded_on", LocalDate.class),
                decisionId,
                revisionId);
    }
}
