package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.organization.OrganizationTestData.PersonSpec;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The training reminder end to end: a course still owed → the reminder round → the notification
 * outbox → SMTP (a real in-process GreenMail server) → a mail with the Japanese subject, only to the
 * person who has not completed, once a day.
 */
class TrainingReminderMailTests extends MailTestSupport {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    TrainingReminder reminder;

    @Autowired
    ELearning learning;

    @Autowired
    Courses courses;

    int deliverOutbox() {
        Object outbox = context.getBean("mailOutbox");
        Integer sent = ReflectionTestUtils.invokeMethod(outbox, "deliver");
        return sent == null ? 0 : sent;
    }

    @Test
    void a_person_who_still_owes_a_course_due_soon_gets_one_mail_a_day_and_one_who_passed_gets_none() throws Exception {
        OrganizationTestData org = new OrganizationTestData(context);
        TrainingTestData data = new TrainingTestData(context);
        long unit = org.unit("催促研修課", null);
        String owingMail = OrganizationTestData.unique("owing") + "@kakuu-kyosai.example.jp";
        String doneMail = OrganizationTestData.unique("done") + "@kakuu-kyosai.example.jp";
        long owing = org.person(new PersonSpec("未受講 一郎", unit).email(owingMail));
        long done = org.person(new PersonSpec("受講済 花子", unit).email(doneMail));
        String title = OrganizationTestData.unique("情報セキュリティ研修");
        long course = data.eLearningFor(title, Set.of(unit));
        // due within the reminder's seven days: the test's today plus three days, whatever day it is
        jdbc.sql("update trn_course set due_date = :d where id = :c")
                .param("d", TestClock.today().plusDays(3))
                .param("c", course)
                .update();
        CurrentUser passer =
                new CurrentUser("trn-mail-" + done, done, "受講済 花子", false, List.of(new RoleGrant(Role.STAFF, unit)));
        TestUsers.runAs(passer, () -> {
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
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        assertThat(reminder.due(TestClock.today()))
                .anyMatch(o -> o.courseId() == course && o.member().personId() == owing)
                .noneMatch(o -> o.courseId() == course && o.member().personId() == done);
        assertThat(reminders.runDue(reminder, TestClock.today())).isPositive();
        reminders.runDue(reminder, TestClock.today());
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(1);

        List<MimeMessage> toOwing = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals(owingMail))
                .toList();
        assertThat(toOwing).hasSize(1);
        assertThat(subject(toOwing.get(0))).isEqualTo("研修「" + title + "」の受講期限が近づいています");
        assertThat(body(toOwing.get(0))).contains(title, "/training/mine");
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(TrainingReminderMailTests::recipient))
                .doesNotContain(doneMail);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'training-course.reminded' and subject_id = :c")
                        .param("c", Long.toString(course))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
