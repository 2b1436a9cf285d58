package jp.mamori.control.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Evidence files of a statement of applicability (an upload is hostile: size, type from the
 * content, SHA-256 checked again on the way out) and the statement as Excel, PDF and from the
 * command line; the catalogue as PDF.
 */
@MamoriSpringTest
class SoaEvidenceAndExportTests {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SoaExport export;

    @Autowired
    MessageSource messages;

    @TempDir
    Path dir;

    long section;
    String sectionCode;
    CurrentUser manager;
    CurrentUser otherManager;

    @BeforeEach
    void organisation() {
        long office = unit("証跡事務局", null);
        section = unit("証跡保険課", office);
        sectionCode = jdbc.sql("select code from org_unit where id = :id")
                .param("id", section)
                .query(String.class)
                .single();
        manager = TestUsers.user(
                "ev-mgr-" + section, new RoleGrant(Role.STAFF, section), new RoleGrant(Role.SECURITY_MANAGER, section));
        long elsewhere = unit("証跡年金課", office);
        otherManager = TestUsers.user(
                "ev-other-" + section,
                new RoleGrant(Role.STAFF, elsewhere),
                new RoleGrant(Role.SECURITY_MANAGER, elsewhere));
    }

    long unit(String name, Long parent) {
        return OrganizationTestData.of(jdbc).unit(name + SEQUENCE.incrementAndGet(), parent);
    }

