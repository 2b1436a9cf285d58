package jp.mamori.system;

import java.time.LocalDate;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of accounts on systems start from ({@link #office}): a unit with its manager, the
 * system's 管理者 and a person in post who holds accounts, and the ① asset of the system the test
 * registers, by its form or its API.
 */
abstract class SystemAccountsTestCase {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SystemFixtures fx;
    long unit;
    CurrentUser manager;
    long adminPerson;
    CurrentUser admin;
    long holder;
    String systemAsset;
    long systemId;

    /**
     * Makes the unit with its 情報セキュリティ管理者 ({@code manager}, who requests accounts), the
     * system's 管理者 ({@code admin}, who approves them and confirms their removal) and a person in post
     * until 2099 who holds accounts ({@code holder}), named so; and the asset of a マイナンバー系 system
     * ({@code systemAsset}), which the test registers as {@code systemId}.
     */
    void office(String unitName, String adminName, String holderName, String systemName) {
        fx = new SystemFixtures(jdbc);
        unit = fx.unit(unitName, null);
        manager = fx.manager(unit);
        adminPerson = fx.person(unit, adminName, null);
        fx.grant(adminPerson, Role.SYSTEM_ADMINISTRATOR, unit);
        admin = SystemFixtures.user(
                adminPerson, new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.SYSTEM_ADMINISTRATOR, unit));
        holder = fx.person(unit, holderName, LocalDate.of(2099, 3, 31));
        systemAsset = fx.asset(unit, systemName, "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 3, false);
    }
}
