package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.mamori.notification.Reminders;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.MailTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The deadline reminder end to end (issue 11 point 2): an incident whose 速報 is due → the daily round
 * → the outbox → SMTP (an in-process GreenMail server) → one mail per person and day to the CSIRT,
 * 統括 and CISO two days before, one day before, on the day and every day overdue; none once the
 * submission is recorded.
 */
class IncidentDeadlineReminderMailTests extends MailTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    ReportSubmissions submissions;

    @Autowired
    IncidentDeadlineReminder reminder;

    @Autowired
    Reminders reminders;

    @Autowired
    ApplicationContext context;

    IncidentWorld.Person staff;
    IncidentWorld.Person ciso;
    IncidentWorld.Person chief;
    IncidentWorld.Person csirt;
    IncidentWorld.Person manager;

    @BeforeEach
    void organisation() {
        var world = new IncidentWorld(jdbc);
        long top = world.unit("督促局", null);
        long section = world.unit("督促課", top);
        staff = world.person("督促 報告者", section);
        manager = world.person("督促 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        ciso = world.person("督促 最高責任者", top, new RoleGrant(Role.CISO, null));
        chief = world.person("督促 統括", top, new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
        csirt = world.person("督促 CSIRT", top, new RoleGrant(Role.CSIRT, null));
    }

    int deliverOutbox() {
        Integer sent = ReflectionTestUtils.invokeMethod(context.getBean("mailOutbox"), "deliver");
        return sent == null ? 0 : sent;
    }

    /** The mails about this incident, per recipient address. */
    List<MimeMessage> mailsAbout(String reference, IncidentWorld.Person to) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).contains(reference))
                .filter(m -> recipient(m).startsWith(to.user().login() + "@"))
                .toList();
    }

    long audited(IncidentId id) {
        return jdbc.sql("select count(*) from audit_entry where action = 'incident.deadline-reminded'"
                        + " and subject_id = :id")
                .param("id", id.value().toString())
                .query(Long.class)
                .single();
    }

    @Test
    void the_ciso_chief_and_csirt_are_reminded_each_day_until_the_submission_is_recorded() throws Exception {
        StoredIncident stored = IncidentServiceTests.as(
                staff.user(), () -> incidents.report(IncidentWorld.report("督促の試験", IncidentWorld.SENSITIVE)));
        IncidentId id = stored.incident().id();
        String reference = stored.reference();
        LocalDate dueOn = incidents.decision(stored.incident()).deadlines().preliminaryReport();
        deliverOutbox(); // the escalation notices of the report
        MAIL.purgeEmailFromAllMailboxes();

        // two days before: one mail each, the same day twice is one round
        LocalDate day = dueOn.minusDays(2);
        reminders.runDue(reminder, day);
        reminders.runDue(reminder, day);
        deliverOutbox();
        for (IncidentWorld.Person person : List.of(ciso, chief, csirt)) {
            List<MimeMessage> mails = mailsAbout(reference, person);
            assertThat(mails).hasSize(1);
            assertThat(subject(mails.get(0))).isEqualTo("【報告期限】インシデント " + reference + " の速報：期限まであと2日です");
            assertThat(String.valueOf(mails.get(0).getContent()))
                    .contains("督促の試験")
                    .contains("速報の期限：" + Wareki.japanese(dueOn))
                    .contains("/incidents/" + id);
        }
        assertThat(mailsAbout(reference, staff)).isEmpty();
        assertThat(mailsAbout(reference, manager)).isEmpty();

        // overdue: every day
        MAIL.purgeEmailFromAllMailboxes();
        reminders.runDue(reminder, dueOn.plusDays(1));
        deliverOutbox();
        assertThat(mailsAbout(reference, ciso))
                .singleElement()
                .satisfies(m -> assertThat(subject(m)).endsWith("の速報：期限を1日過ぎています"));
        assertThat(audited(id)).isEqualTo(2);

        // recorded as submitted: the reminder stops
        IncidentWorld.preliminarySent(submissions, manager, id);
        MAIL.purgeEmailFromAllMailboxes();
        reminders.runDue(reminder, dueOn.plusDays(2));
        deliverOutbox();
        assertThat(mailsAbout(reference, ciso)).isEmpty();
        assertThat(audited(id)).isEqualTo(2);
    }

    @Test
    void a_report_is_due_for_a_reminder_from_two_days_before_its_date_and_every_day_after() {
        StoredIncident stored = IncidentServiceTests.as(
                staff.user(), () -> incidents.report(IncidentWorld.report("督促の日", IncidentWorld.SENSITIVE)));
        ReportDeadlines deadlines = incidents.decision(stored.incident()).deadlines();
        record Case(LocalDate day, boolean preliminary, boolean fin) {}
        LocalDate p = deadlines.preliminaryReport();
        LocalDate f = deadlines.finalReport();
        for (Case c : List.of(
                new Case(p.minusDays(3), false, false),
                new Case(p.minusDays(2), true, false),
                new Case(p.minusDays(1), true, false),
                new Case(p, true, false),
                new Case(p.plusDays(1), true, false),
                new Case(f.minusDays(3), true, false),
                new Case(f.minusDays(2), true, true),
                new Case(f, true, true),
                new Case(f.plusDays(10), true, true))) {
            List<IncidentDeadlineReminder.Due> due = reminder.due(c.day()).stream()
                    .filter(d -> d.id().equals(stored.incident().id()))
                    .toList();
            assertThat(due.stream().anyMatch(d -> d.kind() == ReportSubmission.Kind.PRELIMINARY))
                    .as("速報 on %s", c.day())
                    .isEqualTo(c.preliminary());
            assertThat(due.stream().anyMatch(d -> d.kind() == ReportSubmission.Kind.FINAL))
                    .as("確報 on %s", c.day())
                    .isEqualTo(c.fin());
        }
    }
}
