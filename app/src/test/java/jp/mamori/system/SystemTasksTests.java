package jp.mamori.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The system module's part of the work list (SystemTasks) through {@code GET /api/v1/me/tasks}: the
 * yearly review of a system's accounts is on its 管理者's list, due at the end of the 年度, not on its
 * 担当者's, until the review of this 年度 is recorded.
 */
@MamoriSpringTest
@OnDay("2026-11-26")
class SystemTasksTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void the_account_review_is_on_the_administrators_list_until_recorded_for_the_year() {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("やること情報課", null);
        long admin = org.person("システム 管理者", unit);
        long staff = org.person("システム 担当者", unit);
        String number = "S-YR-" + OrganizationTestData.unique("");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sys_system (asset_number, purpose, zone, cloud_service, contractor, backup,
                            created_at, created_by, updated_at, updated_by)
                        values (:n, '給付', 'LGWAN', false, '', '', :now, 'test', :now, 'test')
                        """).param("n", number).param("now", TestClock.now()).update(keys, "id");
        long system = keys.getKeyAs(Long.class);
        for (var p : List.of(new Object[] {"ADMINISTRATOR", admin}, new Object[] {"STAFF", staff})) {
            jdbc.sql("insert into sys_system_person (system_id, role, person_id) values (:s, :r, :p)")
                    .param("s", system)
                    .param("r", p[0])
                    .param("p", p[1])
                    .update();
        }
        CurrentUser administrator =
                new CurrentUser("yr-sys-" + admin, admin, "システム 管理者", false, List.of(new RoleGrant(Role.STAFF, unit)));
        CurrentUser member =
                new CurrentUser("yr-sys-" + staff, staff, "システム 担当者", false, List.of(new RoleGrant(Role.STAFF, unit)));

        assertThat(MyTasks.of(mvc, administrator).about("system.account-review", number))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("アカウントの棚卸し");
                    assertThat(item.dueOn()).isEqualTo("2027-03-31");
                    assertThat(item.dueOnWareki()).isEqualTo("令和9年3月31日");
                    assertThat(item.urgency()).isEqualTo("LATER");
                    assertThat(item.link()).isEqualTo("/systems/" + system + "/accounts/review");
                });
        assertThat(MyTasks.of(mvc, member).about("system.account-review", number))
                .isEmpty();

        jdbc.sql("""
                        insert into sys_account_review (system_id, fiscal_year, reviewed_by, reviewed_at, kept, ended, note)
                        values (:s, 2026, 'test', :now, 3, 0, '')
                        """).param("s", system).param("now", TestClock.now()).update();
        assertThat(MyTasks.of(mvc, administrator).about("system.account-review", number))
                .isEmpty();
    }
}
