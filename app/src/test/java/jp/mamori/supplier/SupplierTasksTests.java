package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supplier module's part of the work list (SupplierTasks) through {@code GET /api/v1/me/tasks}: a
 * contractor's certification expiring while a contract runs is on the list of the contract's
 * responsible person and the unit's 情報セキュリティ管理者, not on another unit's; a contract that ended
 * without its return/destruction certificate is on it until the certificate is recorded.
 */
@MamoriSpringTest
@OnDay("2026-11-26")
class SupplierTasksTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    CurrentUser user(OrganizationTestData org, String name, long unit, RoleGrant... roles) {
        long person = org.person(name, unit);
        List<RoleGrant> grants = new ArrayList<>(List.of(new RoleGrant(Role.STAFF, unit)));
        grants.addAll(List.of(roles));
        return new CurrentUser("yr-sup-" + person, person, name, false, grants);
    }

    /** The CISO, who may keep the register of every unit (the tests' registrar). */
    static final CurrentUser REGISTRAR = TestUsers.user("yr-sup-registrar", new RoleGrant(Role.CISO, null));

    long contract(Contractors contractors, long contractor, long unit, String responsible, LocalDate ends) {
        return TestUsers.callAs(
                        REGISTRAR,
                        () -> contractors.registerContract(
                                contractor,
                                new ContractDraft(
                                        OrganizationTestData.unique("保守契約"),
                                        "保守",
                                        unit,
                                        responsible,
                                        LocalDate.of(2026, 4, 1),
                                        ends,
                                        Place.ON_SITE,
                                        "",
                                        List.of())))
                .id();
    }

    @Test
    void an_expiring_certification_and_a_missing_certificate_are_on_the_contract_peoples_lists() {
        OrganizationTestData org = new OrganizationTestData(context);
        long section = org.unit("やること委託課", null);
        long elsewhere = org.unit("やること委託外課", null);
        CurrentUser manager = user(org, "委託 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        CurrentUser responsible = user(org, "委託 担当者", section);
        CurrentUser other = user(org, "委託 他課", elsewhere, new RoleGrant(Role.SECURITY_MANAGER, elsewhere));
        String name = OrganizationTestData.unique("架空システム株式会社");
        Contractors contractors = context.getBean(Contractors.class);
        long contractor = TestUsers.callAs(REGISTRAR, () -> {
                    Contractor registered = contractors.register(new ContractorDraft(
                            name, "架空市1-1", "担当 太郎", "000-0000-0000", "tanto@kakuu.example.jp", ""));
                    contractors.addCertification(
                            registered.id(), CertificationKind.ISMS, "ISMS認証", "IS 000000", LocalDate.of(2027, 1, 10));
                    return registered;
                })
                .id();
        contract(contractors, contractor, section, org.staffNumber(responsible.personId()), LocalDate.of(2027, 3, 31));
        long ended = contract(contractors, contractor, section, "", LocalDate.of(2026, 10, 31));

        for (CurrentUser who : List.of(manager, responsible)) {
            assertThat(MyTasks.of(mvc, who).about("supplier.certification-expiry", name))
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.label()).isEqualTo("委託先の認証の有効期限");
                        assertThat(item.subject()).isEqualTo(name + " ISMS認証");
                        assertThat(item.dueOn()).isEqualTo("2027-01-10");
                        assertThat(item.urgency()).isEqualTo("LATER");
                        assertThat(item.link()).isEqualTo("/contractors/" + contractor);
                    });
        }
        assertThat(MyTasks.of(mvc, other).about("supplier.certification-expiry", name))
                .isEmpty();

        assertThat(MyTasks.of(mvc, manager).about("supplier.certificate-missing", name))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.urgency()).isEqualTo("OVERDUE");
                    assertThat(item.dueOn()).isEqualTo("2026-10-31");
                    assertThat(item.link()).isEqualTo("/contractors/" + contractor + "/contracts/" + ended);
                });
        // the responsible person of the running contract is not named on the ended one
        assertThat(MyTasks.of(mvc, responsible).about("supplier.certificate-missing", name))
                .isEmpty();

        TestUsers.callAs(
                REGISTRAR,
                () -> contractors.recordCertificate(
                        contractor, ended, CertificateKind.BOTH, LocalDate.of(2026, 11, 20), ""));
        assertThat(MyTasks.of(mvc, manager).about("supplier.certificate-missing", name))
                .isEmpty();
    }
}
