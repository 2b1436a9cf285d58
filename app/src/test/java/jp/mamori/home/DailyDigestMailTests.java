package jp.mamori.home;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.Directory;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.organization.OrganizationTestData.PersonSpec;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.training.TrainingTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The daily digest end to end: the person's work list → the digest round (the notification module
 * claims each person's day) → the outbox → SMTP (GreenMail) → one mail a day with the list in
 * Japanese and full links; none for a person who opted out or has nothing waiting.
 *
 * <p>The round is run on this test's people only (the database is shared by every test class, and
 * a round over everyone would mail their people too): the same reminder, with {@code due} narrowed.
 */
class DailyDigestMailTests extends MailTestSupport {
    @Autowired
    ApplicationContext context;

    @Autowired
    Reminders reminders;

    @Autowired
    DailyDigest digest;

    @Autowired
    DigestChoices choices;

    @Autowired
    Directory directory;

    int deliverOutbox() {
        Integer sent = ReflectionTestUtils.invokeMethod(context.getBean("mailOutbox"), "deliver");
        return sent == null ? 0 : sent;
    }

    /** The digest reminder, its round narrowed to these people. */
    Reminder<DailyDigest.Digest> among(List<Long> people) {
        return new Reminder<>() {
            @Override
            public String name() {
                return digest.name();
            }

            @Override
            public String cron() {
                return "-";
            }

            @Override
            public List<DailyDigest.Digest> due(LocalDate day) {
                List<PersonSummary> summaries = people.stream()
                        .map(id -> directory.person(id).orElseThrow())
                        .toList();
                return digest.dueAmong(day, summaries);
            }

            @Override
            public String key(DailyDigest.Digest subject) {
                return digest.key(subject);
            }

            @Override
            public List<Long> recipients(DailyDigest.Digest subject) {
                return digest.recipients(subject);
            }

            @Override
            public Notice notice(DailyDigest.Digest subject, long personId) {
                return digest.notice(subject, personId);
            }
        };
    }

    @Test
    void a_person_with_work_gets_one_digest_a_day_and_one_who_opted_out_gets_none() throws Exception {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("ダイジェスト課", null);
        String busyMail = OrganizationTestData.unique("busy") + "@kakuu-kyosai.example.jp";
        String optedMail = OrganizationTestData.unique("opted") + "@kakuu-kyosai.example.jp";
        long busy = org.person(new PersonSpec("多忙 一郎", unit).email(busyMail));
        long opted = org.person(new PersonSpec("停止 花子", unit).email(optedMail));
        String course = OrganizationTestData.unique("ダイジェスト研修");
        new TrainingTestData(context).eLearningFor(course, Set.of(unit));
        TestUsers.runAs(
                new CurrentUser("digest-" + opted, opted, "停止 花子", false, List.of(new RoleGrant(Role.STAFF, unit))),
                () -> choices.setMine(false));
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();
        LocalDate today = TestClock.today();

        assertThat(digest.dueAmong(today, List.of(directory.person(opted).orElseThrow())))
                .isEmpty();
        Reminder<DailyDigest.Digest> round = among(List.of(busy, opted));
        assertThat(reminders.runDue(round, today)).isGreaterThanOrEqualTo(1);
        assertThat(reminders.runDue(round, today)).as("the day is claimed once").isZero();
        deliverOutbox();

        List<MimeMessage> toBusy = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals(busyMail))
                .toList();
        assertThat(toBusy).hasSize(1);
        assertThat(subject(toBusy.get(0))).startsWith("【本日のやること】" + Wareki.japanese(today) + "　全");
        assertThat(body(toBusy.get(0)))
                .contains("研修の受講：" + course)
                .contains("期限：" + Wareki.japanese(TrainingTestData.yearEnd()))
                .contains("https://mamori.kakuu-kyosai.example.jp/training/mine")
                .contains("毎朝のメール（本日のやること）の設定");
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(DailyDigestMailTests::recipient))
                .doesNotContain(optedMail);

        // the next day is a day of its own
        MAIL.purgeEmailFromAllMailboxes();
        assertThat(reminders.runDue(round, today.plusDays(1))).isGreaterThanOrEqualTo(1);
        deliverOutbox();
        assertThat(Arrays.stream(MAIL.getReceivedMessages())
                        .filter(m -> recipient(m).equals(busyMail)))
                .hasSize(1);
    }
}
