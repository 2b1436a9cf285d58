package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The network module's part of the work list (NetworkTasks) through {@code GET /api/v1/me/tasks}: a
 * zone model version in approval is on a CISO-level person's list, not on staff's. The version is
 * removed afterwards: the database is shared and one version in approval at a time is the rule.
 */
@MamoriSpringTest
class NetworkTasksTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void a_zone_model_in_approval_is_on_the_deciders_list() {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("やること情報政策課", null);
        long person = org.person("ゾーン 統括", unit);
        CurrentUser chief = new CurrentUser(
                "yr-net-" + person,
                person,
                "ゾーン 統括",
                false,
                List.of(new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null)));
        CurrentUser staff = new CurrentUser(
                "yr-net-st-" + person, person, "ゾーン 職員", false, List.of(new RoleGrant(Role.STAFF, unit)));
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from net_zone_version")
                .query(Integer.class)
                .single();
        String note = OrganizationTestData.unique("やることゾーン改定");
        jdbc.sql("""
                        insert into net_zone_version (number, state, content, content_sha256, note, created_by, created_at,
                            updated_by, updated_at, submitted_by, submitted_at)
                        values (:n, 'IN_APPROVAL', 'zones: []', :sha, :note, 'test', :now, 'test', :now, 'test', :now)
                        """)
                .param("n", number)
                .param("sha", "0".repeat(64))
                .param("note", note)
                .param("now", TestClock.now())
                .update();
        try {
            assertThat(MyTasks.of(mvc, chief).about("network.zone-approval", note))
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.label()).isEqualTo("ゾーンモデルの承認");
                        assertThat(item.subject()).isEqualTo("第" + number + "版 " + note);
                        assertThat(item.link()).isEqualTo("/zones/versions/" + number);
                    });
            assertThat(MyTasks.of(mvc, staff).about("network.zone-approval", note))
                    .isEmpty();
        } finally {
            jdbc.sql("delete from net_zone_version where number = :n")
                    .param("n", number)
                    .update();
        }
    }
}
