package jp.mamori.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The committee on H2 through its services: a meeting planned, held with a quorum, a decision with
 * each member's vote confirmed by a fresh code, minutes approved by the chair alone; no quorum, no
 * decision; a written resolution; hostile materials; who reads; the API.
 */
@MamoriSpringTest
class CommitteeTests {
    @Autowired
    Committee committee;

    @Autowired
    Decisions decisions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CommitteeTestData data;
    long unit;
    long chairId;
    List<Long> memberIds;
    CurrentUser secretary;
    CurrentUser chair;
    CurrentUser member;

    @BeforeEach
    void committeeOfFour() {
        data = new CommitteeTestData(jdbc, committee);
        unit = data.unit;
        chairId = data.chairId;
        memberIds = data.memberIds;
        secretary = data.secretary;
        chair = data.chair;
        member = data.member;
    }

    @AfterEach
    void dissolve() {
        data.dissolve();
    }

    long person(String name) {
        return data.person(name);
    }

    static String code(long offset) {
        return CommitteeTestData.code(offset);
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        return CommitteeTestData.as(user, work);
    }

    Meeting heldMeeting(Set<Long> present) {
        Meeting meeting = as(
                secretary,
                () -> committee.plan(new MeetingDraft("第1回情報セキュリティ委員会", TestClock.today(), "第1会議室", "1. 基本方針の改正")));
        as(secretary, () -> {
            committee.recordAttendance(meeting.id(), present);
            return null;
        });
        return committee.meeting(meeting.id());
    }

