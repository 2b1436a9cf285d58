package jp.mamori.risk;

import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.asset.AssetTestData;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Units, people, assets and users for risk tests, made through the owning modules' services
 * ({@link OrganizationTestData}, {@link AssetTestData}) with unique names (the test database is
 * shared by every test class).
 */
final class RiskFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganizationTestData organization;
    private final AssetTestData assets;

    RiskFixtures(JdbcClient jdbc) {
        this.organization = OrganizationTestData.of(jdbc);
        this.assets = AssetTestData.of(jdbc);
    }

    static int next() {
        return SEQUENCE.incrementAndGet();
    }

    long unit(String name, @Nullable Long parent) {
        return organization.unit(name + next(), parent);
    }

    String unitCode(long unitId) {
        return organization.unitCode(unitId);
    }

    /** A person in post in the unit; returns the staff number. */
    String person(long unitId, String name) {
        long personId = organization.person(new OrganizationTestData.PersonSpec(name, unitId).kana("カクウ タロウ"));
        return organization.staffNumber(personId);
    }

    /** An asset in use (① at 機密性3), registered through the register's service; returns its 管理番号. */
    String asset(long unitId, String name) {
        return assets.systemAsset(name, unitId);
    }

    static CurrentUser manager(long unitId) {
        return TestUsers.user(
                "risk-mgr-" + unitId + "-" + next(),
                new RoleGrant(Role.STAFF, unitId),
                new RoleGrant(Role.SECURITY_MANAGER, unitId));
    }
}
