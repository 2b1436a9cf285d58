package jp.mamori.audit.engagement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.RecordParams;
import jp.mamori.shared.RecordRowMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The audit tables: {@code aud_plan}, {@code aud_engagement*}, {@code aud_checklist}, {@code aud_paper*}, {@code aud_finding}. */
@Repository
class EngagementRepository {
    private final JdbcClient jdbc;

    EngagementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // plans

    long insertPlan(
            PlanKind kind,
            String title,
            int from,
            int to,
            @Nullable Long parent,
            String content,
            PlanApprover approver,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_plan (kind, title, year_from, year_to, parent_id, content, state, approver,
                            created_by, created_at)
                        values (:k, :t, :f, :to, :p, :c, 'DRAFT', :a, :by, :at)
                        """)
                .param("k", kind.name())
                .param("t", title)
                .param("f", from)
                .param("to", to)
                .param("p", parent)
                .param("c", content)
                .param("a", approver.name())
                .param("by", actor)
                .param("at", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<AuditPlan> plan(long id, boolean lock) {
        return jdbc.sql("select * from aud_plan where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(RecordRowMapper.of(AuditPlan.class))
                .optional();
    }

    List<AuditPlan> plans() {
        return jdbc.sql("select * from aud_plan order by year_from desc, kind desc, id desc")
                .query(RecordRowMapper.of(AuditPlan.class))
                .list();
    }

    void planState(long id, PlanState state, String column, String actor, OffsetDateTime now) {
        jdbc.sql("update aud_plan set state = :s, " + column + "_by = :by, " + column + "_at = :at where id = :id")
                .param("s", state.name())
                .param("by", actor)
                .param("at", now)
                .param("id", id)
                .update();
    }

    List<AuditPlan> plansIn(PlanState state) {
        return jdbc.sql("select * from aud_plan where state = :s order by id")
                .param("s", state.name())
                .query(RecordRowMapper.of(AuditPlan.class))
                .list();
    }

    void planDecision(long id, long decisionId) {
        jdbc.sql("update aud_plan set decision_id = :d where id = :id")
                .param("d", decisionId)
                .param("id", id)
                .update();
    }

    // engagements

    long insertEngagement(
            @Nullable Long planId,
            boolean special,
            String orderedBy,
            String title,
            String objective,
            String contractors,
            LocalDate start,
            LocalDate end,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_engagement (plan_id, special, ordered_by, title, objective, contractors,
                            start_date, end_date, state, created_by, created_at)
                        values (:p, :s, :o, :t, :obj, :c, :start, :end, 'PLANNING', :by, :at)
                        """)
                .param("p", planId)
                .param("s", special)
                .param("o", orderedBy)
                .param("t", title)
                .param("obj", objective)
                .param("c", contractors)
                .param("start", start)
                .param("end", end)
                .param("by", actor)
                .param("at", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void addUnit(long engagementId, long unitId) {
        jdbc.sql("insert into aud_engagement_unit (engagement_id, unit_id) values (:e, :u)")
                .param("e", engagementId)
                .param("u", unitId)
                .update();
    }

    void addSystem(long engagementId, long systemId) {
        jdbc.sql("insert into aud_engagement_system (engagement_id, system_id) values (:e, :s)")
                .param("e", engagementId)
                .param("s", systemId)
                .update();
    }

    void addMember(long engagementId, long personId, boolean lead) {
        jdbc.sql("insert into aud_engagement_member (engagement_id, person_id, lead) values (:e, :p, :l)")
                .param("e", engagementId)
                .param("p", personId)
                .param("l", lead)
                .update();
    }

    void addChecklistItem(long engagementId, int position, String measureId, String chapter, String title) {
        jdbc.sql("""
                        insert into aud_checklist (engagement_id, position, measure_id, chapter, title, note)
                        values (:e, :p, :m, :c, :t, '')
                        """)
                .param("e", engagementId)
                .param("p", position)
                .param("m", measureId)
                .param("c", chapter)
                .param("t", title)
                .update();
    }

    private static final String ENGAGEMENT_SELECT = "select * from aud_engagement e";

    Optional<Engagement> engagement(long id, boolean lock) {
        return jdbc.sql(ENGAGEMENT_SELECT + " where e.id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(RecordRowMapper.of(Engagement.class))
                .optional();
    }

    /** Engagements; only those touching these units, or led/staffed by this person, unless {@code all}. */
    List<Engagement> engagements(boolean all, List<Long> units, @Nullable Long person, int offset, int limit) {
        var st = jdbc.sql(ENGAGEMENT_SELECT + visible(all, units, person)
                        + " order by e.start_date desc, e.id desc offset :o rows fetch next :l rows only")
                .param("o", offset)
                .param("l", limit);
        return bindVisible(st, all, units, person)
                .query(RecordRowMapper.of(Engagement.class))
                .list();
    }

    long countEngagements(boolean all, List<Long> units, @Nullable Long person) {
        var st = jdbc.sql("select count(*) from aud_engagement e" + visible(all, units, person));
        return bindVisible(st, all, units, person).query(Long.class).single();
    }

    List<Engagement> engagementsOfPlan(long planId) {
        return jdbc.sql(ENGAGEMENT_SELECT + " where e.plan_id = :p order by e.start_date, e.id")
                .param("p", planId)
                .query(RecordRowMapper.of(Engagement.class))
                .list();
    }

    private static String visible(boolean all, List<Long> units, @Nullable Long person) {
        if (all) {
            return " where 1 = 1";
        }
        StringBuilder w = new StringBuilder(" where (1 = 0");
        if (!units.isEmpty()) {
            w.append(" or (e.state in ('DRAFT_ISSUED', 'FINAL') and exists (select 1 from aud_engagement_unit x"
                    + " where x.engagement_id = e.id and x.unit_id in (:units)))");
        }
        if (person != null) {
            w.append(
                    " or exists (select 1 from aud_engagement_member m where m.engagement_id = e.id and m.person_id = :person)");
        }
        return w.append(")").toString();
    }

    private static JdbcClient.StatementSpec bindVisible(
            JdbcClient.StatementSpec st, boolean all, List<Long> units, @Nullable Long person) {
        if (!all && !units.isEmpty()) {
            st = st.param("units", units);
        }
        if (!all && person != null) {
            st = st.param("person", person);
        }
        return st;
    }

    void engagementState(long id, EngagementState state, String column, String actor, OffsetDateTime now) {
        jdbc.sql("update aud_engagement set state = :s, " + column + "_by = :by, " + column
                        + "_at = :at where id = :id")
                .param("s", state.name())
                .param("by", actor)
                .param("at", now)
                .param("id", id)
                .update();
    }

    List<ScopeUnit> units(long engagementId) {
        return jdbc.sql("""
                        select x.*, u.name from aud_engagement_unit x join org_unit u on u.id = x.unit_id
                        where x.engagement_id = :e order by u.code
                        """)
                .param("e", engagementId)
                .query(RecordRowMapper.of(ScopeUnit.class))
                .list();
    }

    List<Long> systems(long engagementId) {
        return jdbc.sql("select system_id from aud_engagement_system where engagement_id = :e order by system_id")
                .param("e", engagementId)
                .query(Long.class)
                .list();
    }

    List<TeamMember> team(long engagementId) {
        return jdbc.sql("""
                        select m.person_id, m.lead, p.name from aud_engagement_member m join org_person p on p.id = m.person_id
                        where m.engagement_id = :e order by m.lead desc, p.kana
                        """)
                .param("e", engagementId)
                .query(RecordRowMapper.of(TeamMember.class))
                .list();
    }

    void respond(long engagementId, long unitId, String response, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update aud_engagement_unit set response = :r, responded_by = :by, responded_at = :at
                        where engagement_id = :e and unit_id = :u
                        """)
                .param("r", response)
                .param("by", actor)
                .param("at", now)
                .param("e", engagementId)
                .param("u", unitId)
                .update();
    }

    // checklist

    List<ChecklistItem> checklist(long engagementId) {
        return jdbc.sql("select * from aud_checklist where engagement_id = :e order by position")
                .param("e", engagementId)
                .query(RecordRowMapper.of(ChecklistItem.class))
                .list();
    }

    void check(long itemId, @Nullable CheckResult result, String note, String actor, OffsetDateTime now) {
        jdbc.sql("update aud_checklist set result = :r, note = :n, checked_by = :by, checked_at = :at where id = :id")
                .param("r", result == null ? null : result.name())
                .param("n", note)
                .param("by", actor)
                .param("at", now)
                .param("id", itemId)
                .update();
    }

    // working papers

    long insertPaper(
            long engagementId,
            String kind,
            @Nullable String measureId,
            String title,
            String interviewee,
            String text,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_paper (engagement_id, kind, measure_id, title, interviewee, text, written_by, written_at)
                        values (:e, :k, :m, :t, :i, :x, :by, :at)
                        """)
                .param("e", engagementId)
                .param("k", kind)
                .param("m", measureId)
                .param("t", title)
                .param("i", interviewee)
                .param("x", text)
                .param("by", actor)
                .param("at", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long insertFile(
            long paperId, String name, String type, String sha256, byte[] content, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_paper_file (paper_id, file_name, content_type, sha256, size_bytes, added_by, added_at, content)
                        values (:p, :n, :t, :h, :s, :by, :at, :c)
                        """)
                .param("p", paperId)
                .param("n", name)
                .param("t", type)
                .param("h", sha256)
                .param("s", content.length)
                .param("by", actor)
                .param("at", now)
                .param("c", content)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    boolean hasFile(long paperId, String sha256) {
        return jdbc.sql("select count(*) from aud_paper_file where paper_id = :p and sha256 = :h")
                        .param("p", paperId)
                        .param("h", sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<WorkingPaper> papers(long engagementId) {
        Map<Long, List<WorkingPaper.PaperFile>> files = new LinkedHashMap<>();
        var file = RecordRowMapper.of(WorkingPaper.PaperFile.class);
        jdbc.sql("""
                        select f.id, f.paper_id, f.file_name, f.content_type, f.sha256, f.size_bytes as size, f.added_by,
                            f.added_at
                        from aud_paper_file f join aud_paper p on p.id = f.paper_id where p.engagement_id = :e order by f.id
                        """).param("e", engagementId).query(rs -> {
            files.computeIfAbsent(rs.getLong("paper_id"), k -> new ArrayList<>())
                    .add(file.mapRow(rs, 0));
        });
        return jdbc.sql("select * from aud_paper where engagement_id = :e order by written_at, id")
                .param("e", engagementId)
                .query((rs, n) -> new WorkingPaper(
                        rs.getLong("id"),
                        rs.getLong("engagement_id"),
                        rs.getString("kind"),
                        rs.getString("measure_id"),
                        rs.getString("title"),
                        rs.getString("interviewee"),
                        rs.getString("text"),
                        rs.getString("written_by"),
                        rs.getObject("written_at", OffsetDateTime.class),
                        files.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The file's description and content, when it belongs to a paper of the engagement. */
    Optional<Map.Entry<WorkingPaper.PaperFile, byte[]>> file(long engagementId, long fileId) {
        var file = RecordRowMapper.of(WorkingPaper.PaperFile.class);
        return jdbc.sql("""
                        select f.*, f.size_bytes as size from aud_paper_file f join aud_paper p on p.id = f.paper_id
                        where f.id = :f and p.engagement_id = :e
                        """)
                .param("f", fileId)
                .param("e", engagementId)
                .query((rs, n) -> Map.entry(file.mapRow(rs, n), rs.getBytes("content")))
                .optional();
    }

    // findings

    /** Records a finding of the unit with its texts as given (stripped by the caller). */
    long insertFinding(long engagementId, long unitId, Engagements.FindingEdit text, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_finding (engagement_id, unit_id, measure_id, found, cause, severity, recommendation,
                            created_by, created_at)
                        values (:e, :u, :measureId, :found, :cause, :severity, :recommendation, :by, :at)
                        """)
                .param("e", engagementId)
                .param("u", unitId)
                .params(RecordParams.of(text))
                .param("by", actor)
                .param("at", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void updateFinding(long id, Engagements.FindingEdit text, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update aud_finding set measure_id = :measureId, found = :found, cause = :cause,
                            severity = :severity, recommendation = :recommendation, updated_by = :by, updated_at = :at
                        where id = :id
                        """)
                .params(RecordParams.of(text))
                .param("by", actor)
                .param("at", now)
                .param("id", id)
                .update();
    }

    void withdrawFinding(long id, String reason, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update aud_finding set withdrawn_by = :by, withdrawn_at = :at, withdraw_reason = :r
                        where id = :id and withdrawn_at is null
                        """)
                .param("by", actor)
                .param("at", now)
                .param("r", reason)
                .param("id", id)
                .update();
    }

    Optional<Finding> lockedFinding(long id) {
        jdbc.sql("select id from aud_finding where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
        return finding(id);
    }

    void insertFindingChange(
            long findingId, String kind, String actor, OffsetDateTime now, String reason, String before) {
        jdbc.sql("""
                        insert into aud_finding_change (finding_id, kind, changed_by, changed_at, reason, before_text)
                        values (:f, :k, :by, :at, :r, :b)
                        """)
                .param("f", findingId)
                .param("k", kind)
                .param("by", actor)
                .param("at", now)
                .param("r", reason)
                .param("b", before)
                .update();
    }

    List<FindingChange> findingChanges(long findingId) {
        return jdbc.sql(
                        "select c.*, c.before_text as before from aud_finding_change c where finding_id = :f order by id")
                .param("f", findingId)
                .query(RecordRowMapper.of(FindingChange.class))
                .list();
    }

    // scope and team changes

    void removeUnit(long engagementId, long unitId) {
        jdbc.sql("delete from aud_engagement_unit where engagement_id = :e and unit_id = :u")
                .param("e", engagementId)
                .param("u", unitId)
                .update();
    }

    void removeSystem(long engagementId, long systemId) {
        jdbc.sql("delete from aud_engagement_system where engagement_id = :e and system_id = :s")
                .param("e", engagementId)
                .param("s", systemId)
                .update();
    }

    void removeTeam(long engagementId) {
        jdbc.sql("delete from aud_engagement_member where engagement_id = :e")
                .param("e", engagementId)
                .update();
    }

    void insertEngagementChange(long engagementId, String actor, OffsetDateTime now, String reason, String details) {
        jdbc.sql("""
                        insert into aud_engagement_change (engagement_id, changed_by, changed_at, reason, details)
                        values (:e, :by, :at, :r, :d)
                        """)
                .param("e", engagementId)
                .param("by", actor)
                .param("at", now)
                .param("r", reason)
                .param("d", details)
                .update();
    }

    List<EngagementChange> engagementChanges(long engagementId) {
        return jdbc.sql("select * from aud_engagement_change where engagement_id = :e order by id")
                .param("e", engagementId)
                .query(RecordRowMapper.of(EngagementChange.class))
                .list();
    }

    private static final String FINDING_SELECT = """
            select f.*, e.title engagement_title, u.name unit_name from aud_finding f
            join aud_engagement e on e.id = f.engagement_id join org_unit u on u.id = f.unit_id
            """;

    Optional<Finding> finding(long id) {
        return jdbc.sql(FINDING_SELECT + " where f.id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(Finding.class))
                .optional();
    }

    List<Finding> findingsOf(long engagementId) {
        return jdbc.sql(FINDING_SELECT + " where f.engagement_id = :e order by f.id")
                .param("e", engagementId)
                .query(RecordRowMapper.of(Finding.class))
                .list();
    }

    /** Findings of final reports (all, or those of these units), newest first; {@code severity} filters when set. */
    List<Finding> findings(@Nullable List<Long> units, @Nullable String severity, int offset, int limit) {
        var st = jdbc.sql(FINDING_SELECT + findingWhere(units, severity)
                        + " order by f.id desc offset :o rows fetch next :l rows only")
                .param("o", offset)
                .param("l", limit);
        return bindFindings(st, units, severity)
                .query(RecordRowMapper.of(Finding.class))
                .list();
    }

    long countFindings(@Nullable List<Long> units, @Nullable String severity) {
        var st = jdbc.sql("select count(*) from aud_finding f join aud_engagement e on e.id = f.engagement_id"
                + findingWhere(units, severity));
        return bindFindings(st, units, severity).query(Long.class).single();
    }

    private static String findingWhere(@Nullable List<Long> units, @Nullable String severity) {
        StringBuilder w = new StringBuilder(" where e.state = 'FINAL'");
        if (units != null) {
            w.append(units.isEmpty() ? " and 1 = 0" : " and f.unit_id in (:units)");
        }
        if (severity != null) {
            w.append(" and f.severity = :severity");
        }
        return w.toString();
    }

    private static JdbcClient.StatementSpec bindFindings(
            JdbcClient.StatementSpec st, @Nullable List<Long> units, @Nullable String severity) {
        if (units != null && !units.isEmpty()) {
            st = st.param("units", units);
        }
        if (severity != null) {
            st = st.param("severity", severity);
        }
        return st;
    }
}
