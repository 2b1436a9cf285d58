package jp.mamori.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.RecordRowMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code cmt_*}. */
@Repository
class CommitteeRepository {
    private final JdbcClient jdbc;

    CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // chair

    void appointChair(long personId, String name, LocalDate from, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        insert into cmt_chair_term (person_id, person_name, from_date, appointed_by, appointed_at)
                        values (:p, :n, :f, :a, :t)
                        """)
                .param("p", personId)
                .param("n", name)
                .param("f", from)
                .param("a", actor)
                .param("t", now)
                .update();
    }

    /** The person appointed chair on the day: the latest appointment from that day or before. */
    Optional<Long> chairOn(LocalDate day) {
        return jdbc.sql("""
                        select person_id from cmt_chair_term where from_date <= :d
                        order by from_date desc, id desc fetch first 1 rows only
                        """).param("d", day).query(Long.class).optional();
    }

    // meetings

    long insertMeeting(String title, LocalDate heldOn, String place, String agenda, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into cmt_meeting (title, held_on, place, agenda, state, minutes, created_by, created_at,
                            updated_at)
                        values (:title, :heldOn, :place, :agenda, 'PLANNED', '', :actor, :now, :now)
                        """)
                .param("title", title)
                .param("heldOn", heldOn)
                .param("place", place)
                .param("agenda", agenda)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Meeting> meeting(long id, boolean lock) {
        return jdbc.sql("select * from cmt_meeting where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(RecordRowMapper.of(Meeting.class))
                .optional();
    }

    List<Meeting> meetings(int offset, int limit) {
        return jdbc.sql(
                        "select * from cmt_meeting order by held_on desc, id desc offset :o rows fetch next :l rows only")
                .param("o", offset)
                .param("l", limit)
                .query(RecordRowMapper.of(Meeting.class))
                .list();
    }

    long countMeetings() {
        return jdbc.sql("select count(*) from cmt_meeting").query(Long.class).single();
    }

    void held(long id, OffsetDateTime now) {
        jdbc.sql(
                        "update cmt_meeting set state = 'HELD', updated_at = :now where id = :id and state <> 'MINUTES_APPROVED'")
                .param("id", id)
                .param("now", now)
                .update();
    }

    void minutes(long id, String text, String writer, OffsetDateTime now) {
        jdbc.sql("""
                        update cmt_meeting set minutes = :m, minutes_written_by = :w, updated_at = :now
                        where id = :id and state = 'HELD'
                        """)
                .param("id", id)
                .param("m", text)
                .param("w", writer)
                .param("now", now)
                .update();
    }

    boolean approveMinutes(long id, String login, String name, String hash, OffsetDateTime now) {
        return jdbc.sql("""
                                update cmt_meeting set state = 'MINUTES_APPROVED', minutes_approved_by = :l,
                                    minutes_approver_name = :n, minutes_approved_at = :now, minutes_hash = :h,
                                    updated_at = :now
                                where id = :id and state = 'HELD'
                                """)
                        .param("id", id)
                        .param("l", login)
                        .param("n", name)
                        .param("h", hash)
                        .param("now", now)
                        .update()
                == 1;
    }

    void attendance(long meetingId, List<Attendance> rows) {
        jdbc.sql("delete from cmt_attendance where meeting_id = :m")
                .param("m", meetingId)
                .update();
        for (Attendance a : rows) {
            jdbc.sql("""
                            insert into cmt_attendance (meeting_id, person_id, person_name, seat, present)
                            values (:m, :p, :n, :s, :present)
                            """)
                    .param("m", meetingId)
                    .param("p", a.personId())
                    .param("n", a.name())
                    .param("s", a.seat().name())
                    .param("present", a.present())
                    .update();
        }
    }

    List<Attendance> attendance(long meetingId) {
        return jdbc.sql("""
                        select a.*, a.person_name as name from cmt_attendance a where meeting_id = :m
                        order by case seat when 'CHAIR' then 0 else 1 end, person_id
                        """)
                .param("m", meetingId)
                .query(RecordRowMapper.of(Attendance.class))
                .list();
    }

    // materials

    long insertMaterial(
            long meetingId, String name, String type, String sha256, byte[] content, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into cmt_material (meeting_id, file_name, content_type, sha256, size_bytes, added_by,
                            added_at)
                        values (:m, :n, :t, :h, :s, :a, :now)
                        """)
                .param("m", meetingId)
                .param("n", name)
                .param("t", type)
                .param("h", sha256)
                .param("s", (long) content.length)
                .param("a", actor)
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into cmt_material_content (material_id, content) values (:id, :c)")
                .param("id", id)
                .param("c", content)
                .update();
        return id;
    }

    boolean hasMaterial(long meetingId, String sha256) {
        return jdbc.sql("select count(*) from cmt_material where meeting_id = :m and sha256 = :h")
                        .param("m", meetingId)
                        .param("h", sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Material> materials(long meetingId) {
        return jdbc.sql("select * from cmt_material where meeting_id = :m order by id")
                .param("m", meetingId)
                .query(CommitteeRepository::material)
                .list();
    }

    Optional<Material> material(long id) {
        return jdbc.sql("select * from cmt_material where id = :id")
                .param("id", id)
                .query(CommitteeRepository::material)
                .optional();
    }

    byte[] materialContent(long id) {
        return jdbc.sql("select content from cmt_material_content where material_id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes("content"))
                .single();
    }

    // decisions

    int nextSeq(int fiscalYear) {
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from cmt_decision where fiscal_year = :y")
                .param("y", fiscalYear)
                .query(Integer.class)
                .single();
    }

    long insertDecision(Decision d, List<MemberVote> votes) {
        var keys = new GeneratedKeyHolder();
        Matter m = d.matter();
        jdbc.sql("""
                        insert into cmt_decision (fiscal_year, seq, method, meeting_id, title, resolution, matter_kind,
                            matter_id, matter_label, matter_path, outcome, decided_on, votes_for, votes_against,
                            abstentions, recorded_by, recorded_name, recorded_at)
                        values (:year, :seq, :method, :meeting, :title, :resolution, :mk, :mid, :ml, :mp, :outcome,
                            :decidedOn, :yes, :no, :abstain, :by, :name, :at)
                        """)
                .param("year", d.fiscalYear())
                .param("seq", d.seq())
                .param("method", d.method().name())
                .param("meeting", d.meetingId())
                .param("title", d.title())
                .param("resolution", d.resolution())
                .param("mk", m == null ? null : m.kind())
                .param("mid", m == null ? null : m.id())
                .param("ml", m == null ? null : m.label())
                .param("mp", m == null ? null : m.path())
                .param("outcome", d.outcome().name())
                .param("decidedOn", d.decidedOn())
                .param("yes", d.votesFor())
                .param("no", d.votesAgainst())
                .param("abstain", d.abstentions())
                .param("by", d.recordedBy())
                .param("name", d.recordedName())
                .param("at", d.recordedAt())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (MemberVote v : votes) {
            jdbc.sql("insert into cmt_vote (decision_id, person_id, person_name, vote) values (:d, :p, :n, :v)")
                    .param("d", id)
                    .param("p", v.personId())
                    .param("n", v.name())
                    .param("v", v.vote().name())
                    .update();
        }
        return id;
    }

    Optional<Decision> decision(long id) {
        return jdbc.sql("select * from cmt_decision where id = :id")
                .param("id", id)
                .query(CommitteeRepository::decision)
                .optional();
    }

    List<Decision> decisions(int offset, int limit) {
        return jdbc.sql("""
                        select * from cmt_decision order by decided_on desc, fiscal_year desc, seq desc
                        offset :o rows fetch next :l rows only
                        """)
                .param("o", offset)
                .param("l", limit)
                .query(CommitteeRepository::decision)
                .list();
    }

    long countDecisions() {
        return jdbc.sql("select count(*) from cmt_decision").query(Long.class).single();
    }

    List<Decision> decisionsOf(long meetingId) {
        return jdbc.sql("select * from cmt_decision where meeting_id = :m order by seq")
                .param("m", meetingId)
                .query(CommitteeRepository::decision)
                .list();
    }

    List<Decision> decisionsAbout(String kind, long id) {
        return jdbc.sql("select * from cmt_decision where matter_kind = :k and matter_id = :id order by id")
                .param("k", kind)
                .param("id", id)
                .query(CommitteeRepository::decision)
                .list();
    }

    void insertApproval(long decisionId, String kind, long id, String login, String name, OffsetDateTime now) {
        jdbc.sql("""
                        insert into cmt_decision_approval (decision_id, matter_kind, matter_id, approved_by,
                            approved_name, approved_at)
                        values (:d, :k, :id, :by, :name, :at)
                        """)
                .param("d", decisionId)
                .param("k", kind)
                .param("id", id)
                .param("by", login)
                .param("name", name)
                .param("at", now)
                .update();
    }

    /** The approvals resting on the decision, with the matter as the decision names it. */
    List<DecisionApproval> approvals(long decisionId) {
        return jdbc.sql("""
                        select a.*, d.matter_label, d.matter_path from cmt_decision_approval a
                        join cmt_decision d on d.id = a.decision_id
                        where a.decision_id = :d order by a.approved_at, a.matter_kind, a.matter_id
                        """)
                .param("d", decisionId)
                .query((rs, n) -> new DecisionApproval(
                        rs.getLong("decision_id"),
                        new Matter(
                                rs.getString("matter_kind"),
                                rs.getLong("matter_id"),
                                rs.getString("matter_label"),
                                rs.getString("matter_path")),
                        rs.getString("approved_by"),
                        rs.getString("approved_name"),
                        rs.getObject("approved_at", OffsetDateTime.class)))
                .list();
    }

    List<MemberVote> votes(long decisionId) {
        return jdbc.sql("select v.*, v.person_name as name from cmt_vote v where decision_id = :d order by person_id")
                .param("d", decisionId)
                .query(RecordRowMapper.of(MemberVote.class))
                .list();
    }

    private static Material material(ResultSet rs, int row) throws SQLException {
        return new Material(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }

    private static Decision decision(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("matter_kind");
        @Nullable
        Matter matter = kind == null
                ? null
                : new Matter(kind, rs.getLong("matter_id"), rs.getString("matter_label"), rs.getString("matter_path"));
        long meeting = rs.getLong("meeting_id");
        @Nullable Long meetingId = rs.wasNull() ? null : meeting;
        return new Decision(
                rs.getLong("id"),
                rs.getInt("fiscal_year"),
                rs.getInt("seq"),
                DecisionMethod.valueOf(rs.getString("method")),
                meetingId,
                rs.getString("title"),
                rs.getString("resolution"),
                matter,
                Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("decided_on", LocalDate.class),
                rs.getInt("votes_for"),
                rs.getInt("votes_against"),
                rs.getInt("abstentions"),
                rs.getString("recorded_by"),
                rs.getString("recorded_name"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
