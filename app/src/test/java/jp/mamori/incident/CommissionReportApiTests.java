package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The report in the REST API: downloads authorised like reading the incident, facts like responding. */
@MamoriSpringTest
class CommissionReportApiTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    IncidentWorld.Person reporter;
    IncidentWorld.Person csirt;
    IncidentWorld.Person outsider;
    IncidentId id;

    @BeforeEach
    void anIncident() {
        var world = new IncidentWorld(jdbc);
        long office = world.unit("事務局", null);
        long section = world.unit("保険課", office);
        long otherSection = world.unit("年金課", office);
        reporter = world.person("報告 花子", section);
        csirt = world.person("対応 四郎", office, new RoleGrant(Role.CSIRT, null));
        outsider = world.person("別課 三郎", otherSection);
        var facts = new PersonalData(true, false, true, 150, false, false, false, false, false);
        id = CommissionReportPagesTests.as(
                        reporter.user(), () -> incidents.report(IncidentWorld.report("マイナンバーの誤送付", facts)))
                .incident()
                .id();
    }

    @Test
    void csirt_downloads_the_excel_report_and_the_download_is_audited_as_from_the_api() throws Exception {
        var response = mvc.perform(
                        get("/api/v1/incidents/{id}/report.xlsx", id.value()).with(TestUsers.as(csirt.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getContentAsByteArray()).startsWith('P', 'K');
        assertThat(jdbc.sql("select details from audit_entry where action = 'incident.report-exported'"
                                + " and subject_id = :id")
                        .param("id", id.toString())
                        .query(String.class)
                        .single())
                .contains("xlsx")
                .contains("api");
    }

    @Test
    void someone_who_cannot_read_the_incident_gets_404_as_for_an_unknown_one() throws Exception {
        for (String file : new String[] {"report.pdf", "report.xlsx", "report-facts"}) {
            mvc.perform(get("/api/v1/incidents/{id}/" + file, id.value()).with(TestUsers.as(outsider.user())))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/incidents/{id}/" + file, UUID.randomUUID()).with(TestUsers.as(csirt.user())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/incidents/not-a-uuid/report.pdf").with(TestUsers.as(csirt.user())))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_reporter_reads_the_facts_but_only_a_responder_replaces_them() throws Exception {
        String occurred = jp.mamori.testing.TestClock.today().minusDays(10).toString();
        String body = "{\"occurredOn\":\"" + occurred + "\",\"dataItems\":\"氏名、個人番号\",\"publication\":\"公表予定なし\"}";
        mvc.perform(put("/api/v1/incidents/{id}/report-facts", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(TestUsers.as(reporter.user())))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/v1/incidents/{id}/report-facts", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(TestUsers.as(csirt.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataItems").value("氏名、個人番号"));

        mvc.perform(get("/api/v1/incidents/{id}/report-facts", id.value()).with(TestUsers.as(reporter.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occurredOn").value(occurred))
                .andExpect(jsonPath("$.publication").value("公表予定なし"))
                .andExpect(jsonPath("$.secondaryDamage").value(""));
    }

    @Test
    void an_overlong_text_is_a_400_naming_the_field() throws Exception {
        String tooLong = "あ".repeat(ReportFacts.TEXT_MAX + 1);
        mvc.perform(put("/api/v1/incidents/{id}/report-facts", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"otherNotes\":\"" + tooLong + "\"}")
                        .with(csrf())
                        .with(TestUsers.as(csirt.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("otherNotes"));
    }

    @Test
    void the_report_paths_are_in_the_openapi_document() throws Exception {
        String doc = mvc.perform(get("/api/v1/openapi.json").with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(doc)
                .contains("/api/v1/incidents/{id}/report.pdf")
                .contains("/api/v1/incidents/{id}/report.xlsx")
                .contains("/api/v1/incidents/{id}/report-facts")
                .contains("application/pdf");
    }
}
