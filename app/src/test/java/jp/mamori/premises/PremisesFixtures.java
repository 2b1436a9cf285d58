package jp.mamori.premises;

import java.util.List;
import jp.mamori.asset.AssetTestData;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the premises registers: units, people, roles and assets made through the
 * organisation's and the asset register's own services, and MockMvc users for those people.
 */
final class PremisesFixtures {
    final OrganizationTestData org;
    final AssetTestData assets;

    PremisesFixtures(JdbcClient jdbc) {
        this.org = OrganizationTestData.of(jdbc);
        this.assets = AssetTestData.of(jdbc);
    }

    static String unique(String prefix) {
        return OrganizationTestData.unique(prefix);
    }

    long unit(String name) {
        return org.unit(name, null);
    }

    long person(String name, long unit) {
        return org.person(name, unit);
    }

    /** A person of the unit holding the role for it; returns the person id. */
    long personWith(String name, long unit, Role role) {
        long p = org.person(name, unit);
        org.grant(p, role, unit);
        return p;
    }

    String staffNumber(long person) {
        return org.staffNumber(person);
    }

    /** A MockMvc user who is that person, with STAFF for the unit and the given grants. */
    static CurrentUser user(long person, long unit, RoleGrant... grants) {
        List<RoleGrant> all = new java.util.ArrayList<>(List.of(grants));
        all.add(new RoleGrant(Role.STAFF, unit));
        return new CurrentUser(unique("prm-"), person, "試験 利用者", false, all);
    }

    /** A 情報セキュリティ管理者 of the unit, with a person behind the account. */
    CurrentUser manager(long unit) {
        long p = personWith("課長 試験", unit, Role.SECURITY_MANAGER);
        return user(p, unit, new RoleGrant(Role.SECURITY_MANAGER, unit));
    }

    static CurrentUser ciso(long person, long unit) {
        return user(person, unit, new RoleGrant(Role.CISO, null));
    }
}
