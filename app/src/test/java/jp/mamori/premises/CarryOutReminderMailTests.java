package jp.mamori.premises;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An overdue return is reminded end to end: approved carry-out → due day passes → the scheduled
 * round of {@link CarryOutReturnReminder} → outbox → SMTP (a real GreenMail server) → a Japanese
 * mail to the requester and to the unit's 情報セキュリティ管理者; a carry-out still in time is not.
 */
class CarryOutReminderMailTests extends MailTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    CarryOuts carryOuts;

    @Autowired
    CarryOutReturnReminder reminder;

    @Autowired
    Reminders reminders;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    int deliverOutbox() {
        Integer sent = ReflectionTestUtils.invokeMethod(context.getBean("mailOutbox"), "deliver");
        return sent == null ? 0 : sent;
    }

    @Test
    void the_requester_and_the_units_manager_get_a_japanese_mail_once_the_return_is_overdue() throws Exception {
        OrganizationTestData org = OrganizationTestData.of(jdbc);
        PremisesFixtures fx = new PremisesFixtures(jdbc);
        long unit = org.unit("催促保険課", null);
        String requesterMail = OrganizationTestData.unique("late") + "@kakuu-kyosai.example.jp";
        String managerMail = OrganizationTestData.unique("boss") + "@kakuu-kyosai.example.jp";
        String onTimeMail = OrganizationTestData.unique("ontime") + "@kakuu-kyosai.example.jp";
        long requester = org.person(new OrganizationTestData.PersonSpec("持出太郎", unit).email(requesterMail));
        long onTime = org.person(new OrganizationTestData.PersonSpec("期限内花子", unit).email(onTimeMail));
        long boss = org.person(new OrganizationTestData.PersonSpec("課長催促", unit).email(managerMail));
        org.grant(boss, Role.SECURITY_MANAGER, unit);
        String laptop = fx.assets.informationAsset("催促用ノートPC", unit, "2");
        CurrentUser manager =
                PremisesFixtures.user(boss, unit, new jp.mamori.shared.RoleGrant(Role.SECURITY_MANAGER, unit));
        LocalDate today = TestClock.today();
        long[] ids = new long[2];
        TestUsers.runAs(
                PremisesFixtures.user(requester, unit),
                () -> ids[0] = carryOuts
                        .request(new CarryOuts.Draft(
                                "ASSET", laptop, "", "説明会", "架空町公民館", "暗号化", today, today.plusDays(1)))
                        .id());
        TestUsers.runAs(
                PremisesFixtures.user(onTime, unit),
                () -> ids[1] = carryOuts
                        .request(new CarryOuts.Draft(
                                "ASSET", laptop, "", "研修", "架空市研修所", "暗号化", today, today.plusDays(30)))
                        .id());
        TestUsers.runAs(manager, () -> {
            carryOuts.approve(ids[0], null, null);
            carryOuts.approve(ids[1], null, null);
        });
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        LocalDate later = today.plusDays(3);
        TestClock.INSTANCE.moveTo(later.atTime(9, 0));
        assertThat(reminder.due(later))
                .extracting(CarryOut::id)
                .contains(ids[0])
                .doesNotContain(ids[1]);
        assertThat(reminders.runDue(reminder, later)).isGreaterThanOrEqualTo(2);
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(2);

        List<MimeMessage> received = Arrays.asList(MAIL.getReceivedMessages());
        MimeMessage toRequester = only(received, requesterMail);
        assertThat(toRequester.getSubject()).isEqualTo("持ち出した " + laptop + " 催促用ノートPC の返却期限が過ぎています");
        assertThat(String.valueOf(toRequester.getContent())).contains("架空町公民館", "/carry-outs/" + ids[0]);
        assertThat(only(received, managerMail).getSubject()).contains(laptop);
        assertThat(received.stream().map(CarryOutReminderMailTests::recipient)).doesNotContain(onTimeMail);
        assertThat(reminders.runDue(reminder, later)).as("once a day").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'carry-out.reminded' and subject_id = :id")
                        .param("id", Long.toString(ids[0]))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    static MimeMessage only(List<MimeMessage> messages, String to) {
        List<MimeMessage> mine =
                messages.stream().filter(m -> recipient(m).equals(to)).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }
}
