package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit module's part of the work list (AuditTasks) through {@code GET /api/v1/me/tasks}: an open
 * corrective action and a self-inspection the unit has not submitted are on the list of the unit's
 * 情報セキュリティ管理者 (and of the 責任者 above), not of staff or another unit's manager; the action
 * leaves the list when reported done.
 */
@MamoriSpringTest
@OnDay("2026-11-26")
class AuditTasksTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    CorrectiveActions actions;

    @Autowired
    jp.mamori.audit.engagement.AuditPlans plans;

    AuditFixtures fx;
    long department;
    long section;
    long other;
    CurrentUser manager;
    CurrentUser officer;
    CurrentUser otherManager;
    CurrentUser staff;

    @BeforeEach
    void organisation() {
        fx = new AuditFixtures(jdbc);
        department = fx.unit("やること部", null);
        section = fx.unit("やること係", department);
        other = fx.unit("やること別課", null);
        manager = fx.holder("係　管理者", section, Role.SECURITY_MANAGER, section);
        officer = fx.holder("部　責任者", department, Role.SECURITY_OFFICER, department);
        otherManager = fx.holder("別課　管理者", other, Role.SECURITY_MANAGER, other);
        staff = AuditFixtures.user(fx.person("係　職員", section), section);
    }

    long action(String title, LocalDate due) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_action (unit_id, title, plan, due_date, state, opened_at)
                        values (:u, :t, '手順書を改める', :d, 'OPEN', :now)
                        """)
                .param("u", section)
                .param("t", title)
                .param("d", due)
                .param("now", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    @Test
    void an_open_corrective_action_is_on_the_units_managers_list_until_reported_done() {
        String title = AuditFixtures.unique("やること改善");
        long id = action(title, LocalDate.of(2026, 11, 20));

        assertThat(MyTasks.of(mvc, manager).about("audit.corrective-action", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.subject()).isEqualTo("CA-" + id + " " + title);
                    assertThat(item.label()).isEqualTo("改善措置");
                    assertThat(item.urgency()).isEqualTo("OVERDUE");
                    assertThat(item.daysLeft()).isEqualTo(-6);
                    assertThat(item.dueOnWareki()).isEqualTo("令和8年11月20日");
                    assertThat(item.link()).isEqualTo("/corrective-actions/" + id);
                });
        assertThat(MyTasks.of(mvc, officer).about("audit.corrective-action", title))
                .hasSize(1);
        assertThat(MyTasks.of(mvc, otherManager).about("audit.corrective-action", title))
                .isEmpty();
        assertThat(MyTasks.of(mvc, staff).about("audit.corrective-action", title))
                .isEmpty();

        TestUsers.runAs(manager, () -> {
            actions.note(id, "手順書を改め、係内で周知した。");
            actions.done(id);
        });

        assertThat(MyTasks.of(mvc, manager).about("audit.corrective-action", title))
                .isEmpty();
    }

    @Test
    void a_self_inspection_not_submitted_is_on_the_units_managers_list() {
        String title = AuditFixtures.unique("やること自己点検");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_inspection (title, fiscal_year, due_date, state, extra_questions, created_by,
                            created_at)
                        values (:t, 2026, :d, 'OPEN', '', 'test', :now)
                        """)
                .param("t", title)
                .param("d", LocalDate.of(2026, 12, 25))
                .param("now", TestClock.now())
                .update(keys, "id");
        long inspection = keys.getKeyAs(Long.class);
        jdbc.sql("insert into aud_inspection_unit (inspection_id, unit_id) values (:i, :u)")
                .param("i", inspection)
                .param("u", section)
                .update();

        assertThat(MyTasks.of(mvc, manager).about("audit.self-inspection", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("自己点検の回答");
                    assertThat(item.urgency()).isEqualTo("LATER");
                    assertThat(item.dueOn()).isEqualTo("2026-12-25");
                    assertThat(item.link()).isEqualTo("/self-inspections/" + inspection + "/units/" + section);
                });
        assertThat(MyTasks.of(mvc, otherManager).about("audit.self-inspection", title))
                .isEmpty();
        assertThat(MyTasks.of(mvc, staff).about("audit.self-inspection", title)).isEmpty();

        jdbc.sql("update aud_inspection_unit set submitted_by = 'test', submitted_at = :now where inspection_id = :i")
                .param("now", TestClock.now())
                .param("i", inspection)
                .update();
        assertThat(MyTasks.of(mvc, manager).about("audit.self-inspection", title))
                .isEmpty();
    }

    @Test
    void an_audit_plan_submitted_for_the_cisos_approval_is_on_the_cisos_list_until_approved() {
        CurrentUser ciso = fx.withSecondFactor(fx.holder("計画　CISO", department, Role.CISO, null));
        String title = AuditFixtures.unique("やること年度監査計画");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_plan (kind, title, year_from, year_to, content, state, approver, created_by,
                            created_at, submitted_by, submitted_at)
                        values ('ANNUAL', :t, 2027, 2027, '内容', 'SUBMITTED', 'CISO', 'au-director', :now,
                            'au-director', :now)
                        """).param("t", title).param("now", TestClock.now()).update(keys, "id");
        long plan = keys.getKeyAs(Long.class);

        assertThat(MyTasks.of(mvc, ciso).about("audit.plan-approval", title))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("監査計画の承認");
                    assertThat(item.dueOn()).isEqualTo("2027-04-01");
                    assertThat(item.link()).isEqualTo("/audits/plans/" + plan);
                });
        assertThat(MyTasks.of(mvc, manager).about("audit.plan-approval", title)).isEmpty();

        TestUsers.runAs(
                ciso,
                () -> plans.approve(plan, null, jp.mamori.testing.Totp.code(jp.mamori.testing.Totp.SECRET, 0), null));

        assertThat(MyTasks.of(mvc, ciso).about("audit.plan-approval", title)).isEmpty();
    }
}