    int upload(CurrentUser as, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/soa/units/" + section + "/measures/2.1.1/evidence")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf())
                        .with(TestUsers.as(as)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    long files() {
        return jdbc.sql("select count(*) from ctl_soa_evidence where scope_key = :s")
                .param("s", "U:" + section)
                .query(Long.class)
                .single();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void a_pdf_is_kept_with_its_sha256_and_handed_back_unchanged_as_an_attachment() throws Exception {
        byte[] pdf = "%PDF-1.4\n% 点検記録\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(manager, "点検記録.pdf", pdf)).isEqualTo(302);
        long id = jdbc.sql("select id from ctl_soa_evidence where scope_key = :s and sha256 = :h")
                .param("s", "U:" + section)
                .param("h", sha256(pdf))
                .query(Long.class)
                .single();
        byte[] back = mvc.perform(get("/soa/units/" + section + "/measures/2.1.1/evidence/" + id)
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Evidence-SHA256", sha256(pdf)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);
        String page = mvc.perform(get("/soa/units/" + section + "/measures/2.1.1")
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("点検記録.pdf", sha256(pdf));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'control.soa.evidenceAdded' and subject_id = :s")
                        .param("s", "U:" + section + "/2.1.1")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the same content again is refused
        assertThat(upload(manager, "copy.pdf", pdf)).isEqualTo(302);
        assertThat(files()).isEqualTo(1);
        // the measure's page counts the unit's files
        String measure = mvc.perform(get("/controls/measures/2.1.1")
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String row = measure.substring(measure.indexOf("data-unit=\"" + sectionCode + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td class=\"evidence-count\">1件</td>");
    }

    @Test
    void programs_markup_archives_and_oversized_files_are_refused_whatever_their_name() throws Exception {
        assertThat(upload(manager, "report.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}))
                .isEqualTo(302);
        assertThat(upload(manager, "notes.txt", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(302);
        assertThat(upload(
                        manager,
                        "image.svg",
                        "  <svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(302);
        assertThat(upload(manager, "bundle.zip", new byte[] {'P', 'K', 3, 4, 20, 0}))
                .isEqualTo(302);
        assertThat(upload(manager, "binary.log", new byte[] {'a', 0, 'b'})).isEqualTo(302);
        assertThat(upload(manager, "empty.txt", new byte[0])).isEqualTo(302);
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(upload(manager, "big.txt", big)).isEqualTo(302);
        assertThat(files()).isZero();
        // an Office document by its container and name, and plain text, are accepted
        assertThat(upload(manager, "台帳.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 1}))
                .isEqualTo(302);
        assertThat(upload(manager, "log.csv", "日付,結果\n2026-04-01,良\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(302);
        assertThat(jdbc.sql("select content_type from ctl_soa_evidence where scope_key = :s order by id")
                        .param("s", "U:" + section)
                        .query(String.class)
                        .list())
                .containsExactly("application/vnd.openxmlformats-officedocument", "text/plain; charset=UTF-8");
    }

    @Test
    void only_the_units_managers_add_and_only_its_readers_fetch() throws Exception {
        byte[] text = "確認済み\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(otherManager, "x.txt", text)).isEqualTo(403);
        assertThat(upload(TestUsers.user("ev-auditor", new RoleGrant(Role.AUDITOR, null)), "x.txt", text))
                .isEqualTo(403);
        assertThat(upload(manager, "x.txt", text)).isEqualTo(302);
        long id = jdbc.sql("select id from ctl_soa_evidence where scope_key = :s")
                .param("s", "U:" + section)
                .query(Long.class)
                .single();
        mvc.perform(get("/soa/units/" + section + "/measures/2.1.1/evidence/" + id)
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/soa/units/" + section + "/measures/2.1.1/evidence/" + id)
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_file_whose_content_no_longer_matches_its_sha256_is_not_handed_out() throws Exception {
        assertThat(upload(manager, "a.txt", "元の内容\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(302);
        long id = jdbc.sql("select id from ctl_soa_evidence where scope_key = :s")
                .param("s", "U:" + section)
                .query(Long.class)
                .single();
        jdbc.sql("update ctl_soa_evidence_content set content = :c where evidence_id = :id")
                .param("c", "書き換えた内容\n".getBytes(StandardCharsets.UTF_8))
                .param("id", id)
                .update();
        mvc.perform(get("/soa/units/" + section + "/measures/2.1.1/evidence/" + id)
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isConflict());
    }

    @Test
    void the_excel_export_has_one_row_per_applicable_measure_of_the_unit_with_its_status_and_evidence()
            throws Exception {
        assertThat(upload(manager, "研修記録.txt", "受講者一覧\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(302);
        String api = mvc.perform(get("/api/v1/soa")
                        .param("unit", sectionCode)
                        .param("size", "1")
                        .with(TestUsers.as(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int applicable = Integer.parseInt(api.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
        byte[] file = mvc.perform(get("/soa/export.xlsx")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(SoaWorkbook.HEADER_ROW - 1).getCell(2).getStringCellValue())
                    .isEqualTo("番号");
            assertThat(sheet.getLastRowNum() + 1 - SoaWorkbook.HEADER_ROW).isEqualTo(applicable);
            boolean found = false;
            for (int r = SoaWorkbook.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(sectionCode);
                if (row.getCell(2).getStringCellValue().equals("2.1.1")) {
                    found = true;
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("未実施");
                    assertThat(row.getCell(13).getStringCellValue()).startsWith("研修記録.txt (SHA-256 ");
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/soa/export.xlsx")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_statement_and_the_catalogue_print_as_pdf() throws Exception {
        byte[] soa = mvc.perform(get("/soa/export.pdf")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(soa, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] catalogue = mvc.perform(get("/controls/versions/1/catalogue.pdf").with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(catalogue, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(catalogue.length).isGreaterThan(soa.length); // 237 measures with their statements
    }

    @Test
    void the_command_writes_the_unit_into_the_file_and_nothing_to_standard_output() throws Exception {
        StringWriter err = new StringWriter();
        SoaCommands.Export command = new SoaCommands.Export();
        command.file = dir.resolve("soa.xlsx");
        command.unit = sectionCode;
        assertThat(command.run(export, messages, new PrintWriter(err)))
                .as(err.toString())
                .isZero();
        assertThat(err.toString()).contains("soa.xlsx", "1 所属");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(command.file))) {
            assertThat(workbook.getSheetAt(0)
                            .getRow(SoaWorkbook.HEADER_ROW)
                            .getCell(0)
                            .getStringCellValue())
                    .isEqualTo(sectionCode);
        }
        command.unit = "NO-SUCH-UNIT";
        command.file = dir.resolve("none.xlsx");
        assertThat(command.run(export, messages, new PrintWriter(err))).isEqualTo(2);
        assertThat(Files.exists(command.file)).isFalse();
        command.unit = null;
        command.file = dir.resolve("soa.csv");
        assertThat(command.run(export, messages, new PrintWriter(err))).isEqualTo(2);
    }
}
