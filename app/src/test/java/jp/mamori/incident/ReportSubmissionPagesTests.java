package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UploadedBytes;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnEachHardDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports recorded as submitted (issue 11 point 2): who records them, what is kept (the file with
 * its SHA-256), the countdown that stops, a late submission that says so, the audit trail, and the
 * incident that cannot be closed while a due report is outstanding unless the CISO decides so.
 */
@MamoriSpringTest
class ReportSubmissionPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    IncidentWorld.Person staff;
    IncidentWorld.Person manager;

    /** 要配慮個人情報 of one person: due under either regime. */
    static final PersonalData SENSITIVE = new PersonalData(true, true, false, 1, false, false, false, false, false);

    @BeforeEach
    void organisation() {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("保険課", world.unit("事務局", null));
        staff = world.person("報告 花子", section);
        manager = world.person("管理 一郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
    }

    IncidentId reported(String title) {
        return IncidentServiceTests.as(staff.user(), () -> incidents.report(IncidentWorld.report(title, SENSITIVE)))
                .incident()
                .id();
    }

    String page(IncidentId id) throws Exception {
        return mvc.perform(get("/incidents/{id}", id.value())
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long audited(String action, IncidentId id) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :id")
                .param("a", action)
                .param("id", id.value().toString())
                .query(Long.class)
                .single();
    }

    @Test
    void the_preliminary_report_is_recorded_with_its_file_and_its_countdown_stops() throws Exception {
        IncidentId id = reported("健診結果の誤送付");
        assertThat(page(id)).contains("id=\"submission-form\"");
        byte[] sent = "速報として送ったPDFの中身".getBytes(StandardCharsets.UTF_8);
        String sha = UploadedBytes.sha256Of(sent);
        LocalDateTime at = LocalDateTime.now(TestClock.INSTANCE.withZone(BodyClock.ZONE))
                .minusMinutes(5)
                .withSecond(0)
                .withNano(0);

        mvc.perform(multipart("/incidents/{id}/submissions", id.value())
                        .file(new MockMultipartFile("file", "sokuhou.pdf", "application/pdf", sent))
                        .param("kind", "PRELIMINARY")
                        .param("submittedAt", at.toString())
                        .param("submittedBy", "統括情報セキュリティ責任者 山田")
                        .param("channel", "PPC_FORM")
                        .param("receiptNumber", "PPC-0001")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());

        String page = page(id);
        String preliminary = page.substring(page.indexOf("id=\"due-preliminary\""), page.indexOf("id=\"due-final\""));
        assertThat(preliminary).doesNotContain("class=\"countdown");
        assertThat(page.substring(page.indexOf("id=\"due-final\""))).contains("class=\"countdown");
        assertThat(page)
                .contains("id=\"submission-table\"")
                .contains("PPC-0001", "sokuhou.pdf", "SHA-256 " + sha, "統括情報セキュリティ責任者 山田")
                .contains("期限内");
        assertThat(audited("incident.report-submitted", id)).isEqualTo(1);

        mvc.perform(get("/incidents/{id}/submissions/PRELIMINARY/file", id.value())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Evidence-SHA256", sha))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(sent));

        // once per kind
        mvc.perform(multipart("/incidents/{id}/submissions", id.value())
                        .param("kind", "PRELIMINARY")
                        .param("submittedAt", at.toString())
                        .param("submittedBy", "二度目")
                        .param("channel", "PPC_FORM")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());
        assertThat(audited("incident.report-submitted", id)).isEqualTo(1);
    }

    @Test
    void the_reporter_may_not_record_a_submission_and_a_report_not_due_takes_none() throws Exception {
        IncidentId id = reported("報告者の記録");
        mvc.perform(multipart("/incidents/{id}/submissions", id.value())
                        .param("kind", "PRELIMINARY")
                        .param("submittedAt", "2026-01-01T10:00")
                        .param("submittedBy", "報告者")
                        .param("channel", "PPC_FORM")
                        .with(csrf())
                        .with(TestUsers.as(staff.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());

        IncidentId none = IncidentServiceTests.as(
                        staff.user(), () -> incidents.report(IncidentWorld.report("停電", PersonalData.none())))
                .incident()
                .id();
        mvc.perform(post("/api/v1/incidents/{id}/submissions", none.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"PRELIMINARY","submittedAt":"2026-01-01T01:00:00Z","submittedBy":"x","channel":"PPC_FORM"}""")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @OnEachHardDay(eraBoundary = false)
    void a_report_sent_after_its_due_date_is_recorded_as_late() throws Exception {
        IncidentId id = reported("遅れた速報");
        LocalDate dayOne = TestClock.today();
        TestClock.INSTANCE.moveTo(dayOne.plusDays(5).atTime(10, 0));

        mvc.perform(post("/api/v1/incidents/{id}/submissions", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"kind\":\"PRELIMINARY\",\"submittedAt\":\""
                                        + dayOne.plusDays(3)
                                                .atTime(9, 0)
                                                .atZone(BodyClock.ZONE)
                                                .toInstant()
                                        + "\",\"submittedBy\":\"統括\",\"channel\":\"DELEGATED_MINISTRY\",\"receiptNumber\":\"\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.dueOn").value(dayOne.plusDays(2).toString()))
                .andExpect(jsonPath("$.fileName").value(org.hamcrest.Matchers.endsWith(".xlsx")));
        assertThat(page(id)).contains("期限（" + jp.mamori.shared.Wareki.japanese(dayOne.plusDays(2)) + "）後の提出");
    }

    @Test
    void a_final_report_kept_as_the_product_made_it_says_it_is_the_final_report() throws Exception {
        IncidentId id = reported("確報の控え");
        String at = TestClock.now().minusHours(1).toInstant().toString();
        mvc.perform(post("/api/v1/incidents/{id}/submissions", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"FINAL\",\"submittedAt\":\"" + at
                                + "\",\"submittedBy\":\"統括\",\"channel\":\"PPC_FORM\",\"receiptNumber\":\"PPC-9\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isCreated());

        byte[] kept = mvc.perform(get("/api/v1/incidents/{id}/submissions/FINAL/file", id.value())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(kept))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("報告の区分");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).startsWith("確報（個人情報保護法施行規則第");
        }
    }

    @Test
    void an_incident_with_a_due_report_outstanding_is_closed_only_by_the_ciso_with_a_reason() throws Exception {
        IncidentId id = reported("未提出のまま終結");
        IncidentServiceTests.as(manager.user(), () -> {
            incidents.triage(id, new Triage(Severity.of(2), Priority.HIGH), "");
            incidents.contain(id, "");
            incidents.eradicate(id, "");
            return incidents.recover(id, "");
        });
        assertThat(page(id)).contains("id=\"close-outstanding\"");

        mvc.perform(post("/incidents/{id}/close", id.value())
                        .param("cause", "宛先の誤り")
                        .param("recurrencePrevention", "二人で確認する")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo(IncidentState.RECOVERED);

        mvc.perform(post("/incidents/{id}/close", id.value())
                        .param("cause", "宛先の誤り")
                        .param("recurrencePrevention", "二人で確認する")
                        .param("outstandingReason", "管理者の判断で")
                        .with(csrf())
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo(IncidentState.RECOVERED);

        mvc.perform(post("/incidents/{id}/close", id.value())
                        .param("cause", "宛先の誤り")
                        .param("recurrencePrevention", "二人で確認する")
                        .param("outstandingReason", "委員会と協議し、報告は本件と一体の別件で提出済み")
                        .with(csrf())
                        .with(TestUsers.ciso()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo(IncidentState.CLOSED);
        assertThat(audited("incident.closed-with-reports-outstanding", id)).isEqualTo(1);
    }

    IncidentState state(IncidentId id) {
        return IncidentServiceTests.as(manager.user(), () -> incidents.get(id))
                .incident()
                .state();
    }
}
