package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The policy module's part of the work list (PolicyTasks) through {@code GET /api/v1/me/tasks}: the
 * approval step waiting for its role's holder (and not for the next step's yet), the revision a
 * person still has to confirm (the same as their own 「確認する規程」 list) until they confirm it, and
 * a review due for the owner unit's 情報セキュリティ責任者.
 */
@MamoriSpringTest
@OnDay("2026-11-26")
class PolicyTasksTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Revisions revisions;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    PolicyReviews reviews;

    AcknowledgementFixtures fx;
    long head;
    long general;
    long elsewhere;

    @BeforeEach
    void setUp() {
        fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        head = fx.unit("やること本部", null);
        general = fx.unit("やること総務課", head);
        elsewhere = fx.unit("やること監査室", null);
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(user, () -> result.set(work.get()));
        return result.get();
    }

    CurrentUser holder(String name, long unit, Role role, Long scope) {
        long person = fx.person(name, unit);
        fx.data.role(person, role, scope);
        return AcknowledgementFixtures.staff(person, unit, new RoleGrant(role, scope));
    }

    @Test
    void an_approval_step_is_on_the_list_of_its_roles_holder_and_moves_on_when_given() {
        String title = PolicyTestData.unique("やること対策基準");
        PolicyDocument doc =
                fx.data.document(PolicyTier.STANDARD, null, title, general, Visibility.open(Audience.ALL_STAFF));
        fx.data.approvedRevision(doc.id(), LocalDate.of(2024, 4, 1), "## 1 目的\n\n守る。");
        CurrentUser deputy = TestUsers.user("yr-deputy", new RoleGrant(Role.DEPUTY_CISO, null));
        Revision submitted = as(deputy, () -> {
            Revision draft = revisions.createDraft(
                    doc.id(),
                    new RevisionDraft(
                            "8架共第9号",
                            LocalDate.of(2024, 4, 1),
                            TestClock.today(),
                            TestClock.today().plusDays(5),
                            "やることの試験",
                            "この基準は、決定の日から施行する。",
                            "## 1 目的\n\n情報資産を守る。"));
            return revisions.submit(doc.id(), draft.id());
        });
        List<Role> chain = submitted.approvalChain();
        assertThat(chain).hasSizeGreaterThanOrEqualTo(2);
        CurrentUser first = holder("承認 一番", head, chain.get(0), null);
        CurrentUser second = holder("承認 二番", head, chain.get(1), null);
        CurrentUser staff = AcknowledgementFixtures.staff(fx.person("承認 職員", general), general);

        assertThat(MyTasks.of(mvc, first).about("policy.approval", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("規程の改定の承認");
                    assertThat(item.dueOn()).isEqualTo("2026-12-01");
                    assertThat(item.urgency()).isEqualTo("DUE_SOON");
                    assertThat(item.link()).isEqualTo("/policies/" + doc.id() + "/revisions/" + submitted.id());
                });
        assertThat(MyTasks.of(mvc, second).about("policy.approval", title)).isEmpty();
        assertThat(MyTasks.of(mvc, staff).about("policy.approval", title)).isEmpty();

        as(first, () -> revisions.approve(doc.id(), submitted.id()));

        assertThat(MyTasks.of(mvc, first).about("policy.approval", title)).isEmpty();
        assertThat(MyTasks.of(mvc, second).about("policy.approval", title)).hasSize(1);
    }

    @Test
    void a_revision_to_confirm_is_on_the_list_as_on_the_own_list_until_it_is_confirmed() {
        String title = PolicyTestData.unique("やること手順");
        InForce doc = fx.standard(title);
        long person = fx.person("確認 一郎", general);
        CurrentUser staff = AcknowledgementFixtures.staff(person, general);
        CurrentUser outside = AcknowledgementFixtures.staff(fx.person("確認 外部", elsewhere), elsewhere);
        as(
                AcknowledgementFixtures.CISO,
                () -> acknowledgements.start(
                        doc.document().id(),
                        new CampaignAudience.Units(List.of(general)),
                        LocalDate.of(2026, 11, 29),
                        "やることの確認"));

        MyTasks tasks = MyTasks.of(mvc, staff);
        assertThat(tasks.about("policy.acknowledgement", title)).singleElement().satisfies(item -> {
            assertThat(item.label()).isEqualTo("規程の遵守の確認");
            assertThat(item.dueOn()).isEqualTo("2026-11-29");
            assertThat(item.dueOnWareki()).isEqualTo("令和8年11月29日");
            assertThat(item.daysLeft()).isEqualTo(3);
            assertThat(item.urgency()).isEqualTo("DUE_SOON");
        });
        // the same revisions as the person's own list, other tests' open campaigns included
        List<String> owed = tasks.items().stream()
                .filter(i -> i.kind().equals("policy.acknowledgement"))
                .map(MyTasks.Item::link)
                .sorted()
                .toList();
        List<String> own = as(staff, () -> acknowledgements.toConfirm()).stream()
                .map(t -> "/policies/" + t.document().id() + "/revisions/"
                        + t.revision().id())
                .sorted()
                .toList();
        assertThat(owed).isEqualTo(own);
        assertThat(MyTasks.of(mvc, outside).about("policy.acknowledgement", title))
                .isEmpty();

        as(
                staff,
                () -> acknowledgements.confirm(
                        doc.document().id(), doc.revision().id(), doc.revision().contentHash(), "PAGE"));

        assertThat(MyTasks.of(mvc, staff).about("policy.acknowledgement", title))
                .isEmpty();
    }

    @Test
    void a_review_due_is_on_the_list_of_the_owner_units_security_officer_only() {
        String title = PolicyTestData.unique("やること見直し規程");
        PolicyDocument doc =
                fx.data.document(PolicyTier.PROCEDURE, null, title, general, Visibility.open(Audience.ALL_STAFF));
        fx.data.approvedRevision(doc.id(), LocalDate.of(2024, 4, 1), "## 1 目的\n\n見直す。");
        DueReview due = reviews.dueWithin(TestClock.today(), 30).stream()
                .filter(d -> d.documentId() == doc.id())
                .findFirst()
                .orElseThrow();
        CurrentUser officer = holder("見直し 責任者", head, Role.SECURITY_OFFICER, head);
        CurrentUser other = holder("見直し 他課", elsewhere, Role.SECURITY_OFFICER, elsewhere);

        assertThat(MyTasks.of(mvc, officer).about("policy.review", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.dueOn()).isEqualTo(due.dueOn().toString());
                    assertThat(item.urgency())
                            .isEqualTo(due.dueOn().isBefore(TestClock.today()) ? "OVERDUE" : "DUE_SOON");
                });
        assertThat(MyTasks.of(mvc, other).about("policy.review", title)).isEmpty();
    }
}
