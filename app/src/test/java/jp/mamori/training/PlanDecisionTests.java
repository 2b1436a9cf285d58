package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import jp.mamori.committee.Committee;
import jp.mamori.committee.CommitteeTestData;
import jp.mamori.committee.Decision;
import jp.mamori.committee.DecisionApproval;
import jp.mamori.committee.DecisionDraft;
import jp.mamori.committee.Decisions;
import jp.mamori.committee.Matter;
import jp.mamori.committee.Vote;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A training plan of the committee's route is approved only with a carried decision about it: the
 * plan is offered to the committee, approval without a decision, with a decision about nothing or
 * a rejected one is refused in Japanese, and the carried decision links both ways (the plan keeps
 * its id, the decision's page lists the plan).
 */
@MamoriSpringTest
class PlanDecisionTests {
    @Autowired
    Committee committee;

    @Autowired
    Decisions decisions;

    @Autowired
    Courses courses;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CommitteeTestData data;

    @BeforeEach
    void committee() {
        data = new CommitteeTestData(jdbc, committee);
    }

    @AfterEach
    void dissolve() {
        data.dissolve();
    }

    /**
     * A plan of a year without one (next or last year), written by the CISO and put on the committee's
     * route, as a plan written while the body had {@code mamori.training.plan-approval=committee} is
     * (the route is kept with the plan; the test context runs with the default, the CISO).
     */
    TrainingPlan committeePlan() {
        int year = TrainingTestData.year();
        int free = CommitteeTestData.as(
                TrainingTestData.CISO, () -> courses.planOf(year + 1).isEmpty() ? year + 1 : year - 1);
        long id = CommitteeTestData.as(TrainingTestData.CISO, () -> courses.createPlan(free, "委員会承認の計画", "重点"));
        jdbc.sql("update trn_plan set approval_by = 'COMMITTEE' where id = :id")
                .param("id", id)
                .update();
        return CommitteeTestData.as(TrainingTestData.CISO, () -> courses.planOf(free))
                .orElseThrow();
    }

    Map<Long, Vote> everyone(Vote vote) {
        return Map.of(
                data.chairId,
                Vote.FOR,
                data.memberIds.get(0),
                Vote.FOR,
                data.memberIds.get(1),
                Vote.FOR,
                data.memberIds.get(2),
                vote);
    }

    Decision written(String title, String matterKey, Map<Long, Vote> votes, long codeOffset) {
        LocalDate today = TestClock.today();
        return CommitteeTestData.as(
                data.secretary,
                () -> decisions.recordInWriting(
                        new DecisionDraft(title, "原案のとおり承認する。", matterKey, votes),
                        today,
                        CommitteeTestData.code(codeOffset),
                        null));
    }

    String refusal(long planId, Long decisionId) {
        try {
            TestUsers.runAs(data.secretary, () -> courses.approvePlan(planId, decisionId));
        } catch (InvalidInputException e) {
            InvalidInputException.Problem p = e.problems().get(0);
            assertThat(p.field()).isEqualTo("decisionId");
            return messages.getMessage(p.messageKey(), p.args().toArray(), Locale.JAPANESE);
        }
        throw new AssertionError("the approval was not refused");
    }

    long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action)
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    String html(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(TestUsers.as(user)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_committee_plan_is_approved_only_with_a_carried_decision_about_it_and_the_link_runs_both_ways()
            throws Exception {
        TrainingPlan plan = committeePlan();
        String key = TrainingPlan.MATTER_KIND + ":" + plan.id();
        assertThat(CommitteeTestData.as(data.secretary, () -> decisions.awaitingMatters()))
                .filteredOn(m -> m.key().equals(key))
                .extracting(Matter::path)
                .containsExactly("/training?year=" + plan.fiscalYear());

        // the CISO alone cannot approve a plan of the committee's route
        assertThatThrownBy(() -> TestUsers.runAs(TrainingTestData.CISO, () -> courses.approvePlan(plan.id(), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cmt.error.decisionRequired");
        assertThat(refusal(plan.id(), null)).contains("情報セキュリティ委員会の議決が必要です");

        Decision unrelated = written("報告の了承", "", everyone(Vote.FOR), -1);
        assertThat(refusal(plan.id(), unrelated.id()))
                .contains(unrelated.number())
                .contains("この案件についての議決ではありません");
        Decision rejected = written("計画の承認（否決）", key, everyone(Vote.AGAINST), 0);
        assertThat(rejected.carried()).isFalse();
        assertThat(refusal(plan.id(), rejected.id())).contains("否決");
        assertThat(refusal(plan.id(), Long.MAX_VALUE)).contains("見つかりません");
        assertThat(CommitteeTestData.as(data.secretary, () -> courses.usableDecisions(plan)))
                .isEmpty();

        Decision carried = written("教育・訓練計画の承認", key, everyone(Vote.FOR), 1);
        assertThat(CommitteeTestData.as(data.secretary, () -> courses.usableDecisions(plan)))
                .extracting(Decision::id)
                .containsExactly(carried.id());
        TestUsers.runAs(data.secretary, () -> courses.approvePlan(plan.id(), carried.id()));

        TrainingPlan approved = CommitteeTestData.as(data.secretary, () -> courses.planOf(plan.fiscalYear()))
                .orElseThrow();
        assertThat(approved.approved()).isTrue();
        assertThat(approved.decisionId()).isEqualTo(carried.id());
        assertThat(approved.decisionRef()).isEqualTo(carried.number());
        assertThat(CommitteeTestData.as(data.secretary, () -> decisions.awaitingMatters()))
                .noneMatch(m -> m.key().equals(key));
        assertThat(CommitteeTestData.as(data.secretary, () -> decisions.approvals(carried.id())))
                .extracting(DecisionApproval::matter)
                .extracting(Matter::kind, Matter::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TrainingPlan.MATTER_KIND, plan.id()));
        assertThat(CommitteeTestData.as(data.secretary, () -> decisions.approvals(rejected.id())))
                .isEmpty();
        assertThat(audited("committee.decision.applied", Long.toString(carried.id())))
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select details from audit_entry where action = 'training-plan.approved' and subject_id = :s")
                        .param("s", Long.toString(plan.id()))
                        .query(String.class)
                        .single())
                .contains(carried.number());

        // both pages link to each other
        assertThat(html("/committee/decisions/" + carried.id(), data.secretary))
                .contains("id=\"approvals\"")
                .contains("/training?year=" + plan.fiscalYear());
        assertThat(html("/training?year=" + plan.fiscalYear(), data.secretary))
                .contains("/committee/decisions/" + carried.id())
                .contains(carried.number());
    }
}
