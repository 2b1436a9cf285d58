package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mamori.printing.TestFonts;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The report page and its downloads: who sees them (like reading the incident), who changes the
 * report facts (those who respond), the files' content, and the audit entries of each download.
 */
@MamoriSpringTest
class CommissionReportPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    IncidentWorld.Person reporter;
    IncidentWorld.Person manager;
    IncidentWorld.Person outsider;
    IncidentId id;
    String reference;

    @BeforeEach
    void anIncidentWithSensitiveDataOfManyPeople() {
        var world = new IncidentWorld(jdbc);
        long office = world.unit("事務局", null);
        long section = world.unit("保険課", office);
        long otherSection = world.unit("年金課", office);
        reporter = world.person("報告 花子", section);
        manager = world.person("管理　一郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        outsider = world.person("別課 三郎", otherSection);
        var facts = new PersonalData(true, true, false, 1_234, false, false, false, false, false);
        StoredIncident stored = as(reporter.user(), () -> incidents.report(IncidentWorld.report("健診結果の誤送信", facts)));
        id = stored.incident().id();
        reference = stored.reference();
    }

    @Test
    void the_reporter_reads_the_report_with_its_deadlines_but_gets_no_facts_form() throws Exception {
        String page = html(get("/incidents/{id}/report", id.value()).with(TestUsers.as(reporter.user())));

        assertThat(page)
                .contains("個人情報保護委員会への報告")
                .contains(reference)
                .contains("報告が必要です（速報及び確報）")
                .contains("速報の期限")
                .contains("約1,234人")
                .contains("PDFをダウンロード")
                .doesNotContain("報告事項を保存");
    }

    @Test
    void the_section_manager_saves_the_facts_and_the_change_is_audited() throws Exception {
        long before = audit("incident.report-facts-revised");

        mvc.perform(post("/incidents/{id}/report-facts", id.value())
                        .param("occurredOn", "")
                        .param("dataItems", "氏名、組合員番号、健診結果")
                        .param("publication", "ウェブサイトで公表した。")
                        .param("responseToPeople", "対象者へ通知文を送付した。")
                        .with(csrf())
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound());

        String page = html(get("/incidents/{id}/report", id.value()).with(TestUsers.as(manager.user())));
        assertThat(page).contains("ウェブサイトで公表した。").contains("報告事項を保存");
        assertThat(audit("incident.report-facts-revised")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select details from audit_entry where action = 'incident.report-facts-revised'"
                                + " and subject_id = :id")
                        .param("id", id.toString())
                        .query(String.class)
                        .single())
                .contains("publication")
                .contains("dataItems")
                .doesNotContain("secondaryDamage");
    }

    @Test
    void the_reporter_may_not_change_the_facts() throws Exception {
        mvc.perform(post("/incidents/{id}/report-facts", id.value())
                        .param("publication", "公表しない")
                        .with(csrf())
                        .with(TestUsers.as(reporter.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_occurrence_after_the_discovery_is_named_on_its_field() throws Exception {
        String page = html(post("/incidents/{id}/report-facts", id.value())
                .param("occurredOn", TestClock.today().plusDays(2).toString())
                .with(csrf())
                .with(TestUsers.as(manager.user())));
        assertThat(page).contains("発生日が発覚日より後になっています。");
    }

    @Test
    void the_pdf_download_reads_back_and_records_who_took_it() throws Exception {
        assumeTrue(Files.isReadable(Path.of(TestFonts.IPAEX)), "fonts-ipaexfont is installed by .ci/run");
        long before = audit("incident.report-exported");

        MockHttpServletResponse response = mvc.perform(
                        get("/incidents/{id}/report.pdf", id.value()).with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("incident-report-" + reference + ".pdf");
        String text =
                CommissionReportFilesTest.compact(CommissionReportFilesTest.textOf(response.getContentAsByteArray()));
        assertThat(text)
                .contains("個人情報保護委員会への保有個人情報の漏えい等の報告（行政機関等）")
                .contains("受付番号" + reference)
                .contains("3.漏えい等が発生し、又は発生したおそれがある保有個人情報に係る本人の数約1,234人");
        assertThat(audit("incident.report-exported")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select actor from audit_entry where action = 'incident.report-exported'"
                                + " and subject_id = :id")
                        .param("id", id.toString())
                        .query(String.class)
                        .single())
                .isEqualTo(manager.user().login());
    }

    @Test
    void the_page_shows_the_report_as_the_kind_chosen_and_its_downloads_keep_the_choice() throws Exception {
        String preliminary = html(get("/incidents/{id}/report", id.value()).with(TestUsers.as(reporter.user())));
        assertThat(preliminary)
                .contains("速報（個人情報保護法施行規則第44条第1項）")
                .contains("報告対象となる事態（個人情報保護法施行規則第43条各号）")
                .contains("/incidents/" + id.value() + "/report.xlsx\"");
        String chosen = html(
                get("/incidents/{id}/report", id.value()).param("kind", "FINAL").with(TestUsers.as(reporter.user())));
        assertThat(chosen)
                .contains("確報（個人情報保護法施行規則第44条第2項）")
                .doesNotContain("速報（個人情報保護法施行規則第44条第1項）")
                .contains("/incidents/" + id.value() + "/report.xlsx?kind=FINAL");
    }

    @Test
    void the_excel_download_has_the_reference_and_the_people_in_the_form() throws Exception {
        byte[] xlsx = mvc.perform(get("/incidents/{id}/report.xlsx", id.value()).with(TestUsers.as(reporter.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("漏えい等報告");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("個人情報保護委員会への保有個人情報の漏えい等の報告（行政機関等）");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("受付番号");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(reference);
            // nothing recorded as submitted yet: the 速報
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("報告の区分");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("速報（個人情報保護法施行規則第44条第1項）");
        }
        byte[] finalReport = mvc.perform(get("/incidents/{id}/report.xlsx", id.value())
                        .param("kind", "FINAL")
                        .with(TestUsers.as(reporter.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(finalReport))) {
            assertThat(workbook.getSheetAt(0).getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("確報（個人情報保護法施行規則第44条第2項）");
        }
    }

    @Test
    void someone_who_cannot_read_the_incident_gets_404_for_the_page_and_both_files_and_nothing_is_audited()
            throws Exception {
        long before = audit("incident.report-exported");
        for (String path :
                new String[] {"/incidents/{id}/report", "/incidents/{id}/report.pdf", "/incidents/{id}/report.xlsx"}) {
            mvc.perform(get(path, id.value())
                            .with(TestUsers.as(outsider.user()))
                            .accept(MediaType.TEXT_HTML))
                    .andExpect(status().isNotFound());
        }
        assertThat(audit("incident.report-exported")).isEqualTo(before);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long audit(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and subject_id = :id")
                .param("action", action)
                .param("id", id.toString())
                .query(Long.class)
                .single();
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        var result = new AtomicReference<T>();
        TestUsers.runAs(user, () -> result.set(work.get()));
        return result.get();
    }
}
