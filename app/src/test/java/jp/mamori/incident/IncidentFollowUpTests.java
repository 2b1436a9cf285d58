package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.incident.IncidentLine.DeadlineFilter;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What follows the first response (issue 11 points 2 and 4): a due report brings in the CISO and the
 * 統括 at once whatever the severity; re-triage and reopening with a reason, audited; the list's
 * countdown that stops at submission and its filters 「期限が近い」「期限超過」「未提出」.
 */
@MamoriSpringTest
class IncidentFollowUpTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    ReportSubmissions submissions;

    @Autowired
    ResponsePlanStore plans;

    @Autowired
    IncidentAssets assets;

    @Autowired
    jp.mamori.asset.AssetRegister register;

    IncidentWorld.Person staff;
    IncidentWorld.Person manager;
    IncidentWorld.Person ciso;

    @BeforeEach
    void organisation() {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("年金課", world.unit("年金部", null));
        staff = world.person("報告 四郎", section);
        manager = world.person("管理 五郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        ciso = world.person("最高 六郎", section, new RoleGrant(Role.CISO, null));
    }

    @AfterEach
    void backToToday() {
        TestClock.INSTANCE.reset();
    }

    StoredIncident reported(String title, PersonalData facts) {
        return IncidentServiceTests.as(staff.user(), () -> incidents.report(IncidentWorld.report(title, facts)));
    }

    long audited(String action, IncidentId id) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :id")
                .param("a", action)
                .param("id", id.value().toString())
                .query(Long.class)
                .single();
    }

    @Test
    void a_due_report_tells_the_ciso_and_the_chief_officer_at_once_before_any_triage() {
        StoredIncident due = reported("要配慮個人情報の紛失", IncidentWorld.SENSITIVE);
        assertThat(due.incident().escalations())
                .extracting(Escalation::role)
                .contains(Role.CHIEF_SECURITY_OFFICER, Role.CISO);
        assertThat(due.incident().escalations().stream()
                        .filter(e -> e.role() == Role.CISO)
                        .flatMap(e -> e.people().stream())
                        .map(Escalation.Recipient::personId))
                .contains(ciso.id());

        StoredIncident notDue = reported("停電", PersonalData.none());
        assertThat(notDue.incident().escalations()).extracting(Escalation::role).doesNotContain(Role.CISO);

        // facts revised so that a report becomes due: the CISO is told then
        IncidentId id = notDue.incident().id();
        StoredIncident revised = IncidentServiceTests.as(
                manager.user(), () -> incidents.revisePersonalData(id, IncidentWorld.SENSITIVE, "判明"));
        assertThat(revised.incident().escalations())
                .extracting(Escalation::role)
                .containsOnlyOnce(Role.CISO);
    }

    @Test
    void a_retriage_and_a_reopening_take_a_reason_and_are_audited() throws Exception {
        IncidentId id = reported("再トリアージ", PersonalData.none()).incident().id();
        IncidentServiceTests.as(
                manager.user(), () -> incidents.triage(id, new Triage(Severity.of(1), Priority.LOW), ""));

        mvc.perform(post("/api/v1/incidents/{id}/retriage", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"severity\":4,\"priority\":\"HIGH\",\"reason\":\"\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/incidents/{id}/retriage", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"severity\":4,\"priority\":\"HIGH\",\"reason\":\"外部への流出が判明\"}")
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/incidents/{id}/retriage", id.value())
                        .param("severity", "4")
                        .param("priority", "HIGH")
                        .param("reason", "外部への流出が判明")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());
        StoredIncident raised = IncidentServiceTests.as(manager.user(), () -> incidents.get(id));
        assertThat(raised.incident().severity()).contains(Severity.of(4));
        assertThat(raised.incident().escalations()).extracting(Escalation::role).contains(Role.CISO);
        assertThat(audited("incident.retriaged", id)).isEqualTo(1);

        IncidentServiceTests.as(manager.user(), () -> {
            incidents.contain(id, "");
            incidents.eradicate(id, "");
            incidents.recover(id, "");
            return incidents.close(id, new Closure("設定誤り", "二重確認"), "");
        });
        String closedPage = mvc.perform(get("/incidents/{id}", id.value())
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(closedPage).contains("id=\"reopen-form\"");

        mvc.perform(post("/api/v1/incidents/{id}/reopen", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"同じ設定誤りが別の共有フォルダで見つかった\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REPORTED"));
        assertThat(audited("incident.reopened", id)).isEqualTo(1);
        StoredIncident reopened = IncidentServiceTests.as(manager.user(), () -> incidents.get(id));
        assertThat(reopened.incident().closure()).isEmpty();
        assertThat(reopened.incident().timeline())
                .extracting(TimelineEntry::step)
                .containsSubsequence(IncidentStep.RETRIAGE, IncidentStep.CLOSE, IncidentStep.REOPEN);
    }

    @Test
    void the_list_stops_counting_a_submitted_report_and_filters_by_deadline() {
        StoredIncident stored = reported("期限の絞り込み", IncidentWorld.SENSITIVE);
        IncidentId id = stored.incident().id();
        java.time.LocalDate dueOn =
                incidents.decision(stored.incident()).deadlines().preliminaryReport();
        // two days before the 速報's due date (day 1 with the default of 3 days)
        TestClock.INSTANCE.moveTo(dueOn.minusDays(2).atTime(10, 0));
        assertThat(ids(DeadlineFilter.SOON)).contains(id);
        assertThat(ids(DeadlineFilter.UNSUBMITTED)).contains(id);
        assertThat(ids(DeadlineFilter.OVERDUE)).doesNotContain(id);

        TestClock.INSTANCE.moveTo(dueOn.plusDays(1).atTime(10, 0));
        assertThat(ids(DeadlineFilter.OVERDUE)).contains(id);
        assertThat(ids(DeadlineFilter.SOON)).doesNotContain(id);

        IncidentWorld.preliminarySent(submissions, manager, id);
        IncidentLine line = IncidentServiceTests.as(manager.user(), () -> incidents.list(true)).stream()
                .filter(l -> l.summary().id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(line.preliminaryCountdown()).isNull();
        assertThat(line.finalCountdown()).isNotNull();
        assertThat(line.overdue()).isFalse();
        assertThat(ids(DeadlineFilter.OVERDUE)).doesNotContain(id);
        assertThat(ids(DeadlineFilter.UNSUBMITTED)).contains(id);
    }

    @Test
    void a_responder_links_an_affected_asset_from_the_register_and_its_class_suggests_the_severity() throws Exception {
        long unit = staff.unitId();
        String name = IncidentWorld.unique("住民記録システム");
        String number = jp.mamori.asset.AssetTestData.of(jdbc).informationAsset(name, unit, "3");
        IncidentId id = reported("資産の紐付け", PersonalData.none()).incident().id();

        String search = mvc.perform(get("/incidents/{id}", id.value())
                        .param("assetQuery", name)
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(search).contains("id=\"asset-candidates\"", number).doesNotContain("id=\"severity-suggestion\"");

        mvc.perform(post("/api/v1/incidents/{id}/assets", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"" + number + "\"}")
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/incidents/{id}/assets", id.value())
                        .param("number", number)
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/incidents/{id}/assets", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"" + number + "\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
        mvc.perform(post("/api/v1/incidents/{id}/assets", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"IA-999999999\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isBadRequest());
        assertThat(audited("incident.asset-linked", id)).isEqualTo(1);

        String page = mvc.perform(get("/incidents/{id}", id.value())
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-number=\"" + number + "\"", name)
                .contains("id=\"severity-suggestion\"", "重大度3以上が目安です");
        mvc.perform(get("/api/v1/incidents/{id}/assets", id.value()).with(TestUsers.as(staff.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(number));
    }

    @Test
    void the_plans_escalation_matrix_tells_the_officer_on_report_and_a_systems_administrator_once_it_is_linked() {
        var world = new IncidentWorld(jdbc);
        long policyUnit = world.unit("情報政策課", null);
        var officer = world.person("責任 七郎", staff.unitId(), new RoleGrant(Role.SECURITY_OFFICER, staff.unitId()));
        var administrator = world.person("管理 八郎", policyUnit, new RoleGrant(Role.SYSTEM_ADMINISTRATOR, policyUnit));
        String system =
                jp.mamori.asset.AssetTestData.of(jdbc).informationSystem(IncidentWorld.unique("年金システム"), policyUnit);
        var planCiso = jp.mamori.testing.TestUsers.user("matrix-ciso", new RoleGrant(Role.CISO, null));
        ResponsePlan current = plans.current();
        int basedOn = plans.latest().map(ResponsePlanVersion::version).orElse(0);
        PlanApprovals.inForce(
                jdbc,
                plans,
                planCiso,
                new ResponsePlan(
                        current.steps(),
                        current.cisoFrom(),
                        current.preliminaryReportDays(),
                        current.contacts(),
                        new EscalationMatrix(true, true)),
                basedOn,
                "エスカレーション表");
        try {
            StoredIncident stored = reported("年金システムの障害", PersonalData.none());
            IncidentId id = stored.incident().id();
            assertThat(recipients(stored.incident(), Role.SECURITY_OFFICER)).contains(officer.id());
            assertThat(stored.incident().escalations())
                    .extracting(Escalation::role)
                    .doesNotContain(Role.SYSTEM_ADMINISTRATOR);

            assertThat(register.informationSystems())
                    .extracting(jp.mamori.asset.InformationSystem::number)
                    .contains(system);
            IncidentServiceTests.as(manager.user(), () -> assets.link(id, system));
            assertThat(jdbc.sql("select count(*) from inc_linked_asset where incident_id = :id")
                            .param("id", id.value())
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            Incident after = IncidentServiceTests.as(manager.user(), () -> incidents.get(id))
                    .incident();
            assertThat(recipients(after, Role.SYSTEM_ADMINISTRATOR)).contains(administrator.id());
        } finally {
            int latest = plans.latest().map(ResponsePlanVersion::version).orElse(0);
            PlanApprovals.inForce(jdbc, plans, planCiso, plans.defaults(), latest, "既定に戻す");
        }
    }

    static List<Long> recipients(Incident incident, Role role) {
        return incident.escalations().stream()
                .filter(e -> e.role() == role)
                .flatMap(e -> e.people().stream())
                .map(Escalation.Recipient::personId)
                .toList();
    }

    List<IncidentId> ids(DeadlineFilter filter) {
        return IncidentServiceTests.as(manager.user(), () -> incidents.list(true, filter)).stream()
                .map(l -> l.summary().id())
                .toList();
    }
}
