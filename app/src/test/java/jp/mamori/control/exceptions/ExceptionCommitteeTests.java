package jp.mamori.control.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.committee.Committee;
import jp.mamori.committee.CommitteeTestData;
import jp.mamori.committee.Decision;
import jp.mamori.committee.DecisionApproval;
import jp.mamori.committee.DecisionDraft;
import jp.mamori.committee.Decisions;
import jp.mamori.committee.Matter;
import jp.mamori.committee.Vote;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Exceptions above the committee threshold (defaults: longer than 180 days, counted over renewals,
 * or a network path from or to the マイナンバー利用事務系) are approved by the CISO only with a carried
 * committee decision about them; below it the CISO decides alone. The decision and the exception
 * link to each other.
 */
@MamoriSpringTest
class ExceptionCommitteeTests {
    static final String MEASURE = "2.1.1";

    @Autowired
    ApplicationContext context;

    @Autowired
    Committee committee;

    @Autowired
    Decisions decisions;

    @Autowired
    Exceptions exceptions;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CommitteeTestData data;
    long section;
    CurrentUser manager;

    @BeforeEach
    void setUp() {
        data = new CommitteeTestData(jdbc, committee);
        OrganizationTestData org = new OrganizationTestData(context);
        section = org.unit("例外委員会課", null);
        manager = TestUsers.user(
                OrganizationTestData.unique("exc-cmt"),
                new RoleGrant(Role.STAFF, section),
                new RoleGrant(Role.SECURITY_MANAGER, section));
    }

    @AfterEach
    void dissolve() {
        data.dissolve();
    }

    ControlException request(ZoneKind from, ZoneKind to, LocalDate startsOn, LocalDate endsOn) {
        return CommitteeTestData.as(
                manager,
                () -> exceptions.request(new Exceptions.Request(
                        MEASURE,
                        section,
                        ExceptionTarget.NETWORK,
                        "",
                        new NetworkPath(from, to, List.of("10.20.1.7"), List.of("203.0.113.10/32"), List.of("tcp/443")),
                        "国の報告システムへの直接送信",
                        "送信先を1か所に限定し、通信記録を毎週確認する",
                        "",
                        startsOn,
                        endsOn)));
    }

