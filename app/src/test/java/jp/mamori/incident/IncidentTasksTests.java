package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.OnEachHardDay;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The incident module's part of the work list (IncidentTasks) through {@code GET /api/v1/me/tasks}:
 * a 速報 not yet submitted appears for the CISO from two days before its due date, overdue after it,
 * never for a member of staff, and leaves the list once its submission is recorded.
 */
@MamoriSpringTest
class IncidentTasksTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    ReportSubmissions submissions;

    IncidentWorld.Person staff;
    IncidentWorld.Person ciso;
    IncidentWorld.Person manager;

    @BeforeEach
    void organisation() {
        var world = new IncidentWorld(jdbc);
        long top = world.unit("やること局", null);
        long section = world.unit("やること課", top);
        staff = world.person("やること 職員", section);
        manager = world.person("やること 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        ciso = world.person("やること 最高責任者", top, new RoleGrant(Role.CISO, null));
    }

    @AfterEach
    void clockBack() {
        TestClock.INSTANCE.reset();
    }

    static void moveTo(LocalDate day) {
        TestClock.INSTANCE.moveTo(day.atTime(OnEachHardDay.TIME));
    }

    @Test
    void a_preliminary_report_due_tomorrow_is_on_the_cisos_list_until_it_is_recorded_as_submitted() {
        StoredIncident stored = IncidentServiceTests.as(
                staff.user(), () -> incidents.report(IncidentWorld.report("やることの試験", IncidentWorld.SENSITIVE)));
        String reference = stored.reference();
        LocalDate dueOn = incidents.decision(stored.incident()).deadlines().preliminaryReport();

        moveTo(dueOn.minusDays(3));
        assertThat(MyTasks.of(mvc, ciso.user()).about("incident.preliminary-report", reference))
                .as("three days before: not yet near")
                .isEmpty();

        moveTo(dueOn.minusDays(1));
        var tomorrow = MyTasks.of(mvc, ciso.user()).about("incident.preliminary-report", reference);
        assertThat(tomorrow).singleElement().satisfies(item -> {
            assertThat(item.label()).isEqualTo("速報の提出");
            assertThat(item.subject()).isEqualTo(reference + " やることの試験");
            assertThat(item.dueOn()).isEqualTo(dueOn.toString());
            assertThat(item.dueOnWareki()).isEqualTo(Wareki.japanese(dueOn));
            assertThat(item.daysLeft()).isEqualTo(1);
            assertThat(item.urgency()).isEqualTo("DUE_SOON");
            assertThat(item.link())
                    .isEqualTo("/incidents/" + stored.incident().id().value());
        });
        assertThat(MyTasks.of(mvc, staff.user()).about("incident.preliminary-report", reference))
                .isEmpty();

        moveTo(dueOn.plusDays(1));
        assertThat(MyTasks.of(mvc, ciso.user()).about("incident.preliminary-report", reference))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.urgency()).isEqualTo("OVERDUE");
                    assertThat(item.daysLeft()).isEqualTo(-1);
                });

        IncidentWorld.preliminarySent(submissions, manager, stored.incident().id());
        assertThat(MyTasks.of(mvc, ciso.user()).about("incident.preliminary-report", reference))
                .isEmpty();
    }

    @Test
    void a_draft_of_the_emergency_response_plan_is_on_the_cisos_list() {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from inc_response_plan")
                .query(Integer.class)
                .single();
        String note = IncidentWorld.unique("やること計画改定");
        jdbc.sql("""
                        insert into inc_response_plan (version, ciso_from, preliminary_report_days, contacts, note,
                            changed_by, changed_at, status)
                        values (:v, 3, 3, '', :note, 'test', :now, 'DRAFT')
                        """)
                .param("v", version)
                .param("note", note)
                .param("now", TestClock.now())
                .update();
        try {
            assertThat(MyTasks.of(mvc, ciso.user()).about("incident.plan-approval", note))
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.label()).isEqualTo("緊急時対応計画の承認");
                        assertThat(item.subject()).isEqualTo("第" + version + "版 " + note);
                        assertThat(item.dueOn()).isNull();
                        assertThat(item.link()).isEqualTo("/incidents/plan/versions/" + version);
                    });
            assertThat(MyTasks.of(mvc, manager.user()).about("incident.plan-approval", note))
                    .isEmpty();
        } finally {
            jdbc.sql("delete from inc_response_plan where version = :v")
                    .param("v", version)
                    .update();
        }
    }
}
