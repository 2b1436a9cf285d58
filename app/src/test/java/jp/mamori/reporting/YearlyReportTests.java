package jp.mamori.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.ReportRequest;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.reporting.YearlyReport.Format;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly report to the 情報セキュリティ委員会, with the clock fixed on 2027-05-20 (令和9年度): the
 * 年度 boundary (an incident discovered on 31 March belongs to the old 年度, one on 1 April to the new),
 * the PDF's text (和暦, section titles, the office's issues), the workbook (a sheet per section,
 * numbers as numeric cells), every generation kept as a new version whose download is the stored
 * bytes with the stored hash, the audit trail, the input checks and who may use it.
 */
@MamoriSpringTest
@OnDay("2027-05-20")
class YearlyReportTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    YearlyReports reports;

    @Autowired
    IncidentService incidents;

    OrganizationTestData org;
    long section;
    String sectionName;
    CurrentUser ciso;
    CurrentUser manager;
    CurrentUser staff;

    @BeforeEach
    void organisation() {
        org = new OrganizationTestData(context);
        sectionName = OrganizationTestData.unique("年度報告課");
        section = org.unit(sectionName, null);
        ciso = TestUsers.user("yr-ciso", new RoleGrant(Role.CISO, null));
        long person = org.person("年度 管理者", section);
        manager = new CurrentUser(
                "yr-mgr-" + person,
                person,
                "年度 管理者",
                false,
                List.of(new RoleGrant(Role.STAFF, section), new RoleGrant(Role.SECURITY_MANAGER, section)));
        long member = org.person("年度 職員", section);
        staff = new CurrentUser(
                "yr-staff-" + member, member, "年度 職員", false, List.of(new RoleGrant(Role.STAFF, section)));
    }

    <T> T as(CurrentUser user, Supplier<T> work) {
        AtomicReference<T> out = new AtomicReference<>();
        TestUsers.runAs(user, () -> out.set(work.get()));
        return out.get();
    }

    void incident(String title, LocalDateTime discoveredJapanTime) {
        TestUsers.runAs(
                staff,
                () -> incidents.report(new ReportRequest(
                        title,
                        "年度の境目の試験",
                        discoveredJapanTime.atZone(BodyClock.ZONE).toInstant(),
                        "自分",
                        List.of("端末"),
                        ThreatCategory.UNINTENTIONAL_ERROR,
                        PersonalData.none(),
                        null,
                        "")));
    }

    byte[] download(CurrentUser user, long id, String format) throws Exception {
        return mvc.perform(get("/yearly-reports/" + id + "/" + format).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** Every text cell of the sheet, row by row. */
    static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }

    @Test
    void an_incident_on_31_march_belongs_to_the_old_year_and_one_on_1_april_to_the_new() throws Exception {
        String old = OrganizationTestData.unique("三月末の事案");
        String fresh = OrganizationTestData.unique("四月初の事案");
        incident(old, LocalDateTime.of(2027, 3, 31, 23, 30));
        incident(fresh, LocalDateTime.of(2027, 4, 1, 0, 10));

        YearlyReport r2026 = as(ciso, () -> reports.generate(2026, LocalDate.of(2027, 5, 20), ""));
        YearlyReport r2027 = as(ciso, () -> reports.generate(2027, LocalDate.of(2027, 5, 20), ""));

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download(ciso, r2026.id(), "xlsx")))) {
            List<String> cells = texts(book.getSheet("インシデント"));
            assertThat(cells).contains(old, "令和9年3月31日").doesNotContain(fresh);
            assertThat(cells)
                    .as("the months of 令和8年度")
                    .contains("令和8年4月", "令和9年3月")
                    .doesNotContain("令和9年4月");
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download(ciso, r2027.id(), "xlsx")))) {
            List<String> cells = texts(book.getSheet("インシデント"));
            assertThat(cells).contains(fresh, "令和9年4月1日").doesNotContain(old);
        }
        assertThat(YearlyReports.figuresOn(2026, LocalDate.of(2027, 5, 20))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(YearlyReports.figuresOn(2026, LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(YearlyReports.figuresOn(2027, LocalDate.of(2027, 5, 20))).isEqualTo(LocalDate.of(2027, 5, 20));
    }

    @Test
    void the_pdf_carries_wareki_dates_section_titles_and_the_offices_issues() throws Exception {
        YearlyReport report =
                as(ciso, () -> reports.generate(2026, LocalDate.of(2027, 3, 31), "標的型メール訓練を全部署で行う。\n委託先の点検を増やす。"));

        byte[] pdf = download(ciso, report.id(), "pdf");
        String text = pdfText(pdf);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(text)
                .contains("令和8年度")
                .contains("令和9年3月31日")
                .contains("情報セキュリティ委員会")
                .contains("対策の実施状況と例外措置")
                .contains("自己点検の結果")
                .contains("監査の指摘事項と改善措置")
                .contains("研修の受講と規程の遵守の確認")
                .contains("インシデントの発生と対応")
                .contains("情報資産とネットワーク")
                .contains("情報セキュリティポリシーの改正")
                .contains("次年度の課題")
                .contains("標的型メール訓練を全部署で行う。");
    }

    @Test
    void the_workbook_has_a_sheet_per_section_and_numbers_as_numbers() throws Exception {
        jdbc.sql("""
                        insert into aud_action (unit_id, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, '9.1.1', '年度報告の改善措置', '', :d, 'OPEN', :at)
                        """)
                .param("u", section)
                .param("d", LocalDate.of(2027, 4, 30))
                .param(
                        "at",
                        LocalDate.of(2027, 4, 10).atStartOfDay(BodyClock.ZONE).toOffsetDateTime())
                .update();
        YearlyReport report = as(ciso, () -> reports.generate(2027, LocalDate.of(2027, 5, 20), ""));

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download(ciso, report.id(), "xlsx")))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets)
                    .containsExactly(
                            "概要",
                            "対策と例外措置",
                            "自己点検",
                            "監査の指摘と改善措置",
                            "研修と遵守の確認",
                            "インシデント",
                            "情報資産とネットワーク",
                            "規程の改正",
                            "次年度の課題");
            Sheet findings = book.getSheet("監査の指摘と改善措置");
            Row unitRow = null;
            int openColumn = -1;
            for (Row row : findings) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals("改善措置（未完了）")) {
                        openColumn = cell.getColumnIndex();
                    }
                }
                Cell first = row.getCell(0);
                if (openColumn >= 0 && first != null && sectionName.equals(first.getStringCellValue())) {
                    unitRow = row;
                    break;
                }
            }
            assertThat(unitRow).as("the unit's row in the table by unit").isNotNull();
            Cell open = unitRow.getCell(openColumn);
            assertThat(open.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(open.getNumericCellValue()).isEqualTo(1.0);
            assertThat(texts(findings)).contains("年度報告の改善措置", "令和9年4月30日");
        }
    }

    @Test
    void generations_of_one_year_at_the_same_moment_are_all_kept_with_their_own_versions() throws Exception {
        int callers = 3;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<YearlyReport>> made = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String issues = "同時作成 " + i;
                made.add(pool.submit(() -> {
                    start.await();
                    return as(ciso, () -> reports.generate(2024, LocalDate.of(2025, 3, 31), issues));
                }));
            }
            start.countDown();
            List<Integer> versions = new ArrayList<>();
            for (Future<YearlyReport> f : made) {
                versions.add(f.get(2, TimeUnit.MINUTES).version());
            }
            assertThat(versions).as("each caller got a report of its own").containsExactlyInAnyOrder(1, 2, 3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select version from rep_yearly_report where fiscal_year = 2024 order by version")
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 2, 3);
    }

    @Test
    void every_generation_is_kept_as_a_new_version_and_a_download_returns_the_stored_bytes() throws Exception {
        YearlyReport first = as(ciso, () -> reports.generate(2025, LocalDate.of(2026, 3, 31), "第一版の課題"));
        byte[] firstPdf = download(ciso, first.id(), "pdf");
        YearlyReport second = as(ciso, () -> reports.generate(2025, LocalDate.of(2026, 3, 31), "第二版の課題"));

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(YearlyReports.sha256(firstPdf)).isEqualTo(first.pdfSha256());
        assertThat(download(ciso, first.id(), "pdf"))
                .as("the first version unchanged")
                .isEqualTo(firstPdf);
        byte[] xlsx = download(ciso, second.id(), "xlsx");
        assertThat(YearlyReports.sha256(xlsx)).isEqualTo(second.xlsxSha256());
        String stored = jdbc.sql("select pdf_sha256 from rep_yearly_report where id = :id")
                .param("id", first.id())
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(YearlyReports.sha256(firstPdf));

        String page = mvc.perform(get("/yearly-reports").with(TestUsers.as(ciso)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("令和7年度", "第" + second.version() + "版", first.pdfSha256(), second.xlsxSha256());

        String api = mvc.perform(get("/api/v1/yearly-reports").with(TestUsers.as(ciso)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"pdfSha256\":\"" + first.pdfSha256() + "\"");
        byte[] byApi = mvc.perform(get("/api/v1/yearly-reports/" + second.id() + "/file?format=xlsx")
                        .with(TestUsers.as(ciso)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(byApi).isEqualTo(xlsx);

        assertThat(jdbc.sql("""
                                select action from audit_entry where subject_type = 'yearly-report' and subject_id = :id
                                order by seq
                                """)
                        .param("id", Long.toString(first.id()))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "reporting.yearly-report-generated",
                        "reporting.yearly-report-downloaded",
                        "reporting.yearly-report-downloaded");
    }

    @Test
    void the_form_generates_a_report_and_bad_input_is_refused_with_a_message() throws Exception {
        mvc.perform(post("/yearly-reports")
                        .with(TestUsers.as(ciso))
                        .with(csrf())
                        .param("fiscalYear", "2026")
                        .param("asOf", "2027-03-31")
                        .param("issuesNextYear", "フォームからの課題"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from rep_yearly_report where issues_next_year = 'フォームからの課題'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThatThrownBy(() -> as(ciso, () -> reports.generate(2026, LocalDate.of(2027, 5, 21), "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("yearly.error.asOfFuture"));
        assertThatThrownBy(() -> as(ciso, () -> reports.generate(2026, LocalDate.of(2026, 3, 31), "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("yearly.error.asOfBeforeYear"));
        assertThatThrownBy(() -> as(ciso, () -> reports.generate(2028, LocalDate.of(2027, 5, 20), "")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void staff_are_refused_and_a_unit_manager_sees_only_reports_of_their_units() throws Exception {
        YearlyReport body = as(ciso, () -> reports.generate(2026, LocalDate.of(2027, 3, 31), ""));
        YearlyReport mine = as(manager, () -> reports.generate(2026, LocalDate.of(2027, 3, 31), ""));

        assertThat(mine.scopeUnits()).containsExactly(section);
        assertThat(as(manager, () -> reports.list()))
                .extracting(YearlyReport::id)
                .contains(mine.id())
                .doesNotContain(body.id());
        mvc.perform(get("/yearly-reports/" + body.id() + "/pdf").with(TestUsers.as(manager)))
                .andExpect(status().isNotFound());
        String text = pdfText(download(manager, mine.id(), "pdf"));
        assertThat(text).contains(sectionName);

        mvc.perform(get("/yearly-reports").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/yearly-reports")
                        .with(TestUsers.as(staff))
                        .with(csrf())
                        .param("fiscalYear", "2026")
                        .param("asOf", "2027-03-31"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/yearly-reports/" + body.id() + "/pdf").with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/yearly-reports").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/yearly-reports/" + body.id() + "/file").with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_format_is_named_by_its_extension() {
        assertThat(Format.of("PDF")).isEqualTo(Format.PDF);
        assertThat(Format.of("xlsx")).isEqualTo(Format.XLSX);
        assertThat(Format.of("docx")).isNull();
    }
}
