package jp.mamori.system;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.asset.AssetTestData;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.organization.OrganizationTestData.PersonSpec;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestContexts;
import jp.mamori.testing.TestUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the 情報システム台帳: units, people and roles made through the organisation module's
 * services ({@link OrganizationTestData}), assets registered through the asset module's ({@link
 * AssetTestData}), with unique codes since the test database is shared by every test class. People
 * are in post, and roles held, from six years before the test clock's today.
 */
public final class SystemFixtures {
    private final OrganizationTestData organization;
    private final AssetTestData assets;
    private final Systems systems;

    public SystemFixtures(JdbcClient jdbc) {
        this.organization = OrganizationTestData.of(jdbc);
        this.assets = AssetTestData.of(jdbc);
        this.systems = TestContexts.of(jdbc).getBean(Systems.class);
    }

    public static String unique(String prefix) {
        return OrganizationTestData.unique(prefix);
    }

    /** The first day of the test people's post and roles: six years before the test clock's today. */
    private static LocalDate since() {
        return TestClock.today().minusYears(6);
    }

    /** A new unit, under the parent when given; returns its id. */
    public long unit(String name, @Nullable Long parentId) {
        return organization.unit(unique("SY"), name, parentId);
    }

    /** A person of the unit in post from six years before today (until {@code lastDay} when given); returns their id. */
    public long person(long unitId, String name, @Nullable LocalDate lastDay) {
        return organization.person(new PersonSpec(name, unitId).kana("カクウ").inPost(since(), lastDay));
    }

    public String staffNumber(long personId) {
        return organization.staffNumber(personId);
    }

    /** Grants the person the role for the unit from six years before today. */
    public void grant(long personId, Role role, @Nullable Long unitId) {
        organization.grant(personId, role, unitId, since(), null);
    }

    /** A signed-in user for MockMvc who is that person and holds these grants. */
    public static CurrentUser user(long personId, RoleGrant... grants) {
        return new CurrentUser(unique("sys-user-"), personId, "試験 利用者", false, List.of(grants));
    }

    /** A 情報セキュリティ管理者 of the unit (with a person behind the account). */
    public CurrentUser manager(long unitId) {
        long p = person(unitId, "課長　一郎", null);
        return user(p, new RoleGrant(Role.STAFF, unitId), new RoleGrant(Role.SECURITY_MANAGER, unitId));
    }

    /** An asset in use registered in the asset register (see {@link AssetTestData#asset}); returns its 管理番号. */
    public String asset(long unitId, String name, String kind, String zone, int confidentiality, boolean specific) {
        return assets.asset(name, unitId, kind, zone, confidentiality, specific);
    }

    /**
     * A system of the register for the asset (of kind ①) in that zone, with the person as its 管理者
     * and nothing else recorded, registered by the CISO through the register's service; returns its id.
     */
    public long system(String assetNumber, SystemZone zone, long administrator) {
        CurrentUser registrar = TestUsers.user(unique("sys-registrar-"), new RoleGrant(Role.CISO, null));
        return TestUsers.callAs(
                        registrar,
                        () -> systems.register(new SystemDraft(
                                assetNumber,
                                "",
                                zone,
                                false,
                                "",
                                null,
                                "",
                                List.of(staffNumber(administrator)),
                                List.of(),
                                List.of(),
                                null)))
                .id();
    }
}
