package jp.mamori.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.organization.OrganizationTestData.PersonSpec;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.supplier.ContractorDraft;
import jp.mamori.supplier.Contractors;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestContexts;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Units, people, roles and contractors for the audit tests, made through the owning
 * modules' services (organisation, supplier, security) and dated relative to the test clock (in
 * post and holding their roles from six years before today).
 */
final class AuditFixtures {
    private final JdbcClient jdbc;
    private final OrganizationTestData org;

    AuditFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.org = OrganizationTestData.of(jdbc);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The first day of the test people's post and roles: six years before the test clock's today. */
    private static LocalDate since() {
        return TestClock.today().minusYears(6);
    }

    long unit(String name, @Nullable Long parent) {
        return org.unit(unique("AU"), name, parent);
    }

    long person(String name, long unit) {
        return org.person(new PersonSpec(name, unit)
                .staffNumber(unique("AU"))
                .kana("カンサ")
                .email(unique("m") + "@kakuu-city.example.jp")
                .inPost(since(), null));
    }

    void grant(long person, Role role, @Nullable Long unit) {
        org.grant(person, role, unit, since(), null);
    }

    /** The signed-in user of a person of a unit holding these roles ({@code role, unit} pairs, null unit = body-wide). */
    static CurrentUser user(long person, long home, Object... roles) {
        List<RoleGrant> grants = new ArrayList<>();
        grants.add(new RoleGrant(Role.STAFF, home));
        for (int i = 0; i + 1 < roles.length; i += 2) {
            grants.add(new RoleGrant((Role) roles[i], (Long) roles[i + 1]));
        }
        return new CurrentUser("au-" + person, person, "監査テスト " + person, false, grants);
    }

    /** A person of the unit with the role in the database and its signed-in user. */
    CurrentUser holder(String name, long home, Role role, @Nullable Long scope) {
        long person = person(name, home);
        grant(person, role, scope);
        return user(person, home, role, scope);
    }

    /** A contractor in the supplier register (its name made unique), registered by the CISO. */
    long contractor(String name) {
        Contractors contractors = TestContexts.of(jdbc).getBean(Contractors.class);
        CurrentUser registrar = TestUsers.user("au-registrar", new RoleGrant(Role.CISO, null));
        return TestUsers.callAs(
                        registrar,
                        () -> contractors.register(new ContractorDraft(
                                unique(name),
                                "架空市本町1-1",
                                "委託 花子",
                                "000-0000-0000",
                                "contact@kakuu-system.example.jp",
                                "")))
                .id();
    }

    /**
     * An account for the signed-in user's login with the authenticator secret {@link Totp#SECRET}, so
     * the user can confirm decisions with a fresh second factor.
     */
    CurrentUser withSecondFactor(CurrentUser user) {
        SecurityTestData.of(jdbc).decider(user.login(), "audit-decider-pass-42", Totp.SECRET);
        return user;
    }
}
