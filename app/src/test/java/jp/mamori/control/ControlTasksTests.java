package jp.mamori.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The control module's part of the work list (ControlTasks) through {@code GET /api/v1/me/tasks}: an
 * exception waiting for a decision is on the decider's (CISO's) list; an approved exception ending
 * within the reminder window is on the list of its requester and the unit's 情報セキュリティ管理者,
 * not another unit's, and leaves it once a renewal is requested.
 */
@MamoriSpringTest
@OnDay("2026-11-26")
class ControlTasksTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    OrganizationTestData org;
    long section;
    CurrentUser manager;
    CurrentUser otherManager;
    CurrentUser requester;
    CurrentUser ciso;

    @BeforeEach
    void organisation() {
        org = new OrganizationTestData(context);
        long office = org.unit("やること事務局", null);
        section = org.unit("やること保険課", office);
        long elsewhere = org.unit("やること年金課", office);
        manager = user("例外 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        otherManager = user("例外 他課", elsewhere, new RoleGrant(Role.SECURITY_MANAGER, elsewhere));
        requester = user("例外 申請者", section);
        ciso = user("例外 CISO", office, new RoleGrant(Role.CISO, null));
    }

    CurrentUser user(String name, long unit, RoleGrant... roles) {
        long person = org.person(name, unit);
        List<RoleGrant> grants = new java.util.ArrayList<>(List.of(new RoleGrant(Role.STAFF, unit)));
        grants.addAll(List.of(roles));
        return new CurrentUser("yr-ctl-" + person, person, name, false, grants);
    }

    String exception(String state, LocalDate startsOn, LocalDate endsOn, @Nullable Long renews) {
        long id = jdbc.sql("select nextval('ctl_exception_seq')")
                .query(Long.class)
                .single();
        String reference = "EXY-" + id + "Z";
        jdbc.sql("""
                        insert into ctl_exception (id, reference, measure_id, measure_title, unit_id, target_kind, target,
                            from_addresses, to_addresses, services, justification, compensating, owner, starts_on,
                            ends_on, state, renews_id, requested_by, requested_by_name, requested_by_person,
                            requested_at, decision_comment, end_reason)
                        values (:id, :ref, '2.1.1', 'やることの対策', :unit, 'UNIT', '', '', '', '', '移行期間のため',
                            '手作業で確認する', '例外 申請者', :starts, :ends, :state, :renews, :login, '例外 申請者',
                            :person, :now, '', '')
                        """)
                .param("id", id)
                .param("ref", reference)
                .param("unit", section)
                .param("starts", startsOn)
                .param("ends", endsOn)
                .param("state", state)
                .param("renews", renews)
                .param("login", requester.login())
                .param("person", requester.personId())
                .param("now", TestClock.now())
                .update();
        return reference;
    }

    @Test
    void an_exception_waiting_for_a_decision_is_on_the_deciders_list() {
        String reference = exception("REQUESTED", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), null);

        assertThat(MyTasks.of(mvc, ciso).about("control.exception-decision", reference))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("例外措置の判断");
                    assertThat(item.subject()).isEqualTo(reference + " やることの対策");
                    assertThat(item.dueOn()).isEqualTo("2026-12-01");
                    assertThat(item.link()).isEqualTo("/exceptions/" + reference);
                });
        assertThat(MyTasks.of(mvc, manager).about("control.exception-decision", reference))
                .isEmpty();
    }

    @Test
    void an_exception_ending_soon_is_on_the_requesters_and_managers_list_until_a_renewal_is_requested() {
        String reference = exception("APPROVED", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 11, 30), null);

        for (CurrentUser who : List.of(manager, requester)) {
            assertThat(MyTasks.of(mvc, who).about("control.exception-expiry", reference))
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.label()).isEqualTo("例外措置の期限");
                        assertThat(item.urgency()).isEqualTo("DUE_SOON");
                        assertThat(item.daysLeft()).isEqualTo(4);
                    });
        }
        assertThat(MyTasks.of(mvc, otherManager).about("control.exception-expiry", reference))
                .isEmpty();

        long id = jdbc.sql("select id from ctl_exception where reference = :r")
                .param("r", reference)
                .query(Long.class)
                .single();
        exception("REQUESTED", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31), id);

        assertThat(MyTasks.of(mvc, manager).about("control.exception-expiry", reference))
                .isEmpty();
    }
}
