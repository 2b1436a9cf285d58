package jp.mamori.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.training.Courses;
import jp.mamori.training.TrainingPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The committee's tables ({@code cmt_chair_term}, {@code cmt_meeting}, {@code cmt_attendance},
 * {@code cmt_material*}, {@code cmt_decision}, {@code cmt_vote}, {@code cmt_decision_approval}) on a
 * real PostgreSQL: V31_1 and V40_1 migrate; a meeting is planned, its material kept byte for byte,
 * held with its attendance, decides with each member's vote and closes with approved minutes;
 * written resolutions (書面決議) carry or not; decisions are numbered per 年度 (a decision dated in the
 * last 年度 is that year's first); a carried decision approves a training plan and lists it; and the
 * constraints hold.
 */
class CommitteePostgresIT extends PostgresApplicationTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Committee committee;

    @Autowired
    Decisions decisions;

    @Autowired
    Courses courses;

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void meetings_attendance_votes_numbering_and_written_resolutions_on_postgresql() throws Exception {
        CommitteeTestData data = new CommitteeTestData(jdbc, committee);
        long chair = data.chairId;
        List<Long> members = data.memberIds;
        LocalDate today = TestClock.today();
        int year = Wareki.fiscalYearOf(today);

        // a meeting with its material
        Meeting meeting = CommitteeTestData.as(
                data.secretary, () -> committee.plan(new MeetingDraft("第1回委員会", today, "第2会議室", "1. 教育・訓練計画\n2. 報告")));
        byte[] pdf = "%PDF-1.7\n資料\n%%EOF".getBytes(StandardCharsets.UTF_8);
        Material material = CommitteeTestData.as(data.secretary, () -> {
            try {
                return committee.addMaterial(meeting.id(), "資料1.pdf", pdf.length, new ByteArrayInputStream(pdf));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(CommitteeTestData.as(data.secretary, () -> committee.material(meeting.id(), material.id()))
                        .content())
                .isEqualTo(pdf);

        // attendance: the chair and two of three members present
        CommitteeTestData.as(data.secretary, () -> {
            committee.recordAttendance(meeting.id(), Set.of(chair, members.get(0), members.get(1)));
            return null;
        });
        assertThat(jdbc.sql("select state from cmt_meeting where id = :m")
                        .param("m", meeting.id())
                        .query(String.class)
                        .single())
                .isEqualTo("HELD");
        assertThat(jdbc.sql(
                                "select seat || ':' || present from cmt_attendance where meeting_id = :m order by person_id")
                        .param("m", meeting.id())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("CHAIR:true", "MEMBER:true", "MEMBER:true", "MEMBER:false");

        // a training plan waits for the committee (its route kept with the plan)
        long planId = CommitteeTestData.as(
                jp.mamori.training.TrainingTestData.CISO, () -> courses.createPlan(year, "令和の計画", ""));
        jdbc.sql("update trn_plan set approval_by = 'COMMITTEE' where id = :id")
                .param("id", planId)
                .update();
        String planKey = TrainingPlan.MATTER_KIND + ":" + planId;

        // at the meeting: a tie (1 for, 1 against, 1 abstention) follows the chair's vote
        Decision atMeeting = CommitteeTestData.as(
                data.secretary,
                () -> decisions.recordAtMeeting(
                        meeting.id(),
                        new DecisionDraft(
                                "教育・訓練計画の承認",
                                "原案のとおり承認する。",
                                planKey,
                                Map.of(chair, Vote.FOR, members.get(0), Vote.AGAINST, members.get(1), Vote.ABSTAIN)),
                        CommitteeTestData.code(-1),
                        null));
        assertThat(atMeeting.outcome()).isEqualTo(Outcome.CARRIED);
        assertThat(atMeeting.fiscalYear()).isEqualTo(year);
        assertThat(jdbc.sql("select vote from cmt_vote where decision_id = :d order by person_id")
                        .param("d", atMeeting.id())
                        .query(String.class)
                        .list())
                .containsExactly("FOR", "AGAINST", "ABSTAIN");

        // in writing this year: one member against, so it does not carry
        Decision written = CommitteeTestData.as(
                data.secretary,
                () -> decisions.recordInWriting(
                        new DecisionDraft(
                                "規程の改正",
                                "",
                                null,
                                Map.of(
                                        chair,
                                        Vote.FOR,
                                        members.get(0),
                                        Vote.FOR,
                                        members.get(1),
                                        Vote.FOR,
                                        members.get(2),
                                        Vote.AGAINST)),
                        today,
                        CommitteeTestData.code(0),
                        null));
        assertThat(written.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(written.meetingId()).isNull();
        assertThat(written.seq()).isEqualTo(atMeeting.seq() + 1);

        // in writing on the last day of last 年度: that year's numbering, everyone for it
        LocalDate lastYear = LocalDate.of(year, 3, 31);
        Decision earlier = CommitteeTestData.as(
                data.secretary,
                () -> decisions.recordInWriting(
                        new DecisionDraft(
                                "前年度の報告",
                                "了承する。",
                                null,
                                Map.of(
                                        chair,
                                        Vote.FOR,
                                        members.get(0),
                                        Vote.FOR,
                                        members.get(1),
                                        Vote.FOR,
                                        members.get(2),
                                        Vote.FOR)),
                        lastYear,
                        CommitteeTestData.code(1),
                        null));
        assertThat(earlier.outcome()).isEqualTo(Outcome.CARRIED);
        assertThat(earlier.fiscalYear()).isEqualTo(year - 1);
        assertThat(earlier.seq()).isEqualTo(1);
        assertThat(earlier.number()).isEqualTo(Wareki.fiscalYear(year - 1, java.util.Locale.JAPANESE) + "第1号");
        assertThat(jdbc.sql("select method || ':' || coalesce(meeting_id, 0) from cmt_decision where id = :d")
                        .param("d", earlier.id())
                        .query(String.class)
                        .single())
                .isEqualTo("WRITTEN:0");
        assertThat(jdbc.sql("select fiscal_year * 1000 + seq from cmt_decision order by fiscal_year, seq")
                        .query(Integer.class)
                        .list())
                .containsExactly((year - 1) * 1000 + 1, year * 1000 + 1, year * 1000 + 2);

        // the carried decision approves the plan; the decision lists it
        TestUsers.runAs(data.secretary, () -> courses.approvePlan(planId, atMeeting.id()));
        assertThat(jdbc.sql("select decision_id from trn_plan where id = :p")
                        .param("p", planId)
                        .query(Long.class)
                        .single())
                .isEqualTo(atMeeting.id());
        assertThat(CommitteeTestData.as(data.secretary, () -> decisions.approvals(atMeeting.id())))
                .extracting(a -> a.matter().key())
                .containsExactly(planKey);
        String api = mvc.perform(
                        get("/api/v1/committee/decisions/" + atMeeting.id()).with(TestUsers.as(data.member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"approvals\"", "\"kind\":\"training-plan\"", "\"vote\":\"ABSTAIN\"");

        // minutes approved by the chair fix their hash
        CommitteeTestData.as(data.secretary, () -> {
            committee.writeMinutes(meeting.id(), "教育・訓練計画を承認した。");
            return null;
        });
        CommitteeTestData.as(data.chair, () -> {
            committee.approveMinutes(meeting.id(), CommitteeTestData.code(0), null);
            return null;
        });
        assertThat(jdbc.sql("select state || ':' || length(minutes_hash) from cmt_meeting where id = :m")
                        .param("m", meeting.id())
                        .query(String.class)
                        .single())
                .isEqualTo("MINUTES_APPROVED:64");

        // the constraints: one number per 年度, a written decision has no meeting, votes are known,
        // attendance belongs to a meeting, one approval of a matter per decision
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into cmt_decision (fiscal_year, seq, method, meeting_id, title, resolution,
                                    outcome, decided_on, votes_for, votes_against, abstentions, recorded_by,
                                    recorded_name, recorded_at)
                                values (:y, 1, 'WRITTEN', null, 't', '', 'CARRIED', :d, 1, 0, 0, 'x', 'x', :at)
                                """)
                        .param("y", year)
                        .param("d", today)
                        .param("at", TestClock.now())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into cmt_decision (fiscal_year, seq, method, meeting_id, title, resolution,
                                    outcome, decided_on, votes_for, votes_against, abstentions, recorded_by,
                                    recorded_name, recorded_at)
                                values (:y, 99, 'WRITTEN', :m, 't', '', 'CARRIED', :d, 1, 0, 0, 'x', 'x', :at)
                                """)
                        .param("y", year)
                        .param("m", meeting.id())
                        .param("d", today)
                        .param("at", TestClock.now())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into cmt_vote (decision_id, person_id, person_name, vote) values (:d, 1, 'x', 'MAYBE')")
                        .param("d", written.id())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into cmt_attendance (meeting_id, person_id, person_name, seat, present)
                                values (999999, 1, 'x', 'MEMBER', true)
                                """).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into cmt_decision_approval (decision_id, matter_kind, matter_id, approved_by,
                                    approved_name, approved_at)
                                values (:d, 'training-plan', :p, 'x', 'x', :at)
                                """)
                        .param("d", atMeeting.id())
                        .param("p", planId)
                        .param("at", TestClock.now())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(count("select count(*) from audit_entry where action = ?", "committee.decision.recorded"))
                .isEqualTo(3);
        assertThat(count("select count(*) from audit_entry where action = ?", "committee.decision.applied"))
                .isEqualTo(1);
        data.dissolve();
    }
}
