package jp.mamori.premises;

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
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The premises module's part of the work list (PremisesTasks) through {@code GET /api/v1/me/tasks}: a
 * carry-out request is on the list of the unit's manager (never the requester's own to approve);
 * once approved it leaves that list and is on the requester's until the return is confirmed.
 */
@MamoriSpringTest
@OnDay("2026-11-26")
class PremisesTasksTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    CarryOuts carryOuts;

    CurrentUser user(OrganizationTestData org, String name, long unit, RoleGrant... roles) {
        long person = org.person(name, unit);
        List<RoleGrant> grants = new ArrayList<>(List.of(new RoleGrant(Role.STAFF, unit)));
        grants.addAll(List.of(roles));
        return new CurrentUser("yr-prm-" + person, person, name, false, grants);
    }

    @Test
    void a_carry_out_is_on_the_managers_list_to_approve_then_on_the_requesters_until_returned() {
        OrganizationTestData org = new OrganizationTestData(context);
        long section = org.unit("やること持出課", null);
        long elsewhere = org.unit("やること持出外課", null);
        CurrentUser manager = user(org, "持出 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        CurrentUser other = user(org, "持出 他課", elsewhere, new RoleGrant(Role.SECURITY_MANAGER, elsewhere));
        CurrentUser requester = user(org, "持出 申請者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        String description = OrganizationTestData.unique("やること説明資料");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_carry_out (kind, asset_number, unit_id, confidentiality_rank, description, purpose,
                            destination, protection, out_on, due_back, approval_needed, state, requester_id,
                            requested_by, requested_at)
                        values ('COPY', 'A-YR-1', :unit, 2, :d, '説明会', '架空市民会館', '暗号化USB', :out, :back,
                            'MANAGER', 'REQUESTED', :requester, :login, :now)
                        """)
                .param("unit", section)
                .param("d", description)
                .param("out", LocalDate.of(2026, 11, 26))
                .param("back", LocalDate.of(2026, 11, 28))
                .param("requester", requester.personId())
                .param("login", requester.login())
                .param("now", TestClock.now())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);

        assertThat(MyTasks.of(mvc, manager).about("premises.carry-out-approval", description))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("持ち出しの承認");
                    assertThat(item.dueOn()).isEqualTo("2026-11-26");
                    assertThat(item.daysLeft()).isZero();
                    assertThat(item.link()).isEqualTo("/carry-outs/" + id);
                });
        // the requester manages the unit too, but never approves their own request
        assertThat(MyTasks.of(mvc, requester).about("premises.carry-out-approval", description))
                .isEmpty();
        assertThat(MyTasks.of(mvc, other).about("premises.carry-out-approval", description))
                .isEmpty();

        TestUsers.runAs(manager, () -> carryOuts.approve(id, null, null));

        assertThat(MyTasks.of(mvc, manager).about("premises.carry-out-approval", description))
                .isEmpty();
        assertThat(MyTasks.of(mvc, requester).about("premises.carry-out-return", description))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("持ち出した物の返却");
                    assertThat(item.dueOn()).isEqualTo("2026-11-28");
                    assertThat(item.daysLeft()).isEqualTo(2);
                });

        TestUsers.runAs(manager, () -> carryOuts.confirmReturn(id, LocalDate.of(2026, 11, 26)));

        assertThat(MyTasks.of(mvc, requester).about("premises.carry-out-return", description))
                .isEmpty();
    }
}
