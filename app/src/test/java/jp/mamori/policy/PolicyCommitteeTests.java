package jp.mamori.policy;

import static jp.mamori.committee.CommitteeTestData.as;
import static jp.mamori.committee.CommitteeTestData.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.committee.Committee;
import jp.mamori.committee.CommitteeTestData;
import jp.mamori.committee.Decision;
import jp.mamori.committee.DecisionDraft;
import jp.mamori.committee.Decisions;
import jp.mamori.committee.Matter;
import jp.mamori.committee.Meeting;
import jp.mamori.committee.MeetingDraft;
import jp.mamori.committee.Outcome;
import jp.mamori.committee.Vote;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 基本方針's approval chain ends with the committee's decision (mamori.policy.approval.committee-decision
 * by default): no person passes that step; a carried decision about the revision does, at once when
 * the revision waits for it; a rejected one returns it to draft; the decision and the revision link
 * to each other.
 */
@MamoriSpringTest
// the policy fixtures are a fixed calendar (施行日 2024-04-01): today is set, so the class holds on any day
@OnDay("2026-11-26")
class PolicyCommitteeTests {
    static final CurrentUser DEPUTY = TestUsers.user("pc-deputy", new RoleGrant(Role.DEPUTY_CISO, null));
    static final CurrentUser CHIEF = TestUsers.user("pc-chief", new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
    static final CurrentUser CISO = TestUsers.user("pc-ciso", new RoleGrant(Role.CISO, null));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Revisions revisions;

    @Autowired
    Committee committee;

    @Autowired
    Decisions decisions;

    CommitteeTestData members;
    PolicyTestData data;
    PolicyDocument basic;

    @BeforeEach
    void basicPolicyAndCommittee() {
        members = new CommitteeTestData(jdbc, committee);
        data = new PolicyTestData(jdbc, documentRows, revisionRows);
        long unit = data.unit("総務課", null);
        basic = data.document(
                PolicyTier.BASIC_POLICY,
                null,
                PolicyTestData.unique("情報セキュリティ基本方針"),
                unit,
                Visibility.open(Audience.PUBLIC));
        data.approvedRevision(basic.id(), LocalDate.of(2024, 4, 1), "## 1 目的\n\n情報資産を守る。");
    }

    @AfterEach
    void dissolve() {
        members.dissolve();
    }

    /** A revision of the basic policy approved by the 統括 and the CISO, now waiting for the committee. */
    Revision waitingForCommittee() {
        Revision[] r = new Revision[1];
        TestUsers.runAs(DEPUTY, () -> {
            r[0] = revisions.createDraft(
                    basic.id(),
                    new RevisionDraft(
                            "8架共第1号",
                            LocalDate.of(2024, 4, 1),
                            TestClock.today(),
                            TestClock.today(),
                            "委員会での見直しによる改正",
                            "この方針は、決定の日から施行する。",
                            "## 1 目的\n\n情報資産を守り、組合員の信頼に応える。"));
            r[0] = revisions.submit(basic.id(), r[0].id());
        });
        assertThat(r[0].approvalChain())
                .containsExactly(Role.CHIEF_SECURITY_OFFICER, Role.CISO, Revision.COMMITTEE_STEP);
        TestUsers.runAs(CHIEF, () -> r[0] = revisions.approve(basic.id(), r[0].id()));
        TestUsers.runAs(CISO, () -> r[0] = revisions.approve(basic.id(), r[0].id()));
        assertThat(r[0].awaitsCommittee()).isTrue();
        return r[0];
    }

    Meeting heldMeeting() {
        Meeting meeting = as(
                members.secretary,
                () -> committee.plan(new MeetingDraft("第2回情報セキュリティ委員会", TestClock.today(), "大会議室", "1. 基本方針の改正")));
        as(members.secretary, () -> {
            committee.recordAttendance(
                    meeting.id(), Set.of(members.chairId, members.memberIds.get(0), members.memberIds.get(1)));
            return null;
        });
        return meeting;
    }

    Map<Long, Vote> votes(Vote chair, Vote first, Vote second) {
        return Map.of(members.chairId, chair, members.memberIds.get(0), first, members.memberIds.get(1), second);
    }

    @Test
    void a_carried_decision_passes_the_committee_step_and_the_revision_is_approved() {
        Revision waiting = waitingForCommittee();
        // nobody approves the committee's step by hand, not even a member of the committee
        CurrentUser memberApprover =
                TestUsers.user("pc-member", new RoleGrant(Role.COMMITTEE_MEMBER, null), new RoleGrant(Role.CISO, null));
        TestUsers.runAs(
                memberApprover,
                () -> assertThatThrownBy(() -> revisions.approve(basic.id(), waiting.id()))
                        .isInstanceOf(NotAllowedException.class)
                        .hasMessage("policy.approval.error.committeeStep"));

        List<Matter> offered = as(members.secretary, () -> decisions.awaitingMatters());
        Matter matter =
                offered.stream().filter(m -> m.id() == waiting.id()).findFirst().orElseThrow();
        assertThat(matter.kind()).isEqualTo(Revision.MATTER_KIND);
        assertThat(matter.path()).isEqualTo("/policies/" + basic.id() + "/revisions/" + waiting.id());
        assertThat(matter.label()).contains(basic.title()).contains("第2版");

        Meeting meeting = heldMeeting();
        Decision decision = as(
                members.secretary,
                () -> decisions.recordAtMeeting(
                        meeting.id(),
                        new DecisionDraft(
                                "基本方針の改正", "原案のとおり決定する。", matter.key(), votes(Vote.FOR, Vote.FOR, Vote.AGAINST)),
                        code(0),
                        null));
        assertThat(decision.outcome()).isEqualTo(Outcome.CARRIED);

        Revision approved = revisionRows.find(waiting.id()).orElseThrow();
        assertThat(approved.recordedState()).isEqualTo(RevisionState.APPROVED);
        assertThat(approved.contentHash()).isEqualTo(ContentHash.of(approved));
        Approval last = approved.approvals().get(2);
        assertThat(last.decisionId()).isEqualTo(decision.id());
        assertThat(last.role()).isEqualTo(Revision.COMMITTEE_STEP);
        assertThat(last.personName()).contains(decision.number());
        assertThat(revisions.inForce(basic.id(), TestClock.today()))
                .map(Revision::id)
                .contains(waiting.id());
        // both ways: the decision names the revision, the revision lists the decision
        assertThat(decisions.find(decision.id()).orElseThrow().decides(Revision.MATTER_KIND, waiting.id()))
                .isTrue();
        assertThat(revisions.decisionsAbout(waiting.id()))
                .extracting(Decision::id)
                .containsExactly(decision.id());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'policy.revision.approved'"
                                + " and subject_id = :id and details like :d")
                        .param("id", Long.toString(waiting.id()))
                        .param("d", "%" + decision.number() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // no longer offered to the committee
        assertThat(as(members.secretary, () -> decisions.awaitingMatters()))
                .noneMatch(m -> m.id() == waiting.id() && m.kind().equals(Revision.MATTER_KIND));
    }

    @Test
    void a_rejected_decision_returns_the_revision_to_its_author() {
        Revision waiting = waitingForCommittee();
        Meeting meeting = heldMeeting();
        Decision decision = as(
                members.secretary,
                () -> decisions.recordAtMeeting(
                        meeting.id(),
                        new DecisionDraft(
                                "基本方針の改正",
                                "再検討とする。",
                                Revision.MATTER_KIND + ":" + waiting.id(),
                                votes(Vote.AGAINST, Vote.AGAINST, Vote.FOR)),
                        code(1),
                        null));
        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        Revision returned = revisionRows.find(waiting.id()).orElseThrow();
        assertThat(returned.recordedState()).isEqualTo(RevisionState.DRAFT);
        assertThat(returned.approvals()).isEmpty();
        List<RevisionNote> notes = revisions.notes(waiting.id());
        assertThat(notes.get(notes.size() - 1).comment()).contains(decision.number());
    }

    @Test
    void a_decision_taken_before_the_revision_reaches_the_committee_is_applied_from_the_revision() {
        Revision[] r = new Revision[1];
        TestUsers.runAs(DEPUTY, () -> {
            r[0] = revisions.createDraft(
                    basic.id(),
                    new RevisionDraft(
                            "8架共第2号",
                            LocalDate.of(2024, 4, 1),
                            TestClock.today(),
                            TestClock.today(),
                            "改正",
                            "この方針は、決定の日から施行する。",
                            "## 1 目的\n\n情報資産を守る。\n\n## 2 対象\n\n全職員"));
            r[0] = revisions.submit(basic.id(), r[0].id());
        });
        Meeting meeting = heldMeeting();
        Decision early = as(
                members.secretary,
                () -> decisions.recordAtMeeting(
                        meeting.id(),
                        new DecisionDraft(
                                "基本方針の改正",
                                "",
                                Revision.MATTER_KIND + ":" + r[0].id(),
                                votes(Vote.FOR, Vote.FOR, Vote.FOR)),
                        code(-1),
                        null));
        // the 統括 and the CISO have not approved yet: the decision waits on the revision page
        assertThat(revisionRows.find(r[0].id()).orElseThrow().recordedState()).isEqualTo(RevisionState.IN_APPROVAL);
        TestUsers.runAs(CHIEF, () -> r[0] = revisions.approve(basic.id(), r[0].id()));
        TestUsers.runAs(CISO, () -> r[0] = revisions.approve(basic.id(), r[0].id()));
        assertThat(revisions.usableDecisions(r[0])).extracting(Decision::id).containsExactly(early.id());
        // only the secretariat applies it, and only a decision about this revision
        TestUsers.runAs(
                members.member,
                () -> assertThatThrownBy(() -> revisions.approveByDecision(basic.id(), r[0].id(), early.id()))
                        .isInstanceOf(NotAllowedException.class));
        TestUsers.runAs(
                members.secretary,
                () -> assertThatThrownBy(() -> revisions.approveByDecision(basic.id(), r[0].id(), 999_999_999L))
                        .isInstanceOf(InvalidInputException.class));
        Revision approved = as(members.secretary, () -> revisions.approveByDecision(basic.id(), r[0].id(), early.id()));
        assertThat(approved.recordedState()).isEqualTo(RevisionState.APPROVED);
        assertThat(approved.approvals().get(2).decisionId()).isEqualTo(early.id());
    }
}
