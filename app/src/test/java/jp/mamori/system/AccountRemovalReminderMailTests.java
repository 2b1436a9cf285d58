package jp.mamori.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import jp.mamori.notification.Reminders;
import jp.mamori.shared.Role;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The reminder of accounts to be removed reaches the system's 管理者 by mail, one a day per system,
 * listing the leaver's account, and stops once the removal is confirmed.
 */
class AccountRemovalReminderMailTests extends MailTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    AccountRemovalReminder reminder;

    @Autowired
    SystemAccounts accounts;

    @Autowired
    SystemFindingReminder findingReminder;

    @Autowired
    ApplicationContext context;

    int deliverOutbox() {
        Integer sent = ReflectionTestUtils.invokeMethod(context.getBean("mailOutbox"), "deliver");
        return sent == null ? 0 : sent;
    }

    String email(long person) {
        return jdbc.sql("select email from org_person where id = :id")
                .param("id", person)
                .query(String.class)
                .single();
    }

    List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void the_administrator_is_reminded_by_mail_until_the_removal_is_confirmed() throws Exception {
        SystemFixtures fx = new SystemFixtures(jdbc);
        long unit = fx.unit("催促情報課", null);
        long admin = fx.person(unit, "管理 催促", null);
        fx.grant(admin, Role.SYSTEM_ADMINISTRATOR, unit);
        long leaver = fx.person(unit, "離任　催促", TestClock.today().minusMonths(2));
        String asset = fx.asset(unit, "税務システム", "NETWORK_SYSTEM_MEDIA", "LGWAN", 2, false);
        long systemId = fx.system(asset, SystemZone.LGWAN, admin);
        String accountName = SystemFixtures.unique("zei");
        var accountKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sys_account (system_id, account_name, kind, person_id, person_unit_id, valid_from,
                            requested_by, requested_at, approved_by, approved_at)
                        values (:s, :n, 'NORMAL', :p, :u, :from, 'test', :t, 'test', :t)
                        """)
                .param("s", systemId)
                .param("n", accountName)
                .param("p", leaver)
                .param("u", unit)
                .param("from", TestClock.today().minusYears(3))
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update(accountKey, "id");
        long accountId = accountKey.getKeyAs(Long.class);
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        reminders.runDue(reminder, TestClock.today());
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mails = to(email(admin));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【ID管理】" + asset + " のアカウント 1 件の削除が確認されていません");
        assertThat(String.valueOf(mails.get(0).getContent()))
                .contains(accountName, "離任　催促", "離任者", "/systems/accounts/removals");
        // the same day is claimed once
        reminders.runDue(reminder, TestClock.today());
        deliverOutbox();
        assertThat(to(email(admin))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'system.account-removal-reminded'"
                                + " and subject_id = :a")
                        .param("a", asset)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        // the next day it comes again, until the removal is confirmed
        reminders.runDue(reminder, TestClock.today().plusDays(1));
        deliverOutbox();
        assertThat(to(email(admin))).hasSize(2);
        TestUsers.runAs(
                SystemFixtures.user(admin, new jp.mamori.shared.RoleGrant(Role.SYSTEM_ADMINISTRATOR, unit)),
                () -> accounts.confirmRemoval(systemId, accountId));
        reminders.runDue(reminder, TestClock.today().plusDays(2));
        deliverOutbox();
        assertThat(to(email(admin))).hasSize(2);
    }

    @Test
    void a_system_without_an_administrator_is_told_to_the_units_security_manager() throws Exception {
        SystemFixtures fx = new SystemFixtures(jdbc);
        long unit = fx.unit("指摘通知課", null);
        long manager = fx.person(unit, "課長 指摘", null);
        fx.grant(manager, Role.SECURITY_MANAGER, unit);
        String asset = fx.asset(unit, "文書管理システム", "NETWORK_SYSTEM_MEDIA", "LGWAN", 2, false);
        jdbc.sql("""
                        insert into sys_system (asset_number, purpose, zone, cloud_service, contractor, backup,
                            created_at, created_by, updated_at, updated_by)
                        values (:a, '', 'LGWAN', false, '', '', :t, 'test', :t, 'test')
                        """)
                .param("a", asset)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        reminders.runDue(findingReminder, TestClock.today());
        deliverOutbox();
        List<MimeMessage> mails = to(email(manager));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【情報システム台帳】" + asset + " に方針に合わない点が 1 件あります");
        assertThat(String.valueOf(mails.get(0).getContent())).contains("情報システム管理者がいない");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'system.findings-reminded' and subject_id = :a")
                        .param("a", asset)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