    long audited(String action, long subject) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action)
                .param("s", Long.toString(subject))
                .query(Long.class)
                .single();
    }

    @Test
    void the_committee_is_the_chair_and_the_holders_of_the_committee_role() {
        List<Member> members = as(secretary, () -> committee.members(TestClock.today()));
        assertThat(members)
                .extracting(Member::personId)
                .containsExactly(chairId, memberIds.get(0), memberIds.get(1), memberIds.get(2));
        assertThat(members.get(0).seat()).isEqualTo(Seat.CHAIR);
    }

    @Test
    void a_held_meeting_decides_with_each_members_vote_and_the_chair_approves_the_minutes() {
        Meeting meeting = as(secretary, () -> heldMeeting(Set.of(chairId, memberIds.get(0), memberIds.get(1))));
        assertThat(meeting.state()).isEqualTo(MeetingState.HELD);
        assertThat(audited("committee.attendance.recorded", meeting.id())).isEqualTo(1);

        Map<Long, Vote> votes = Map.of(chairId, Vote.FOR, memberIds.get(0), Vote.FOR, memberIds.get(1), Vote.AGAINST);
        DecisionDraft draft = new DecisionDraft("令和8年度監査計画の承認", "原案のとおり承認する。", null, votes);
        // a missing vote, a vote of someone absent, and no code are each refused
        assertThatThrownBy(() -> as(
                        secretary,
                        () -> decisions.recordAtMeeting(
                                meeting.id(),
                                new DecisionDraft("議案", "", null, Map.of(chairId, Vote.FOR)),
                                code(0),
                                null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .contains("cmt.error.voteMissing"));
        assertThatThrownBy(() -> as(
                        secretary,
                        () -> decisions.recordAtMeeting(
                                meeting.id(),
                                new DecisionDraft("議案", "", null, Map.of(memberIds.get(2), Vote.FOR)),
                                code(0),
                                null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .contains("cmt.error.voterNotPresent"));
        assertThatThrownBy(() -> as(secretary, () -> decisions.recordAtMeeting(meeting.id(), draft, "", null)))
                .isInstanceOf(InvalidInputException.class);
        // a member reads but is not the secretariat
        assertThatThrownBy(() -> as(member, () -> decisions.recordAtMeeting(meeting.id(), draft, code(0), null)))
                .isInstanceOf(NotAllowedException.class);

        Decision decision = as(secretary, () -> decisions.recordAtMeeting(meeting.id(), draft, code(0), null));
        assertThat(decision.outcome()).isEqualTo(Outcome.CARRIED);
        // numbered within the 年度 of the decision, named by the era of its 1 April (not a fixed era name)
        assertThat(decision.number())
                .isEqualTo(jp.mamori.shared.Wareki.fiscalYear(
                                jp.mamori.shared.Wareki.fiscalYearOf(decision.decidedOn()), java.util.Locale.JAPANESE)
                        + "第" + decision.seq() + "号");
        assertThat(List.of(decision.votesFor(), decision.votesAgainst(), decision.abstentions()))
                .containsExactly(2, 1, 0);
        assertThat(as(member, () -> decisions.votes(decision.id())))
                .extracting(MemberVote::personId, MemberVote::vote)
                .contains(tuple(memberIds.get(1), Vote.AGAINST), tuple(chairId, Vote.FOR));
        assertThat(audited("committee.decision.recorded", decision.id())).isEqualTo(1);
        assertThat(decisions.find(decision.id())).contains(decision);

        // minutes: written by the secretariat, approved by the chair only, with a code
        as(secretary, () -> {
            committee.writeMinutes(meeting.id(), "監査計画を原案のとおり承認した。");
            return null;
        });
        assertThat(as(secretary, () -> committee.minutesRefusal(committee.meeting(meeting.id()))))
                .contains("cmt.error.writerMayNotApprove");
        assertThat(as(member, () -> committee.minutesRefusal(committee.meeting(meeting.id()))))
                .contains("cmt.error.notChair");
        assertThatThrownBy(() -> as(chair, () -> {
                    committee.approveMinutes(meeting.id(), "000000", null);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        as(chair, () -> {
            committee.approveMinutes(meeting.id(), code(1), null);
            return null;
        });
        Meeting closed = as(member, () -> committee.meeting(meeting.id()));
        assertThat(closed.state()).isEqualTo(MeetingState.MINUTES_APPROVED);
        assertThat(closed.minutesHash()).isEqualTo(sha256("監査計画を原案のとおり承認した。"));
        assertThat(closed.minutesApprovedBy()).isEqualTo(chair.login());
        assertThat(audited("committee.minutes.approved", meeting.id())).isEqualTo(1);
        assertThatThrownBy(() -> as(secretary, () -> {
                    committee.writeMinutes(meeting.id(), "書き換え");
                    return null;
                }))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void without_a_quorum_nothing_is_decided() {
        Meeting meeting = as(secretary, () -> heldMeeting(Set.of(chairId, memberIds.get(0))));
        assertThatThrownBy(() -> as(
                        secretary,
                        () -> decisions.recordAtMeeting(
                                meeting.id(),
                                new DecisionDraft(
                                        "議案", "", null, Map.of(chairId, Vote.FOR, memberIds.get(0), Vote.FOR)),
                                code(0),
                                null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cmt.error.noQuorum");
        assertThat(as(member, () -> decisions.ofMeeting(meeting.id()))).isEmpty();
    }

    @Test
    void attendance_is_recorded_from_the_meetings_day_and_only_for_members() {
        Meeting tomorrow = as(
                secretary,
                () -> committee.plan(new MeetingDraft("臨時会", TestClock.today().plusDays(1), "第2会議室", "1. 報告")));
        assertThatThrownBy(() -> as(secretary, () -> {
                    committee.recordAttendance(tomorrow.id(), Set.of(chairId));
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        Meeting today =
                as(secretary, () -> committee.plan(new MeetingDraft("定例会", TestClock.today(), "第2会議室", "1. 報告")));
        long outsider = person("部外 六郎");
        assertThatThrownBy(() -> as(secretary, () -> {
                    committee.recordAttendance(today.id(), Set.of(chairId, outsider));
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(secretary, () -> committee.plan(new MeetingDraft(" ", null, "", ""))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("title", "heldOn", "place", "agenda"));
    }

    @Test
    void a_written_resolution_carries_only_when_every_member_answers_for_it() {
        LocalDate today = TestClock.today();
        Map<Long, Vote> allFor = Map.of(
                chairId, Vote.FOR, memberIds.get(0), Vote.FOR, memberIds.get(1), Vote.FOR, memberIds.get(2), Vote.FOR);
        Decision carried = as(
                secretary,
                () -> decisions.recordInWriting(
                        new DecisionDraft("教育計画の承認", "承認する。", null, allFor), today, code(0), null));
        assertThat(carried.outcome()).isEqualTo(Outcome.CARRIED);
        assertThat(carried.method()).isEqualTo(DecisionMethod.WRITTEN);
        assertThat(carried.meetingId()).isNull();

        Map<Long, Vote> oneMissing = Map.of(chairId, Vote.FOR, memberIds.get(0), Vote.FOR, memberIds.get(1), Vote.FOR);
        Decision rejected = as(
                secretary,
                () -> decisions.recordInWriting(
                        new DecisionDraft("教育計画の承認（再）", "", null, oneMissing), today, code(1), null));
        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejected.seq()).isEqualTo(carried.seq() + 1);
        assertThatThrownBy(() -> as(
                        secretary,
                        () -> decisions.recordInWriting(
                                new DecisionDraft("未来", "", null, allFor), today.plusDays(1), code(-1), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(
                        secretary,
                        () -> decisions.recordInWriting(
                                new DecisionDraft("案件違い", "", "policy-revision:999999999", allFor),
                                today,
                                code(-1),
                                null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cmt.error.matterUnknown");
    }

    @Test
    void materials_are_kept_with_their_sha256_and_hostile_files_are_refused() {
        Meeting meeting =
                as(secretary, () -> committee.plan(new MeetingDraft("資料の会", TestClock.today(), "会議室", "1. 資料")));
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        Material added = as(secretary, () -> upload(meeting.id(), "..\\資料1.pdf", pdf));
        assertThat(added.fileName()).isEqualTo("資料1.pdf");
        assertThat(added.sha256()).isEqualTo(sha256(pdf));
        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThat(as(member, () -> committee.material(meeting.id(), added.id()).content()))
                .isEqualTo(pdf);
        assertThat(audited("committee.material.added", meeting.id())).isEqualTo(1);

        assertThatThrownBy(() -> as(secretary, () -> upload(meeting.id(), "資料2.pdf", pdf)))
                .hasMessageContaining("cmt.error.duplicateFile");
        assertThatThrownBy(() -> as(secretary, () -> upload(meeting.id(), "資料3.pdf", new byte[] {'M', 'Z', 0, 0})))
                .hasMessageContaining("cmt.error.fileType");
        assertThatThrownBy(() -> as(secretary, () -> upload(meeting.id(), "空.txt", new byte[0])))
                .hasMessageContaining("cmt.error.emptyFile");
        assertThatThrownBy(() -> as(member, () -> upload(meeting.id(), "委員.pdf", pdf)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(as(member, () -> committee.materials(meeting.id()))).hasSize(1);
    }

    @Test
    void staff_outside_the_committee_read_nothing_and_the_api_pages_its_records() throws Exception {
        Meeting meeting = as(secretary, () -> heldMeeting(Set.of(chairId, memberIds.get(0), memberIds.get(1))));
        CurrentUser staff = TestUsers.user("cmt-staff", new RoleGrant(Role.STAFF, unit));
        assertThatThrownBy(() -> as(staff, () -> committee.meeting(meeting.id())))
                .isInstanceOf(NotAllowedException.class);
        mvc.perform(get("/api/v1/committee/meetings").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/committee").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/committee/meetings").param("size", "5").with(TestUsers.as(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items[0].title").exists());
        mvc.perform(get("/api/v1/committee/meetings/" + meeting.id()).with(TestUsers.as(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.state").value("HELD"))
                .andExpect(jsonPath("$.attendance.length()").value(4));
        mvc.perform(get("/api/v1/committee/meetings/999999999").with(TestUsers.as(member)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/committee/decisions").with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0));
        mvc.perform(get("/committee/meetings/" + meeting.id()).with(TestUsers.as(member)))
                .andExpect(status().isOk());
    }

    Material upload(long meetingId, String name, byte[] content) {
        try {
            return committee.addMaterial(meetingId, name, content.length, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
