package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The supplier reminder travels end to end: the scheduled round → the notification outbox → SMTP (a
 * real in-process GreenMail server): a certification that expires within the notice period while a
 * contract runs, and a contract that ended without its return/destruction certificate, each reach the
 * official in charge by mail with a Japanese subject; a certificate recorded stops the reminder.
 */
class SupplierReminderMailTests extends SupplierMailTestSupport {
    @Test
    void an_expiring_certification_and_a_missing_certificate_are_mailed_to_the_official_in_charge() throws Exception {
        Office office = office("催促委託課", "担当 委託");
        String address = office.officialAddress();
        CurrentUser manager = office.manager();
        String company = OrganizationTestData.unique("架空催促株式会社");
        long[] ids = register(
                office,
                new ContractorDraft(company, "", "窓口 一郎", "000-0000-0000", "", ""),
                new ContractDraft(
                        "窓口業務委託",
                        "",
                        office.unit(),
                        office.officialStaffNumber(),
                        TestClock.today().minusYears(1),
                        TestClock.today().plusYears(1),
                        Place.ON_SITE,
                        "個人情報",
                        List.of()),
                new ContractDraft(
                        "封入封緘委託",
                        "",
                        office.unit(),
                        office.officialStaffNumber(),
                        TestClock.today().minusYears(1),
                        TestClock.today().minusDays(3),
                        Place.CONTRACTOR_PREMISES,
                        "個人情報",
                        List.of()));
        long certification = SupplierFixtures.as(
                manager,
                () -> contractors
                        .addCertification(
                                ids[0],
                                CertificationKind.PRIVACY_MARK,
                                "",
                                "第00000000(01)号",
                                TestClock.today().plusDays(20))
                        .id());
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        assertThat(reminders.runDue(reminder, TestClock.today())).isGreaterThanOrEqualTo(2);
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(2);
        List<String> subjects =
                to(address).stream().map(SupplierMailTestSupport::subject).toList();
        assertThat(subjects)
                .containsExactlyInAnyOrder(
                        "委託先 " + company + " の プライバシーマーク の有効期限が近づいています", "委託契約「封入封緘委託」の返却・廃棄の証明がまだです");
        // the subject id alone is not enough: contractors, contracts, campaigns and SNS accounts share the
        // subject type, and the shared test database holds other tests' records with the same numbers
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'supplier.reminded' and subject_id = :k"
                                + " and details like :d")
                        .param("k", Long.toString(ids[2]))
                        .param("d", "%\"certificate:" + ids[2] + "\"%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the next day, with the certificate recorded, only the certification is reminded about again
        TestUsers.runAs(
                manager,
                () -> contractors.recordCertificate(
                        ids[0], ids[2], CertificateKind.DESTRUCTION, TestClock.today(), "消去証明書"));
        assertThat(reminder.due(TestClock.today().plusDays(1)))
                .extracting(SupplierReminder.Due::key)
                .noneMatch(k -> k.equals("certificate:" + ids[2]))
                .anyMatch(k -> k.startsWith("certification:" + certification + ":"));
    }
}
