package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.organization.OrganizationTestData.PersonSpec;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The training module through its services: the plan's approval, a course's audience (units,
 * categories, new hires, leavers, late joiners), the test and its pass mark, completion rates, and
 * who may see and do what.
 */
@MamoriSpringTest
class TrainingTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    Courses courses;

    @Autowired
    ELearning learning;

    @Autowired
    Completions completions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    OrganizationTestData org;
    TrainingTestData data;

    @BeforeEach
    void setUp() {
        org = new OrganizationTestData(context);
        data = new TrainingTestData(context);
    }

    static CurrentUser staff(long personId, long unitId) {
        return new CurrentUser(
                "trn-staff-" + personId, personId, "職員", false, List.of(new RoleGrant(Role.STAFF, unitId)));
    }

    Completions.Overview overview(long course) {
        Completions.Overview[] out = new Completions.Overview[1];
        TestUsers.runAs(TrainingTestData.CISO, () -> out[0] = completions.overview(TrainingTestData.year(), course));
        return out[0];
    }

    static Rate unitRate(Completions.Overview overview, long unit) {
        return overview.units().stream().filter(r -> r.id() == unit).findFirst().orElseThrow();
    }

    Map<Long, Integer> answers(long course, int first, int second) {
        List<List<TestQuestion>> holder = new java.util.ArrayList<>();
        TestUsers.runAs(TrainingTestData.CISO, () -> holder.add(courses.questions(course)));
        List<TestQuestion> questions = holder.get(0);
        return Map.of(questions.get(0).id(), first, questions.get(1).id(), second);
    }

    @Test
    void passing_the_test_completes_the_course_and_raises_the_units_rate() {
        long unit = org.unit("研修確認課", null);
        long first = org.person("研修 一郎", unit);
        long second = org.person("研修 二郎", unit);
        long course = data.eLearningFor(OrganizationTestData.unique("情報セキュリティ基礎"), Set.of(unit));

        Rate before = unitRate(overview(course), unit);
        assertThat(before.people()).isEqualTo(2);
        assertThat(before.completed()).isZero();
        assertThat(before.percent()).isZero();

        // a wrong answer: 50 points is the pass mark, one of two right passes; none right fails
        ELearning.Result[] result = new ELearning.Result[1];
        TestUsers.runAs(
                staff(first, unit),
                () -> assertThat(learning.lesson(course).questions()).hasSize(2));
        assertThatThrownBy(() -> TestUsers.runAs(staff(first, unit), () -> learning.take(course, Map.of())))
                .isInstanceOf(InvalidInputException.class);
        TestUsers.runAs(staff(first, unit), () -> result[0] = learning.take(course, answers(course, 0, 1)));
        assertThat(result[0].passed()).isFalse();
        assertThat(result[0].score()).isZero();
        assertThat(unitRate(overview(course), unit).completed()).isZero();

        TestUsers.runAs(staff(first, unit), () -> result[0] = learning.take(course, answers(course, 1, 0)));
        assertThat(result[0].passed()).isTrue();
        assertThat(result[0].score()).isEqualTo(100);
        assertThat(result[0].newlyCompleted()).isTrue();

        Completions.Overview after = overview(course);
        assertThat(unitRate(after, unit).percent()).isEqualTo(50);
        assertThat(after.missing()).extracting(o -> o.member().personId()).containsExactly(second);

        // what each still owes: the first person nothing, the second this course
        TestUsers.runAs(
                staff(first, unit), () -> assertThat(completions.owedBy(first)).noneMatch(o -> o.courseId() == course));
        assertThat(completions.owedBy(second)).anyMatch(o -> o.courseId() == course);
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'training-course' and subject_id = :c order by seq")
                        .param("c", Long.toString(course))
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "training-course.created",
                        "training-course.material",
                        "training-course.test",
                        "training-course.published",
                        "training-course.attempted",
                        "training-course.attempted",
                        "training-course.completed");
    }

    @Test
    void leavers_drop_out_late_joiners_are_due_from_their_first_day_and_categories_count() {
        LocalDate today = TestClock.today();
        long unit = org.unit("研修対象課", null);
        long other = org.unit("研修対象外課", null);
        long stays = org.person("残留 花子", unit);
        long leaver = org.person(new PersonSpec("離任 太郎", unit).inPost(OrganizationTestData.SINCE, today.minusDays(1)));
        long late = org.person(new PersonSpec("着任 次郎", unit).inPost(today, null));
        long fiscal = org.person(new PersonSpec("会計 年度", other).category("会計年度任用職員"));
        long plan = data.approvedPlan();
        long category = jdbc.sql("select id from org_employment_category where name = '会計年度任用職員'")
                .query(Long.class)
                .single();
        long[] course = new long[1];
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            course[0] = courses.createCourse(
                    plan,
                    new Courses.CourseDraft(
                            OrganizationTestData.unique("集合研修"),
                            CourseKind.CLASSROOM,
                            "",
                            TrainingTestData.yearEnd(),
                            365,
                            new Audience(false, false, Set.of(), Set.of(unit), Set.of(category)),
                            null));
            courses.publish(course[0]);
        });
        Completions.Overview overview = overview(course[0]);
        List<Long> people =
                overview.obligations().stream().map(o -> o.member().personId()).toList();
        assertThat(people).contains(stays, late, fiscal).doesNotContain(leaver);
        Obligation lateOne = overview.obligations().stream()
                .filter(o -> o.member().personId() == late)
                .findFirst()
                .orElseThrow();
        assertThat(lateOne.dueDate()).isEqualTo(today.plusDays(365));
        Obligation staysOne = overview.obligations().stream()
                .filter(o -> o.member().personId() == stays)
                .findFirst()
                .orElseThrow();
        assertThat(staysOne.dueDate()).isEqualTo(TrainingTestData.yearEnd());
        assertThat(overview.categories()).anyMatch(r -> r.name().equals("会計年度任用職員") && r.people() >= 1);
    }

    @Test
    void a_new_hire_course_counts_only_people_new_this_year_and_is_due_from_their_first_day() {
        LocalDate today = TestClock.today();
        long unit = org.unit("新規採用課", null);
        long old = org.person("古参 一郎", unit);
        long fresh = org.person(new PersonSpec("新人 二郎", unit).inPost(today, null));
        long plan = data.approvedPlan();
        long[] course = new long[1];
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            course[0] = courses.createCourse(
                    plan,
                    new Courses.CourseDraft(
                            OrganizationTestData.unique("新規採用者研修"),
                            CourseKind.INDUCTION,
                            "",
                            TrainingTestData.yearEnd(),
                            14,
                            new Audience(false, true, Set.of(), Set.of(unit), Set.of()),
                            80));
            courses.setMarkdown(course[0], "# ようこそ");
            courses.setTest(course[0], TrainingTestData.QUESTIONS, 100);
            courses.publish(course[0]);
        });
        List<Obligation> obligations = overview(course[0]).obligations();
        assertThat(obligations)
                .extracting(o -> o.member().personId())
                .containsExactly(fresh)
                .doesNotContain(old);
        assertThat(obligations.get(0).dueDate()).isEqualTo(today.plusDays(14));
    }

    @Test
    void only_the_ciso_approves_and_courses_wait_for_the_approval_and_their_material() {
        CurrentUser deputy =
                new CurrentUser("trn-deputy", null, "副", false, List.of(new RoleGrant(Role.DEPUTY_CISO, null)));
        long plan = data.approvedPlan();
        TestUsers.runAs(
                deputy,
                () -> assertThat(courses.mayApprove(
                                courses.planOf(TrainingTestData.year()).orElseThrow()))
                        .isFalse());
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            assertThat(courses.mayApprove(
                            courses.planOf(TrainingTestData.year()).orElseThrow()))
                    .isTrue();
            assertThatThrownBy(() -> courses.approvePlan(plan, null)).isInstanceOf(InvalidInputException.class);
            long course = courses.createCourse(
                    plan,
                    new Courses.CourseDraft(
                            OrganizationTestData.unique("教材なし"),
                            CourseKind.E_LEARNING,
                            "",
                            TrainingTestData.yearEnd(),
                            30,
                            Audience.everyone(),
                            80));
            assertThatThrownBy(() -> courses.publish(course))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidInputException.Problem::messageKey)
                                    .contains("trn.error.noMaterial", "trn.error.noQuestions"));
            assertThatThrownBy(() -> courses.createCourse(
                            plan,
                            new Courses.CourseDraft(
                                    " ",
                                    null,
                                    "",
                                    LocalDate.of(TrainingTestData.year() + 2, 1, 1),
                                    30,
                                    new Audience(false, false, Set.of(), Set.of(), Set.of()),
                                    80)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidInputException.Problem::field)
                                    .contains("title", "kind", "dueDate", "audience"));
        });
        TestUsers.runAs(
                TestUsers.user("trn-manager", new RoleGrant(Role.SECURITY_MANAGER, 1L)),
                () -> assertThatThrownBy(() -> courses.createPlan(TrainingTestData.year() + 1, "x", ""))
                        .isInstanceOf(NotAllowedException.class));
    }

    @Test
    void the_test_is_written_as_text_and_its_mistakes_are_named_by_question() {
        assertThat(QuestionText.read(TrainingTestData.QUESTIONS))
                .extracting(QuestionText.Draft::correct)
                .containsExactly(1, 0);
        assertThatThrownBy(() -> QuestionText.read("問題一\n- あ\n- い\n\n問題二\n* う\n* え\n\n- お\n* か"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.messageKey() + p.args())
                                .containsExactly(
                                        "trn.error.oneRight[1]",
                                        "trn.error.oneRight[2]",
                                        "trn.error.noQuestionText[3]"));
    }

    @Test
    void a_pdf_must_look_like_one_and_goes_out_as_an_attachment() throws Exception {
        long unit = org.unit("PDF課", null);
        long course = data.eLearningFor(OrganizationTestData.unique("PDF教材"), Set.of(unit));
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            assertThatThrownBy(
                            () -> courses.storePdf(course, "a.pdf", "<html><script>".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("trn.error.notPdf"));
            courses.storePdf(course, "..\\教材.pdf", "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        });
        var response = mvc.perform(
                        get("/training/courses/" + course + "/material.pdf").with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getContentAsByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void staff_see_only_their_own_training_and_the_api_lists_for_readers() throws Exception {
        long unit = org.unit("API課", null);
        long person = org.person("API 花子", unit);
        long course = data.eLearningFor(OrganizationTestData.unique("API研修"), Set.of(unit));
        mvc.perform(get("/training").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/training/completions").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/courses").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/completions").with(TestUsers.staff())).andExpect(status().isForbidden());
        String mine = mvc.perform(get("/training/mine").with(TestUsers.as(staff(person, unit))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("data-course=\"" + course + "\"", "未修了");
        TestUsers.runAs(staff(person, unit), () -> learning.take(course, answers(course, 1, 0)));

        String list = mvc.perform(get("/api/v1/courses").param("size", "200").with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("\"id\":" + course, "\"total\":");
        String one = mvc.perform(get("/api/v1/courses/" + course).with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(one).contains("\"questions\":[", "\"kind\":\"E_LEARNING\"");
        String records = mvc.perform(get("/api/v1/training/completions")
                        .param("course", Long.toString(course))
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(records).contains("\"personId\":" + person, "\"source\":\"TEST\"", "\"total\":1");
        mvc.perform(get("/api/v1/training/completions/" + course + "/" + person).with(TestUsers.auditor()))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/training/completions")
                        .param("course", Long.toString(course))
                        .with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-kind=\"unit\" data-id=\"" + unit + "\"", "100%");
        mvc.perform(get("/training/completions/export").with(TestUsers.ciso())).andExpect(status().isOk());
    }
}
