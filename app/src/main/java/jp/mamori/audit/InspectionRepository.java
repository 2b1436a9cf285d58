package jp.mamori.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.shared.RecordRowMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code aud_*}: campaigns, their units and questions, corrective actions and their notes. */
@Repository
class InspectionRepository {
    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // campaigns

    long insertInspection(String title, int fiscalYear, LocalDate due, String extra, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_inspection (title, fiscal_year, due_date, state, extra_questions, created_by, created_at)
                        values (:title, :year, :due, 'DRAFT', :extra, :actor, :now)
                        """)
                .param("title", title)
                .param("year", fiscalYear)
                .param("due", due)
                .param("extra", extra)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void addUnit(long inspectionId, long unitId) {
        jdbc.sql("insert into aud_inspection_unit (inspection_id, unit_id) values (:i, :u)")
                .param("i", inspectionId)
                .param("u", unitId)
                .update();
    }

    /** The campaign, locked for update when {@code lock} (state changes go one at a time). */
    Optional<SelfInspection> inspection(long id, boolean lock) {
        return jdbc.sql("select * from aud_inspection where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(RecordRowMapper.of(SelfInspection.class))
                .optional();
    }

    List<SelfInspection> inspections(int offset, int limit) {
        return jdbc.sql(
                        "select * from aud_inspection order by fiscal_year desc, id desc offset :o rows fetch next :l rows only")
                .param("o", offset)
                .param("l", limit)
                .query(RecordRowMapper.of(SelfInspection.class))
                .list();
    }

    long countInspections() {
        return jdbc.sql("select count(*) from aud_inspection").query(Long.class).single();
    }

    /** Campaigns that include one of the units, newest first. */
    List<SelfInspection> inspectionsOf(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from aud_inspection i where exists (select 1 from aud_inspection_unit u
                            where u.inspection_id = i.id and u.unit_id in (:units))
                        order by fiscal_year desc, id desc
                        """)
                .param("units", unitIds)
                .query(RecordRowMapper.of(SelfInspection.class))
                .list();
    }

    void open(long id, String actor, OffsetDateTime now) {
        jdbc.sql("update aud_inspection set state = 'OPEN', opened_by = :a, opened_at = :t where id = :id")
                .param("a", actor)
                .param("t", now)
                .param("id", id)
                .update();
    }

    void close(long id, String actor, OffsetDateTime now) {
        jdbc.sql("update aud_inspection set state = 'CLOSED', closed_by = :a, closed_at = :t where id = :id")
                .param("a", actor)
                .param("t", now)
                .param("id", id)
                .update();
    }

    List<Long> unitIds(long inspectionId) {
        return jdbc.sql("select unit_id from aud_inspection_unit where inspection_id = :i order by unit_id")
                .param("i", inspectionId)
                .query(Long.class)
                .list();
    }

    /** Each unit's progress, in unit code order. */
    List<UnitProgress> progress(long inspectionId) {
        return jdbc.sql("""
                        select iu.unit_id, u.code unit_code, u.name unit_name, iu.submitted_by, iu.submitted_at,
                            (select count(*) from aud_question q where q.inspection_id = iu.inspection_id and q.unit_id = iu.unit_id) questions,
                            (select count(*) from aud_question q where q.inspection_id = iu.inspection_id and q.unit_id = iu.unit_id
                                and q.result is not null) answered,
                            (select count(*) from aud_question q where q.inspection_id = iu.inspection_id and q.unit_id = iu.unit_id
                                and q.result = 'NOT_IMPLEMENTED') not_implemented
                        from aud_inspection_unit iu join org_unit u on u.id = iu.unit_id
                        where iu.inspection_id = :i
                        order by u.code
                        """)
                .param("i", inspectionId)
                .query(RecordRowMapper.of(UnitProgress.class))
                .list();
    }

    /** Answers counted by chapter and result over all units. */
    List<Object[]> chapterCounts(long inspectionId) {
        return jdbc.sql("""
                        select chapter, result, count(*) n from aud_question where inspection_id = :i
                        group by chapter, result
                        """)
                .param("i", inspectionId)
                .query((rs, n) -> new Object[] {rs.getString("chapter"), rs.getString("result"), rs.getInt("n")})
                .list();
    }

    void markSubmitted(long inspectionId, long unitId, String actor, OffsetDateTime now) {
        jdbc.sql(
                        "update aud_inspection_unit set submitted_by = :a, submitted_at = :t where inspection_id = :i and unit_id = :u")
                .param("a", actor)
                .param("t", now)
                .param("i", inspectionId)
                .param("u", unitId)
                .update();
    }

    // questions

    void insertQuestion(
            long inspectionId, long unitId, int position, @Nullable String measureId, String chapter, String text) {
        jdbc.sql("""
                        insert into aud_question (inspection_id, unit_id, position, measure_id, chapter, text, comment)
                        values (:i, :u, :p, :m, :c, :t, '')
                        """)
                .param("i", inspectionId)
                .param("u", unitId)
                .param("p", position)
                .param("m", measureId)
                .param("c", chapter)
                .param("t", text)
                .update();
    }

    List<Question> questions(long inspectionId, long unitId) {
        return jdbc.sql("select * from aud_question where inspection_id = :i and unit_id = :u order by position")
                .param("i", inspectionId)
                .param("u", unitId)
                .query(RecordRowMapper.of(Question.class))
                .list();
    }

    Optional<Question> question(long id) {
        return jdbc.sql("select * from aud_question where id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(Question.class))
                .optional();
    }

    void answer(
            long questionId, @Nullable ImplementationStatus result, String comment, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update aud_question set result = :r, comment = :c, answered_by = :a, answered_at = :t where id = :id
                        """)
                .param("r", result == null ? null : result.name())
                .param("c", comment)
                .param("a", result == null ? null : actor)
                .param("t", result == null ? null : now)
                .param("id", questionId)
                .update();
    }

    /** Locks the unit's row of the campaign: answering and submitting a unit go one at a time. */
    Optional<UnitProgress> lockUnit(long inspectionId, long unitId) {
        List<Long> found = jdbc.sql(
                        "select unit_id from aud_inspection_unit where inspection_id = :i and unit_id = :u for update")
                .param("i", inspectionId)
                .param("u", unitId)
                .query(Long.class)
                .list();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return progress(inspectionId).stream().filter(p -> p.unitId() == unitId).findFirst();
    }

    // corrective actions

    long insertAction(
            long unitId,
            @Nullable Long questionId,
            @Nullable String measureId,
            String title,
            LocalDate due,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_action (unit_id, question_id, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, :q, :m, :title, '', :due, 'OPEN', :now)
                        """)
                .param("u", unitId)
                .param("q", questionId)
                .param("m", measureId)
                .param("title", title)
                .param("due", due)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static final String ACTION_SELECT = """
            select a.*, u.name unit_name, q.inspection_id, f.engagement_id from aud_action a
            join org_unit u on u.id = a.unit_id
            left join aud_question q on q.id = a.question_id
            left join aud_finding f on f.id = a.finding_id
            """;

    Optional<CorrectiveAction> action(long id, boolean lock) {
        return jdbc.sql(ACTION_SELECT + " where a.id = :id" + (lock ? " for update of a" : ""))
                .param("id", id)
                .query(RecordRowMapper.of(CorrectiveAction.class))
                .optional();
    }

    /**
     * Actions of the units (all units when {@code unitIds} is null), filtered by state and by being
     * overdue on {@code today}; the ones due first come first.
     */
    List<CorrectiveAction> actions(
            @Nullable List<Long> unitIds,
            @Nullable ActionState state,
            boolean overdueOnly,
            LocalDate today,
            int offset,
            int limit) {
        var where = where(unitIds, state, overdueOnly);
        var statement = jdbc.sql(
                        ACTION_SELECT + where + " order by a.due_date, a.id offset :o rows fetch next :l rows only")
                .param("o", offset)
                .param("l", limit);
        return bind(statement, unitIds, state, overdueOnly, today)
                .query(RecordRowMapper.of(CorrectiveAction.class))
                .list();
    }

    long countActions(@Nullable List<Long> unitIds, @Nullable ActionState state, boolean overdueOnly, LocalDate today) {
        var statement = jdbc.sql("select count(*) from aud_action a" + where(unitIds, state, overdueOnly));
        return bind(statement, unitIds, state, overdueOnly, today)
                .query(Long.class)
                .single();
    }

    private static String where(@Nullable List<Long> unitIds, @Nullable ActionState state, boolean overdueOnly) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (unitIds != null) {
            where.append(unitIds.isEmpty() ? " and 1 = 0" : " and a.unit_id in (:units)");
        }
        if (state != null) {
            where.append(" and a.state = :state");
        }
        if (overdueOnly) {
            where.append(" and a.state in ('OPEN', 'DONE') and a.due_date < :today");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement,
            @Nullable List<Long> unitIds,
            @Nullable ActionState state,
            boolean overdueOnly,
            LocalDate today) {
        if (unitIds != null && !unitIds.isEmpty()) {
            statement = statement.param("units", unitIds);
        }
        if (state != null) {
            statement = statement.param("state", state.name());
        }
        if (overdueOnly) {
            statement = statement.param("today", today);
        }
        return statement;
    }

    void plan(long id, String plan, LocalDate due) {
        jdbc.sql("update aud_action set plan = :p, due_date = :d where id = :id")
                .param("p", plan)
                .param("d", due)
                .param("id", id)
                .update();
    }

    void actionState(
            long id,
            ActionState state,
            @Nullable String doneBy,
            @Nullable OffsetDateTime doneAt,
            @Nullable String closedBy,
            @Nullable OffsetDateTime closedAt) {
        jdbc.sql("""
                        update aud_action set state = :s, done_by = :db, done_at = :da, closed_by = :cb, closed_at = :ca
                        where id = :id
                        """)
                .param("s", state.name())
                .param("db", doneBy)
                .param("da", doneAt)
                .param("cb", closedBy)
                .param("ca", closedAt)
                .param("id", id)
                .update();
    }

    long insertNote(long actionId, String actor, OffsetDateTime now, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into aud_action_note (action_id, written_by, written_at, text) values (:a, :w, :t, :x)")
                .param("a", actionId)
                .param("w", actor)
                .param("t", now)
                .param("x", text)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<ActionNote> notes(long actionId) {
        return jdbc.sql("select * from aud_action_note where action_id = :a order by written_at, id")
                .param("a", actionId)
                .query(RecordRowMapper.of(ActionNote.class))
                .list();
    }

    /** Actions opened in [from, to) still owed and due before {@code today}, by due date. */
    List<CorrectiveAction> overdueOpenedBetween(OffsetDateTime from, OffsetDateTime to, LocalDate today) {
        return jdbc.sql(ACTION_SELECT
                        + " where a.opened_at >= :from and a.opened_at < :to and a.state in ('OPEN', 'DONE')"
                        + " and a.due_date < :today order by a.due_date, a.id")
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query(RecordRowMapper.of(CorrectiveAction.class))
                .list();
    }

    /** Opens the action of an audit finding for a unit (the finding's own unit, or another by 横展開). */
    long insertFindingAction(
            long unitId,
            long findingId,
            String measureId,
            String title,
            LocalDate due,
            boolean rollout,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_action (unit_id, finding_id, rollout, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, :f, :r, :m, :title, '', :due, 'OPEN', :now)
                        """)
                .param("u", unitId)
                .param("f", findingId)
                .param("r", rollout)
                .param("m", measureId)
                .param("title", title)
                .param("due", due)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The actions opened for a finding (its own and the 横展開 ones), by id. */
    List<CorrectiveAction> actionsOfFinding(long findingId) {
        return jdbc.sql(ACTION_SELECT + " where a.finding_id = :f order by a.id")
                .param("f", findingId)
                .query(RecordRowMapper.of(CorrectiveAction.class))
                .list();
    }

    /** True when the person is on the team of the engagement. */
    boolean onTeam(long engagementId, long personId) {
        return jdbc.sql("select count(*) from aud_engagement_member where engagement_id = :e and person_id = :p")
                        .param("e", engagementId)
                        .param("p", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
