package jp.mamori.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.springframework.context.ApplicationContext;

/**
 * Plans and courses for tests, made through the module's own services. The test database is shared
 * by every test class of the JVM and a year has one plan: {@link #approvedPlan()} uses the current
 * year's plan, creating and approving it when needed.
 */
public final class TrainingTestData {
    /** A CISO without a person, body-wide. */
    public static final CurrentUser CISO =
            new CurrentUser("trn-ciso", null, "研修 CISO", false, List.of(new RoleGrant(Role.CISO, null)));

    private final Courses courses;

    public TrainingTestData(ApplicationContext context) {
        this.courses = context.getBean(Courses.class);
    }

    public static int year() {
        return Wareki.fiscalYearOf(TestClock.today());
    }

    /** The last day of the current fiscal year: a due date every test day can use. */
    public static LocalDate yearEnd() {
        return LocalDate.of(year() + 1, 3, 31);
    }

    /** The current year's plan, approved. */
    public long approvedPlan() {
        AtomicLong id = new AtomicLong();
        TestUsers.runAs(CISO, () -> {
            TrainingPlan plan = courses.planOf(year()).orElse(null);
            if (plan == null) {
                long created = courses.createPlan(year(), "試験用 教育・訓練計画", "");
                plan = courses.planOf(year()).orElseThrow();
                if (plan.id() != created) {
                    throw new IllegalStateException("another plan");
                }
            }
            if (!plan.approved()) {
                courses.approvePlan(plan.id(), null);
            }
            id.set(plan.id());
        });
        return id.get();
    }

    /** A published e-learning course for the units, with a two-question test (pass mark 50). */
    public long eLearningFor(String title, Set<Long> unitIds) {
        long plan = approvedPlan();
        AtomicLong id = new AtomicLong();
        TestUsers.runAs(CISO, () -> {
            long course = courses.createCourse(
                    plan,
                    new Courses.CourseDraft(
                            title,
                            CourseKind.E_LEARNING,
                            "",
                            yearEnd(),
                            30,
                            new Audience(false, false, Set.of(), unitIds, Set.of()),
                            50));
            courses.setMarkdown(course, "## 標的型メールに注意\n\n不審なメールの添付ファイルは開かない。");
            courses.setTest(course, QUESTIONS, 50);
            courses.publish(course);
            id.set(course);
        });
        return id.get();
    }

    /** A published course of the kind (sessions or drill results) for the units. */
    public long courseFor(String title, CourseKind kind, Set<Long> unitIds) {
        long plan = approvedPlan();
        AtomicLong id = new AtomicLong();
        TestUsers.runAs(CISO, () -> {
            long course = courses.createCourse(
                    plan,
                    new Courses.CourseDraft(
                            title,
                            kind,
                            "",
                            yearEnd(),
                            30,
                            new Audience(false, false, Set.of(), unitIds, Set.of()),
                            null));
            courses.publish(course);
            id.set(course);
        });
        return id.get();
    }

    /** The test of {@link #eLearningFor}: the right answers are the second choice, then the first. */
    public static final String QUESTIONS = """
            不審なメールの添付ファイルはどうしますか。
            - すぐに開いて確かめる
            * 開かずに情報セキュリティ管理者へ報告する

            パスワードを他人に教えてよいですか。
            * 教えてはいけない
            - 上司になら教えてよい
            """;
}
