package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The training module's part of the work list (TrainingTasks) through {@code GET /api/v1/me/tasks}:
 * a course a person owes is on their list with its due date, not on the list of someone outside its
 * audience, and leaves the list once they pass its test.
 */
@MamoriSpringTest
class TrainingTasksTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ELearning learning;

    @Autowired
    Courses courses;

    @Test
    void an_owed_course_is_on_the_list_until_the_test_is_passed() {
        OrganizationTestData org = new OrganizationTestData(context);
        TrainingTestData data = new TrainingTestData(context);
        long unit = org.unit("やること研修課", null);
        long elsewhere = org.unit("やること研修外課", null);
        long person = org.person("研修 一郎", unit);
        long outsider = org.person("研修 外部", elsewhere);
        CurrentUser staff =
                new CurrentUser("yr-trn-" + person, person, "研修 一郎", false, List.of(new RoleGrant(Role.STAFF, unit)));
        CurrentUser other = new CurrentUser(
                "yr-trn-" + outsider, outsider, "研修 外部", false, List.of(new RoleGrant(Role.STAFF, elsewhere)));
        String title = OrganizationTestData.unique("やること標的型メール研修");
        long course = data.eLearningFor(title, Set.of(unit));
        jdbc.sql("update trn_course set due_date = :d where id = :c")
                .param("d", TestClock.today().plusDays(3))
                .param("c", course)
                .update();

        assertThat(MyTasks.of(mvc, staff).about("training.course", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("研修の受講");
                    assertThat(item.dueOn())
                            .isEqualTo(TestClock.today().plusDays(3).toString());
                    assertThat(item.daysLeft()).isEqualTo(3);
                    assertThat(item.urgency()).isEqualTo("DUE_SOON");
                    assertThat(item.link()).isEqualTo("/training/mine");
                });
        assertThat(MyTasks.of(mvc, other).about("training.course", title)).isEmpty();

        TestUsers.runAs(staff, () -> {
            var questions = learning.lesson(course).questions();
            assertThat(learning.take(
                                    course,
                                    Map.of(
                                            questions.get(0).id(),
                                            1,
                                            questions.get(1).id(),
                                            0))
                            .passed())
                    .isTrue();
        });

        assertThat(MyTasks.of(mvc, staff).about("training.course", title)).isEmpty();
    }

    @Test
    void a_plan_waiting_for_the_cisos_approval_is_on_the_cisos_list_until_approved() {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("やること計画課", null);
        long person = org.person("計画 CISO", unit);
        CurrentUser ciso = new CurrentUser(
                "yr-trn-ciso-" + person,
                person,
                "計画 CISO",
                false,
                List.of(new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.CISO, null)));
        CurrentUser staff = new CurrentUser(
                "yr-trn-st-" + person, person, "計画 職員", false, List.of(new RoleGrant(Role.STAFF, unit)));
        // a year no other test plans for: the list shows plans of this and later years
        int year = TrainingTestData.year() + 7;
        String title = OrganizationTestData.unique("やること教育・訓練計画");
        jdbc.sql("""
                        insert into trn_plan (fiscal_year, title, summary, state, approval_by, created_by, created_at)
                        values (:y, :t, '', 'DRAFT', 'CISO', 'test', :now)
                        """)
                .param("y", year)
                .param("t", title)
                .param("now", TestClock.now())
                .update();
        try {
            assertThat(MyTasks.of(mvc, ciso).about("training.plan-approval", title))
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.label()).isEqualTo("教育・訓練計画の承認");
                        assertThat(item.dueOn()).isEqualTo(year + "-04-01");
                        assertThat(item.link()).isEqualTo("/training?year=" + year);
                    });
            assertThat(MyTasks.of(mvc, staff).about("training.plan-approval", title))
                    .isEmpty();

            long id = jdbc.sql("select id from trn_plan where fiscal_year = :y")
                    .param("y", year)
                    .query(Long.class)
                    .single();
            TestUsers.runAs(TrainingTestData.CISO, () -> courses.approvePlan(id, null));

            assertThat(MyTasks.of(mvc, ciso).about("training.plan-approval", title))
                    .isEmpty();
        } finally {
            jdbc.sql("delete from trn_plan where fiscal_year = :y")
                    .param("y", year)
                    .update();
        }
    }
}
