package jp.mamori.policy;

import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the policy page and API tests share: the application through MockMvc, the policy test data
 * and, made before each test, the unit 総務課 and a staff member of it (login {@code <prefix>staff}).
 */
@MamoriSpringTest
// the fixtures are a fixed calendar (施行日 2024-04-01 and 2025, approvals dated then): today is set
@OnDay("2026-11-26")
abstract class PolicyWebTestCase {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final String loginPrefix;

    PolicyTestData data;
    long unit;
    CurrentUser staff;

    PolicyWebTestCase(String loginPrefix) {
        this.loginPrefix = loginPrefix;
    }

    @BeforeEach
    void setUp() {
        data = PolicyTestData.of(jdbc);
        unit = data.unit("総務課", null);
        staff = TestUsers.user(loginPrefix + "staff", new RoleGrant(Role.STAFF, unit));
    }
}