    /** The CISO (the committee's chair holds the role) approves with a fresh code; the problems' texts if refused. */
    List<String> approve(ControlException e, Long decisionId, long codeOffset) {
        try {
            CommitteeTestData.as(
                    data.chair,
                    () -> exceptions.approve(e.reference(), "", decisionId, CommitteeTestData.code(codeOffset), null));
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), Locale.JAPANESE))
                    .toList();
        }
    }

    Decision written(String title, String matterKey, Vote last, long codeOffset) {
        return CommitteeTestData.as(
                data.secretary,
                () -> decisions.recordInWriting(
                        new DecisionDraft(
                                title,
                                "承認する。",
                                matterKey,
                                Map.of(
                                        data.chairId,
                                        Vote.FOR,
                                        data.memberIds.get(0),
                                        Vote.FOR,
                                        data.memberIds.get(1),
                                        Vote.FOR,
                                        data.memberIds.get(2),
                                        last)),
                        TestClock.today(),
                        CommitteeTestData.code(codeOffset),
                        null));
    }

    String state(ControlException e) {
        return jdbc.sql("select state from ctl_exception where id = :id")
                .param("id", e.id())
                .query(String.class)
                .single();
    }

    @Test
    void the_threshold_counts_days_over_renewals_and_the_zones_of_a_path() {
        CommitteeThreshold threshold = CommitteeThreshold.defaults();
        ControlException shortOne = request(
                ZoneKind.LGWAN,
                ZoneKind.INTERNET,
                TestClock.today(),
                TestClock.today().plusDays(30));
        assertThat(threshold.reasons(shortOne, shortOne.startsOn())).isEmpty();
        // 180 days exactly is below; the 181st day is above
        assertThat(threshold.reasons(shortOne, shortOne.endsOn().minusDays(179)))
                .isEmpty();
        assertThat(threshold.reasons(shortOne, shortOne.endsOn().minusDays(180)))
                .extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("control.exception.committee.duration");
        ControlException intoMyNumber = request(
                ZoneKind.LGWAN,
                ZoneKind.MY_NUMBER,
                TestClock.today(),
                TestClock.today().plusDays(10));
        assertThat(threshold.reasons(intoMyNumber, intoMyNumber.startsOn()))
                .extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("control.exception.committee.zone.MY_NUMBER");
        assertThat(new CommitteeThreshold(0, Set.of())
                        .reasons(intoMyNumber, intoMyNumber.startsOn().minusYears(5)))
                .isEmpty();
    }

    @Test
    void above_the_threshold_the_work_list_asks_for_the_committees_decision_first_not_the_cisos_approval() {
        ControlException shortOne = request(
                ZoneKind.LGWAN,
                ZoneKind.INTERNET,
                TestClock.today(),
                TestClock.today().plusDays(60));
        ControlException longOne = request(
                ZoneKind.LGWAN,
                ZoneKind.INTERNET,
                TestClock.today(),
                TestClock.today().plusDays(365));

        // the CISO (the decider) approves the short one alone; the long one waits for the committee
        MyTasks cisoTasks = MyTasks.of(mvc, data.chair);
        assertThat(cisoTasks.about("control.exception-decision", shortOne.reference()))
                .hasSize(1);
        assertThat(cisoTasks.about("control.exception-decision", longOne.reference()))
                .isEmpty();
        assertThat(cisoTasks.about("control.exception-committee", longOne.reference()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("例外措置の委員会付議（議決が必要）");
                    assertThat(item.link()).isEqualTo("/exceptions/" + longOne.reference());
                });
        // the secretary (統括), who prepares the committee's decisions, is asked too; not for the short one
        MyTasks secretaryTasks = MyTasks.of(mvc, data.secretary);
        assertThat(secretaryTasks.about("control.exception-committee", longOne.reference()))
                .hasSize(1);
        assertThat(secretaryTasks.about("control.exception-committee", shortOne.reference()))
                .isEmpty();
        assertThat(secretaryTasks.about("control.exception-decision", longOne.reference()))
                .isEmpty();
        // a unit manager neither decides nor prepares the committee's decisions
        assertThat(MyTasks.of(mvc, manager).about("control.exception-committee", longOne.reference()))
                .isEmpty();

        // a rejected decision changes nothing; once a decision is carried the CISO's approval is next
        written("例外措置の承認（否決）", Exceptions.MATTER_KIND + ":" + longOne.id(), Vote.AGAINST, -1);
        assertThat(MyTasks.of(mvc, data.chair).about("control.exception-committee", longOne.reference()))
                .hasSize(1);
        written("例外措置の承認", Exceptions.MATTER_KIND + ":" + longOne.id(), Vote.FOR, 0);
        MyTasks after = MyTasks.of(mvc, data.chair);
        assertThat(after.about("control.exception-committee", longOne.reference()))
                .isEmpty();
        assertThat(after.about("control.exception-decision", longOne.reference()))
                .hasSize(1);
        assertThat(MyTasks.of(mvc, data.secretary).about("control.exception-committee", longOne.reference()))
                .isEmpty();
    }

    @Test
    void a_long_exception_is_approved_only_with_a_carried_decision_about_it_and_both_link() throws Exception {
        ControlException shortOne = request(
                ZoneKind.LGWAN,
                ZoneKind.INTERNET,
                TestClock.today(),
                TestClock.today().plusDays(60));
        assertThat(CommitteeTestData.as(data.chair, () -> exceptions.committeeReasons(shortOne)))
                .isEmpty();
        ControlException longOne = request(
                ZoneKind.LGWAN,
                ZoneKind.INTERNET,
                TestClock.today(),
                TestClock.today().plusDays(365));
        String key = Exceptions.MATTER_KIND + ":" + longOne.id();
        assertThat(CommitteeTestData.as(data.secretary, () -> decisions.awaitingMatters()))
                .extracting(Matter::key)
                .contains(key)
                .doesNotContain(Exceptions.MATTER_KIND + ":" + shortOne.id());

        // without a decision: refused before the code is spent, in Japanese, naming why
        assertThat(approve(longOne, null, -1))
                .singleElement()
                .asString()
                .contains("情報セキュリティ委員会の議決が必要です")
                .contains("366 日");
        assertThat(state(longOne)).isEqualTo("REQUESTED");
        Decision rejected = written("例外措置の承認（否決）", key, Vote.AGAINST, -1);
        assertThat(approve(longOne, rejected.id(), -1))
                .singleElement()
                .asString()
                .contains("否決");

        Decision carried = written("例外措置の承認", key, Vote.FOR, 0);
        assertThat(CommitteeTestData.as(data.chair, () -> exceptions.usableDecisions(longOne)))
                .extracting(Decision::id)
                .containsExactly(carried.id());
        assertThat(approve(longOne, carried.id(), -1)).isEmpty();
        ControlException approved = CommitteeTestData.as(data.chair, () -> exceptions.get(longOne.reference()));
        assertThat(approved.state()).isEqualTo(ExceptionState.APPROVED);
        assertThat(approved.decisionId()).isEqualTo(carried.id());
        assertThat(CommitteeTestData.as(data.secretary, () -> decisions.approvals(carried.id())))
                .extracting(DecisionApproval::matter)
                .extracting(Matter::path)
                .containsExactly("/exceptions/" + longOne.reference());
        assertThat(jdbc.sql(
                                "select details from audit_entry where action = 'control.exception.approved' and subject_id = :r")
                        .param("r", longOne.reference())
                        .query(String.class)
                        .single())
                .contains(carried.number());

        // below the threshold the CISO decides alone
        assertThat(approve(shortOne, null, 0)).isEmpty();
        assertThat(state(shortOne)).isEqualTo("APPROVED");

        // the exception's page links to the decision, the decision's page to the exception
        String page = mvc.perform(get("/exceptions/" + longOne.reference())
                        .with(TestUsers.as(data.chair))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/committee/decisions/" + carried.id()).contains(carried.number());
        String decisionPage = mvc.perform(get("/committee/decisions/" + carried.id())
                        .with(TestUsers.as(data.secretary))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(decisionPage).contains("/exceptions/" + longOne.reference());
    }

    @Test
    void a_path_into_the_my_number_layer_needs_the_committee_whatever_its_length() {
        ControlException e = request(
                ZoneKind.MY_NUMBER,
                ZoneKind.LGWAN,
                TestClock.today(),
                TestClock.today().plusDays(7));
        assertThat(approve(e, null, 1))
                .singleElement()
                .asString()
                .contains("マイナンバー利用事務系")
                .contains("情報セキュリティ委員会の議決が必要です");
        assertThat(state(e)).isEqualTo("REQUESTED");
    }
}
