package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import jp.mamori.notification.Reminders;
import jp.mamori.shared.Role;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The overdue reminder of a corrective action travels end to end: reminder → notification outbox →
 * SMTP (a real in-process GreenMail server) → one mail in the mailbox of the unit's 情報セキュリティ管理者
 * and of its 情報セキュリティ責任者, none for an action still in time or for a stranger.
 */
class CorrectiveActionMailTests extends MailTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    CorrectiveActionReminder reminder;

    @Autowired
    ApplicationContext context;

    int deliverOutbox() {
        Integer sent = ReflectionTestUtils.invokeMethod(context.getBean("mailOutbox"), "deliver");
        return sent == null ? 0 : sent;
    }

    String mail(long person) {
        return jdbc.sql("select email from org_person where id = :p")
                .param("p", person)
                .query(String.class)
                .single();
    }

    long action(long unit, String title, java.time.LocalDate due) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_action (unit_id, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, '2.1.1', :t, '', :d, 'OPEN', :at)
                        """)
                .param("u", unit)
                .param("t", title)
                .param("d", due)
                .param("at", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    @Test
    void an_overdue_action_is_mailed_to_the_units_manager_and_officer() throws Exception {
        AuditFixtures fx = new AuditFixtures(jdbc);
        long department = fx.unit("催促部", null);
        long section = fx.unit(AuditFixtures.unique("催促課"), department);
        long manager = fx.person("管理　花子", section);
        fx.grant(manager, Role.SECURITY_MANAGER, section);
        long officer = fx.person("責任　太郎", department);
        fx.grant(officer, Role.SECURITY_OFFICER, department);
        long stranger = fx.person("無関係　次郎", department);
        long overdue = action(section, "台帳の未作成", TestClock.today().minusDays(3));
        long inTime = action(section, "教育の未実施", TestClock.today().plusDays(3));
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        assertThat(reminders.runDue(reminder, TestClock.today())).isPositive();
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(2);

        List<MimeMessage> received = Arrays.asList(MAIL.getReceivedMessages());
        for (long person : List.of(manager, officer)) {
            List<MimeMessage> mine = received.stream()
                    .filter(m -> recipient(m).equals(mail(person)))
                    .toList();
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).getSubject()).contains("改善措置 CA-" + overdue, "期限が過ぎています");
            assertThat(String.valueOf(mine.get(0).getContent()))
                    .contains("台帳の未作成", "/corrective-actions/" + overdue)
                    .doesNotContain("教育の未実施");
        }
        assertThat(received).noneMatch(m -> recipient(m).equals(mail(stranger)));
        assertThat(received).noneMatch(m -> subject(m).contains("CA-" + inTime + " "));

        // the same day again: nobody is mailed twice
        MAIL.purgeEmailFromAllMailboxes();
        reminders.runDue(reminder, TestClock.today());
        deliverOutbox();
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(CorrectiveActionMailTests::subject))
                .noneMatch(s -> s.contains("CA-" + overdue + " "));
    }
}
