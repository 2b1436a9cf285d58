package jp.mamori.policy;

import static jp.mamori.committee.CommitteeTestData.as;
import static jp.mamori.committee.CommitteeTestData.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import jp.mamori.committee.Committee;
import jp.mamori.committee.CommitteeTestData;
import jp.mamori.committee.Decision;
import jp.mamori.committee.DecisionDraft;
import jp.mamori.committee.Decisions;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The review (見直し) of policy documents on H2: the cycle and due day, a review fed by inputs and
 * concluded by the owner with a revision opened from the text in force; the 基本方針's review
 * concluded only with a committee decision about it; the API.
 */
@MamoriSpringTest
// the policy fixtures are a fixed calendar (施行日 2024-04-01): today is set, so the class holds on any day
@OnDay("2026-11-26")
class PolicyReviewTests {
    static final CurrentUser DEPUTY = TestUsers.user("rv-deputy", new RoleGrant(Role.DEPUTY_CISO, null));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    PolicyReviews reviews;

    @Autowired
    Revisions revisions;

    @Autowired
    Committee committee;

    @Autowired
    Decisions decisions;

    @Autowired
    MockMvc mvc;

    PolicyTestData data() {
        return new PolicyTestData(jdbc, documentRows, revisionRows);
    }

    DueReview dueOf(long documentId) {
        return as(DEPUTY, () -> reviews.schedule()).stream()
                .filter(d -> d.documentId() == documentId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_document_is_due_a_cycle_after_its_revision_came_into_force_or_its_last_review() {
        InForce doc = data().documentInForce(
                        PolicyTier.STANDARD, PolicyTestData.unique("対策基準"), Visibility.open(Audience.ALL_STAFF), "本文");
        DueReview due = dueOf(doc.document().id());
        assertThat(due.countedFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(due.cycleMonths()).isEqualTo(12);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 4, 1));

        TestUsers.runAs(DEPUTY, () -> reviews.setCycle(doc.document().id(), 36));
        assertThat(dueOf(doc.document().id()).dueOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        TestUsers.runAs(
                DEPUTY,
                () -> assertThatThrownBy(() -> reviews.setCycle(doc.document().id(), 0))
                        .isInstanceOf(InvalidInputException.class));
        // a member of staff follows no review
        CurrentUser staff = TestUsers.user(
                "rv-staff", new RoleGrant(Role.STAFF, doc.document().ownerUnitId()));
        TestUsers.runAs(staff, () -> assertThat(reviews.mayList()).isFalse());
    }

    @Test
    void the_owner_reviews_with_inputs_and_revising_opens_a_draft_from_the_text_in_force() throws Exception {
        InForce doc = data().documentInForce(
                        PolicyTier.STANDARD,
                        PolicyTestData.unique("対策基準"),
                        Visibility.open(Audience.ALL_STAFF),
                        "## 第1条\n\nパスワードは定期的に変更する。");
        long id = doc.document().id();
        PolicyReview review = as(DEPUTY, () -> reviews.start(id));
        assertThat(review.open()).isTrue();
        assertThat(dueOf(id).openReviewId()).isEqualTo(review.id());
        TestUsers.runAs(
                DEPUTY,
                () -> assertThatThrownBy(() -> reviews.start(id))
                        .isInstanceOf(NotAllowedException.class)
                        .hasMessage("policy.review.error.openExists"));

        TestUsers.runAs(DEPUTY, () -> {
            assertThatThrownBy(() -> reviews.addInput(review.id(), ReviewInputKind.LAW_CHANGE, "", " "))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> reviews.addInput(review.id(), ReviewInputKind.AUDIT_FINDING, "999999999", ""))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("policy.review.error.recordUnknown");
            assertThatThrownBy(() -> reviews.addInput(review.id(), ReviewInputKind.INCIDENT, "not-a-uuid", ""))
                    .isInstanceOf(InvalidInputException.class);
            reviews.addInput(review.id(), ReviewInputKind.GUIDELINE_CHANGE, "", "ガイドライン改定でパスワードの定期変更が不要とされた");
            assertThatThrownBy(() -> reviews.conclude(review.id(), ReviewConclusion.REVISE, " ", null))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(as(DEPUTY, () -> reviews.inputs(review.id())))
                .extracting(ReviewInput::kind)
                .containsExactly(ReviewInputKind.GUIDELINE_CHANGE);

        PolicyReview concluded =
                as(DEPUTY, () -> reviews.conclude(review.id(), ReviewConclusion.REVISE, "定期変更の規定を見直す。", null));
        assertThat(concluded.open()).isFalse();
        assertThat(concluded.conclusion()).isEqualTo(ReviewConclusion.REVISE);
        assertThat(concluded.concludedOn()).isEqualTo(TestClock.today());
        Revision draft = revisions.get(id, concluded.revisionId());
        assertThat(draft.recordedState()).isEqualTo(RevisionState.DRAFT);
        assertThat(draft.body()).isEqualTo(doc.revision().body());
        assertThat(draft.reason()).contains("見直し");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'policy.review.concluded' and subject_id = :s")
                        .param("s", Long.toString(review.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // counted from the review now
        assertThat(dueOf(id).countedFrom()).isEqualTo(TestClock.today());
        assertThat(dueOf(id).openReviewId()).isNull();

        mvc.perform(get("/api/v1/policy-reviews/" + review.id()).with(TestUsers.as(DEPUTY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.review.conclusion").value("REVISE"))
                .andExpect(jsonPath("$.review.revisionId").value(draft.id()))
                .andExpect(jsonPath("$.inputs[0].kind").value("GUIDELINE_CHANGE"));
        mvc.perform(get("/api/v1/policy-reviews").param("size", "5").with(TestUsers.as(DEPUTY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5));
        mvc.perform(get("/api/v1/policy-reviews").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/policy-reviews/" + review.id()).with(TestUsers.as(DEPUTY)))
                .andExpect(status().isOk());
    }

    @Test
    void the_basic_policys_review_is_concluded_only_with_a_committee_decision_about_it() {
        CommitteeTestData members = new CommitteeTestData(jdbc, committee);
        try {
            PolicyDocument basic = data().document(
                            PolicyTier.BASIC_POLICY,
                            null,
                            PolicyTestData.unique("情報セキュリティ基本方針"),
                            members.unit,
                            Visibility.open(Audience.PUBLIC));
            data().approvedRevision(basic.id(), LocalDate.of(2024, 4, 1), "## 1 目的\n\n情報資産を守る。");
            PolicyReview review = as(members.secretary, () -> reviews.start(basic.id()));
            TestUsers.runAs(
                    members.secretary,
                    () -> assertThatThrownBy(
                                    () -> reviews.conclude(review.id(), ReviewConclusion.NO_CHANGE, "変更の必要はない。", null))
                            .isInstanceOf(InvalidInputException.class)
                            .hasMessageContaining("policy.review.error.decisionRequired"));
            String matter = PolicyReview.MATTER_KIND + ":" + review.id();
            assertThat(as(members.secretary, () -> decisions.awaitingMatters()))
                    .anyMatch(m -> m.key().equals(matter));
            Map<Long, Vote> allFor = Map.of(
                    members.chairId,
                    Vote.FOR,
                    members.memberIds.get(0),
                    Vote.FOR,
                    members.memberIds.get(1),
                    Vote.FOR,
                    members.memberIds.get(2),
                    Vote.FOR);
            Decision decision = as(
                    members.secretary,
                    () -> decisions.recordInWriting(
                            new DecisionDraft("基本方針の見直し", "改正の必要はない。", matter, allFor),
                            TestClock.today(),
                            code(0),
                            null));
            assertThat(decision.outcome()).isEqualTo(Outcome.CARRIED);
            PolicyReview concluded = as(
                    members.secretary,
                    () -> reviews.conclude(review.id(), ReviewConclusion.NO_CHANGE, "変更の必要はない。", decision.id()));
            assertThat(concluded.decisionId()).isEqualTo(decision.id());
            assertThat(concluded.revisionId()).isNull();
            assertThat(as(members.secretary, () -> decisions.awaitingMatters()))
                    .noneMatch(m -> m.key().equals(matter));
        } finally {
            members.dissolve();
        }
    }
}
