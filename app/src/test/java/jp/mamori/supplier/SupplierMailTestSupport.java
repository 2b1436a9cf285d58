package jp.mamori.supplier;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What the supplier module's mail tests share ({@link CheckMailTests}, {@link SupplierReminderMailTests}):
 * a unit with an official in charge who has a mail address and a manager of the unit, a contractor
 * with its contracts registered as that manager, the outbox delivered on demand, and the mails that
 * reached an address (on the one GreenMail server of {@link MailTestSupport}).
 */
abstract class SupplierMailTestSupport extends MailTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Contractors contractors;

    @Autowired
    SupplierReminder reminder;

    @Autowired
    Reminders reminders;

    @Autowired
    ApplicationContext context;

    /** A unit, its official in charge (with a mail address) and a 情報セキュリティ管理者 of it. */
    record Office(OrganizationTestData org, long unit, long official, String officialAddress, CurrentUser manager) {
        String officialStaffNumber() {
            return org.staffNumber(official);
        }
    }

    Office office(String unitName, String officialName) {
        OrganizationTestData org = OrganizationTestData.of(jdbc);
        long unit = org.unit(unitName, null);
        String address = OrganizationTestData.unique("tanto") + "@kakuu-kyosai.example.jp";
        long official = org.person(new OrganizationTestData.PersonSpec(officialName, unit).email(address));
        CurrentUser manager = TestUsers.user(
                OrganizationTestData.unique("mgr"),
                new RoleGrant(Role.STAFF, unit),
                new RoleGrant(Role.SECURITY_MANAGER, unit));
        return new Office(org, unit, official, address, manager);
    }

    /** The contractor and its contracts, registered as the office's manager: the ids, contractor first. */
    long[] register(Office office, ContractorDraft contractor, ContractDraft... contracts) {
        long[] ids = new long[contracts.length + 1];
        TestUsers.runAs(office.manager(), () -> {
            ids[0] = this.contractors.register(contractor).id();
            for (int i = 0; i < contracts.length; i++) {
                ids[i + 1] =
                        this.contractors.registerContract(ids[0], contracts[i]).id();
            }
        });
        return ids;
    }

    /** Sends what waits in the outbox now (the schedule is slowed to an hour in mail tests). */
    int deliverOutbox() {
        Integer sent = ReflectionTestUtils.invokeMethod(context.getBean("mailOutbox"), "deliver");
        return sent == null ? 0 : sent;
    }

    /** The mails the server received for the address, in order. */
    static List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals(address))
                .toList();
    }
}
