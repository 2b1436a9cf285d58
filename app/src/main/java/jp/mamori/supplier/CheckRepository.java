package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the periodic checks ({@code sup_check_campaign}, {@code sup_check}, its questions). */
@Repository
class CheckRepository {
    private final JdbcClient jdbc;

    CheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A campaign with how many checks it sent, were answered and were assessed. */
    record CampaignLine(long id, String title, LocalDate dueOn, long checks, long answered, long assessed) {}

    List<CampaignLine> campaigns() {
        return jdbc.sql("""
                        select g.id, g.title, g.due_on, count(c.id) as checks, count(c.answered_at) as answered,
                            count(c.assessment) as assessed
                        from sup_check_campaign g left join sup_check c on c.campaign_id = g.id
                        group by g.id, g.title, g.due_on order by g.due_on desc, g.id desc
                        """)
                .query((rs, n) -> new CampaignLine(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getLong("checks"),
                        rs.getLong("answered"),
                        rs.getLong("assessed")))
                .list();
    }

    long insertCampaign(String title, LocalDate dueOn, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_check_campaign (title, due_on, created_by, created_at)
                        values (:t, :d, :a, :now)
                        """)
                .param("t", title)
                .param("d", dueOn)
                .param("a", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long insertCheck(long campaignId, long contractId, List<String> questions) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_check (campaign_id, contract_id, assessment_note) values (:g, :k, '')
                        """).param("g", campaignId).param("k", contractId).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (int i = 0; i < questions.size(); i++) {
            jdbc.sql("""
                            insert into sup_check_question (check_id, position, text, comment)
                            values (:c, :p, :t, '')
                            """)
                    .param("c", id)
                    .param("p", i + 1)
                    .param("t", questions.get(i))
                    .update();
        }
        return id;
    }

    /** The checks not yet answered, by due date. */
    List<OpenCheck> open() {
        return jdbc.sql("""
                        select c.id, c.campaign_id, g.title, g.due_on, c.contract_id, c.reminded_on
                        from sup_check c join sup_check_campaign g on g.id = c.campaign_id
                        where c.answered_at is null order by g.due_on, c.id
                        """)
                .query((rs, n) -> new OpenCheck(
                        rs.getLong("id"),
                        rs.getLong("campaign_id"),
                        rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getLong("contract_id"),
                        rs.getObject("reminded_on", LocalDate.class)))
                .list();
    }

    /** Records the day the check's people and the contractor's contact were last reminded. */
    void reminded(long checkId, LocalDate day) {
        jdbc.sql("update sup_check set reminded_on = :d where id = :id")
                .param("d", day)
                .param("id", checkId)
                .update();
    }

    Optional<Long> contractOfCheck(long checkId) {
        return jdbc.sql("select contract_id from sup_check where id = :id")
                .param("id", checkId)
                .query(Long.class)
                .optional();
    }

    Optional<ContractCheck> check(long id) {
        return load("c.id = :id", id).stream().findFirst();
    }

    List<ContractCheck> ofContract(long contractId) {
        return load("c.contract_id = :id", contractId);
    }

    List<ContractCheck> ofCampaign(long campaignId) {
        return load("c.campaign_id = :id", campaignId);
    }

    private List<ContractCheck> load(String where, long id) {
        Map<Long, List<ContractCheck.Question>> questions = new HashMap<>();
        jdbc.sql("select q.* from sup_check_question q join sup_check c on c.id = q.check_id where " + where
                        + " order by q.position")
                .param("id", id)
                .query(rs -> {
                    String a = rs.getString("answer");
                    questions
                            .computeIfAbsent(rs.getLong("check_id"), k -> new ArrayList<>())
                            .add(new ContractCheck.Question(
                                    rs.getLong("id"),
                                    rs.getInt("position"),
                                    rs.getString("text"),
                                    a == null ? null : CheckAnswer.valueOf(a),
                                    rs.getString("comment")));
                });
        return jdbc.sql(
                        "select c.*, g.title, g.due_on from sup_check c join sup_check_campaign g on g.id = c.campaign_id"
                                + " where " + where + " order by g.due_on desc, c.id")
                .param("id", id)
                .query((rs, n) -> {
                    String assessment = rs.getString("assessment");
                    return new ContractCheck(
                            rs.getLong("id"),
                            rs.getLong("campaign_id"),
                            rs.getString("title"),
                            rs.getObject("due_on", LocalDate.class),
                            rs.getLong("contract_id"),
                            rs.getString("answered_by"),
                            rs.getObject("answered_at", OffsetDateTime.class),
                            assessment == null ? null : Assessment.valueOf(assessment),
                            rs.getString("assessment_note"),
                            rs.getString("assessed_by"),
                            questions.getOrDefault(rs.getLong("id"), List.of()));
                })
                .list();
    }

    void answer(long questionId, @Nullable CheckAnswer answer, String comment) {
        jdbc.sql("update sup_check_question set answer = :a, comment = :c where id = :id")
                .param("id", questionId)
                .param("a", answer == null ? null : answer.name())
                .param("c", comment)
                .update();
    }

    void answered(long checkId, String actor, OffsetDateTime now) {
        jdbc.sql("update sup_check set answered_by = :a, answered_at = :now where id = :id")
                .param("id", checkId)
                .param("a", actor)
                .param("now", now)
                .update();
    }

    void assess(long checkId, Assessment assessment, String note, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_check set assessment = :a, assessment_note = :n, assessed_by = :by, assessed_at = :now
                        where id = :id
                        """)
                .param("id", checkId)
                .param("a", assessment.name())
                .param("n", note)
                .param("by", actor)
                .param("now", now)
                .update();
    }
}
