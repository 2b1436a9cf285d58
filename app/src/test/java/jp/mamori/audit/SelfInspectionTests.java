package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.control.MeasureSummary;
import jp.mamori.control.StatementOfApplicability;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A self-inspection from preparation to submission: questions follow each unit's statement of
 * applicability plus the body's own, a unit answers on the page or in Excel (all or nothing, errors
 * by row), only its managers may answer, and each 未実施 answer opens a corrective action.
 */
@MamoriSpringTest
class SelfInspectionTests {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementOfApplicability soa;

    @Autowired
    AuditFigures figures;

    long office;
    long section;
    long other;
    CurrentUser manager;
    CurrentUser otherManager;

    @BeforeEach
    void organisation() {
        office = unit("点検事務局" + SEQUENCE.incrementAndGet(), null);
        section = unit("点検保険課" + SEQUENCE.incrementAndGet(), office);
        other = unit("点検年金課" + SEQUENCE.incrementAndGet(), office);
        manager = TestUsers.user(
                "ins-mgr-" + section,
                new RoleGrant(Role.STAFF, section),
                new RoleGrant(Role.SECURITY_MANAGER, section));
        otherManager = TestUsers.user(
                "ins-other-" + other, new RoleGrant(Role.STAFF, other), new RoleGrant(Role.SECURITY_MANAGER, other));
    }

    long unit(String name, Long parent) {
        return OrganizationTestData.of(jdbc).unit(name, parent);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A campaign for the section and the other unit with one own question, opened by the CISO. */
    long openCampaign(String title) throws Exception {
        String location = mvc.perform(post("/self-inspections")
                        .param("title", title)
                        .param("dueDate", TestClock.today().plusDays(30).toString())
                        .param("unitIds", Long.toString(section), Long.toString(other))
                        .param("ownQuestions", "執務室の施錠を退庁時に確認していますか\n\n")
                        .with(csrf())
                        .with(TestUsers.ciso()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/self-inspections/" + id + "/open").with(csrf()).with(TestUsers.ciso()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    List<Long> questionIds(long id, long unitId) {
        return jdbc.sql("select id from aud_question where inspection_id = :i and unit_id = :u order by position")
                .param("i", id)
                .param("u", unitId)
                .query(Long.class)
                .list();
    }

    @Test
    void opening_asks_each_unit_about_the_measures_that_apply_to_it_and_the_bodys_own_questions() throws Exception {
        long id = openCampaign("令和8年度 自己点検");
        List<MeasureSummary> applicable = soa.applicableTo(section);
        assertThat(applicable).isNotEmpty();
        List<String> measures = jdbc.sql(
                        "select coalesce(measure_id, '-') from aud_question where inspection_id = :i and unit_id = :u order by position")
                .param("i", id)
                .param("u", section)
                .query(String.class)
                .list();
        assertThat(measures.subList(0, applicable.size()))
                .containsExactlyElementsOf(
                        applicable.stream().map(MeasureSummary::id).toList());
        assertThat(measures).hasSize(applicable.size() + 1).endsWith("-");

        String page = html(get("/self-inspections/" + id + "/units/" + section).with(TestUsers.as(manager)));
        assertThat(page)
                .contains("執務室の施錠を退庁時に確認していますか", "data-question=", "0 / " + measures.size() + " 問")
                .contains("name=\"result-" + questionIds(id, section).get(0) + "\"");
        String list = html(get("/self-inspections").with(TestUsers.as(manager)));
        assertThat(list).contains("令和8年度 自己点検", "実施中");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'self-inspection.opened' and subject_id = :i")
                        .param("i", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_pictures_inspection_figures_come_from_the_latest_campaign_opened_by_the_day() throws Exception {
        long id = openCampaign("令和8年度 自己点検 図表");
        LocalDate today = TestClock.today();

        assertThat(inspectionLinks(figures.figures(today)))
                .as("the campaign opened today is the latest on today's picture")
                .contains("/self-inspections/" + id);
        assertThat(inspectionLinks(figures.figures(today.minusDays(1))))
                .as("a picture of yesterday (a report as of an earlier day) does not count it")
                .doesNotContain("/self-inspections/" + id)
                .noneMatch(link -> link.startsWith("/self-inspections/" + id + "/"));
    }

    static List<String> inspectionLinks(List<Figure> figures) {
        return figures.stream()
                .filter(f -> f.key().equals("audit.inspection.implemented"))
                .map(Figure::link)
                .toList();
    }

    @Test
    void only_the_units_managers_answer_and_only_body_wide_managers_prepare() throws Exception {
        long id = openCampaign("権限の確認");
        long question = questionIds(id, section).get(0);
        mvc.perform(get("/self-inspections/" + id + "/units/" + section).with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/self-inspections/" + id + "/units/" + section)
                        .param("result-" + question, "IMPLEMENTED")
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/self-inspections/" + id + "/units/" + section)
                        .param("result-" + question, "IMPLEMENTED")
                        .with(csrf())
                        .with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/self-inspections/" + id + "/units/" + section).with(TestUsers.auditor()))
                .andExpect(status().isOk());
        mvc.perform(post("/self-inspections")
                        .param("title", "職員が作る")
                        .param("dueDate", TestClock.today().plusDays(3).toString())
                        .param("unitIds", Long.toString(section))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/self-inspections").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/self-inspections/" + id).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_unit_answers_on_the_page_and_submitting_opens_an_action_for_each_not_implemented_answer() throws Exception {
        long id = openCampaign("画面で回答");
        List<Long> questions = questionIds(id, section);
        long notDone = questions.get(0);

        // anything but 実施 needs a comment: nothing is saved while a problem remains
        String refused = mvc.perform(post("/self-inspections/" + id + "/units/" + section)
                        .param("result-" + notDone, "NOT_IMPLEMENTED")
                        .param("comment-" + notDone, "")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("problems")
                .toString();
        assertThat(refused).contains("コメントが必要です");
        assertThat(answered(id, section)).isZero();

        var answers = post("/self-inspections/" + id + "/units/" + section)
                .with(csrf())
                .with(TestUsers.as(manager));
        for (long q : questions) {
            answers.param("result-" + q, q == notDone ? "NOT_IMPLEMENTED" : "IMPLEMENTED");
            answers.param("comment-" + q, q == notDone ? "手順書が未整備" : "");
        }
        mvc.perform(answers).andExpect(status().is3xxRedirection());
        assertThat(answered(id, section)).isEqualTo(questions.size());

        // not confirmed: nothing happens
        mvc.perform(post("/self-inspections/" + id + "/units/" + section + "/submit")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(actionsOf(section)).isEmpty();

        mvc.perform(post("/self-inspections/" + id + "/units/" + section + "/submit")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        List<Long> actions = actionsOf(section);
        assertThat(actions).hasSize(1);
        assertThat(jdbc.sql("select question_id from aud_action where id = :a")
                        .param("a", actions.get(0))
                        .query(Long.class)
                        .single())
                .isEqualTo(notDone);

        // submitted answers stay as they are
        mvc.perform(post("/self-inspections/" + id + "/units/" + section)
                        .param("result-" + notDone, "IMPLEMENTED")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select result from aud_question where id = :q")
                        .param("q", notDone)
                        .query(String.class)
                        .single())
                .isEqualTo("NOT_IMPLEMENTED");

        String overview = html(get("/self-inspections/" + id).with(TestUsers.ciso()));
        assertThat(overview).contains("id=\"chapters\"", "未実施", "未提出");
        String api = mvc.perform(get("/api/v1/self-inspections/" + id).with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"notImplemented\":1", "\"state\":\"OPEN\"", "\"chapters\":[");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action in ('self-inspection.submitted', 'corrective-action.opened') and actor = :a")
                        .param("a", manager.login())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    String measureOf(long question) {
        return jdbc.sql("select measure_id from aud_question where id = :q")
                .param("q", question)
                .query(String.class)
                .single();
    }

    Object flashProblems(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("problems");
    }

    AbstractMockHttpServletRequestBuilder<?> evidence(
            long id, long question, String name, byte[] content, CurrentUser user) {
        return multipart("/self-inspections/" + id + "/units/" + section + "/files")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("questionId", Long.toString(question))
                .with(TestUsers.as(user));
    }

    @Test
    void answers_carry_evidence_and_failed_ones_show_on_the_units_statement_until_put_right() throws Exception {
        long id = openCampaign("令和8年度 SoA連携の点検");
        List<Long> questions = questionIds(id, section);
        long notDone = questions.get(0);
        long partly = questions.get(1);
        String notDoneMeasure = measureOf(notDone);
        String partlyMeasure = measureOf(partly);

        // evidence on an answer: read as hostile, kept with its SHA-256, the same content once
        byte[] pdf = "%PDF-1.7\n点検記録\n".getBytes(StandardCharsets.UTF_8);
        assertThat(flashProblems(evidence(id, partly, "../../点検記録.pdf", pdf, manager)))
                .isNull();
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(flashProblems(evidence(id, partly, "記録.pdf", script, manager))
                        .toString())
                .contains("受け付けない種類");
        assertThat(flashProblems(evidence(id, partly, "もう一度.pdf", pdf, manager)).toString())
                .contains("同じ内容");
        mvc.perform(evidence(id, partly, "他課.pdf", "%PDF-1.7\n他課\n".getBytes(StandardCharsets.UTF_8), otherManager)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        var stored = jdbc.sql("select id, file_name, sha256 from aud_answer_file where question_id = :q")
                .param("q", partly)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)[1]).isEqualTo("点検記録.pdf");
        assertThat(stored.get(0)[2])
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(pdf)));
        var download = mvc.perform(get("/self-inspections/" + id + "/units/" + section + "/files/" + stored.get(0)[0])
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(html(get("/self-inspections/" + id + "/units/" + section).with(TestUsers.as(manager))))
                .contains("点検記録.pdf", "id=\"answer-file-form\"");

        var answers = post("/self-inspections/" + id + "/units/" + section)
                .with(csrf())
                .with(TestUsers.as(manager));
        for (long q : questions) {
            answers.param("result-" + q, q == notDone ? "NOT_IMPLEMENTED" : q == partly ? "PARTIAL" : "IMPLEMENTED");
            answers.param("comment-" + q, q == notDone || q == partly ? "手順書が未整備" : "");
        }
        mvc.perform(answers).andExpect(status().is3xxRedirection());
        // not submitted yet: the statement shows nothing from this campaign
        assertThat(html(get("/soa/units/" + section).with(TestUsers.as(manager))))
                .doesNotContain("SoA連携の点検");
        mvc.perform(post("/self-inspections/" + id + "/units/" + section + "/submit")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(flashProblems(evidence(
                                id, partly, "後から.pdf", "%PDF-1.7\n後\n".getBytes(StandardCharsets.UTF_8), manager))
                        .toString())
                .contains("提出");

        // the statement of applicability: the page, one entry, the API and the export
        String soaPage = html(get("/soa/units/" + section).with(TestUsers.as(manager)));
        assertThat(soaPage)
                .contains("自己点検「令和8年度 SoA連携の点検」：未実施", "自己点検「令和8年度 SoA連携の点検」：一部実施")
                .contains("href=\"/self-inspections/" + id + "/units/" + section + "#q-" + notDone + "\"");
        assertThat(html(get("/soa/units/" + section + "/measures/" + notDoneMeasure)
                        .with(TestUsers.as(manager))))
                .contains("id=\"soa-concerns\"", "：未実施");
        String code = jdbc.sql("select code from org_unit where id = :u")
                .param("u", section)
                .query(String.class)
                .single();
        String api = mvc.perform(get("/api/v1/soa").param("unit", code).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api)
                .contains("\"kind\":\"SELF_INSPECTION\"", "\"detail\":\"NOT_IMPLEMENTED\"", "\"detail\":\"PARTIAL\"")
                .contains("\"path\":\"/self-inspections/" + id + "/units/" + section + "#q-" + notDone + "\"");
        byte[] xlsx = mvc.perform(get("/soa/export.xlsx")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(statusCell(xlsx, notDoneMeasure)).contains("自己点検「令和8年度 SoA連携の点検」：未実施");
        assertThat(statusCell(xlsx, partlyMeasure)).contains("：一部実施");

        // the action of the 未実施 answer verified: that measure is clear, the 一部 answer still shows
        long action = jdbc.sql("select id from aud_action where question_id = :q")
                .param("q", notDone)
                .query(Long.class)
                .single();
        CorrectiveActionSteps.fixed(mvc, action, manager, "手順書を作る", "手順書を作成した");
        mvc.perform(post("/corrective-actions/" + action + "/verify")
                        .with(csrf())
                        .with(TestUsers.ciso()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from aud_action where id = :a")
                        .param("a", action)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        String after = html(get("/soa/units/" + section).with(TestUsers.as(manager)));
        assertThat(after).doesNotContain("：未実施</a>").contains("自己点検「令和8年度 SoA連携の点検」：一部実施");
    }

    /** The status cell of the measure's row in an exported statement (header on row 4). */
    static String statusCell(byte[] xlsx, String measure) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && measure.equals(row.getCell(2).getStringCellValue())) {
                    return row.getCell(7).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no row for " + measure);
    }

    @Test
    void submitting_needs_every_question_answered() throws Exception {
        long id = openCampaign("未回答あり");
        long first = questionIds(id, section).get(0);
        mvc.perform(post("/self-inspections/" + id + "/units/" + section)
                        .param("result-" + first, "IMPLEMENTED")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        Object problems = mvc.perform(post("/self-inspections/" + id + "/units/" + section + "/submit")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andReturn()
                .getFlashMap()
                .get("problems");
        assertThat(problems.toString())
                .contains("未回答の質問が " + (questionIds(id, section).size() - 1) + " 問あります");
        assertThat(jdbc.sql("select submitted_at from aud_inspection_unit where inspection_id = :i and unit_id = :u")
                        .param("i", id)
                        .param("u", section)
                        .query(OffsetDateTime.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void a_unit_answers_in_excel_and_a_wrong_file_is_refused_by_row_with_nothing_saved() throws Exception {
        long id = openCampaign("Excel で回答");
        byte[] download = mvc.perform(get("/self-inspections/" + id + "/units/" + other + "/workbook")
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<Long> questions = questionIds(id, other);

        // a wrong word on one row, a missing comment on another: both rows named, nothing saved
        byte[] wrong = fill(download, (row, n) -> {
            row.getCell(4).setCellValue(n == 0 ? "はい" : n == 1 ? "一部" : "実施");
            row.getCell(5).setCellValue("");
        });
        Object problems = mvc.perform(multipart("/self-inspections/" + id + "/units/" + other + "/workbook")
                        .file(new MockMultipartFile("file", "answers.xlsx", "application/octet-stream", wrong))
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("problems");
        assertThat(problems.toString())
                .contains("行目：回答「はい」は 実施・一部・未実施・該当なし のいずれかで入力してください")
                .contains("行目：回答が「一部」のときはコメントが必要です");
        assertThat(answered(id, other)).isZero();

        byte[] right = fill(download, (row, n) -> {
            row.getCell(4).setCellValue(n == 0 ? "未実施" : "実施");
            row.getCell(5).setCellValue(n == 0 ? "外部記録媒体の管理簿がない" : "");
        });
        mvc.perform(multipart("/self-inspections/" + id + "/units/" + other + "/workbook")
                        .file(new MockMultipartFile("file", "answers.xlsx", "application/octet-stream", right))
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().is3xxRedirection());
        assertThat(answered(id, other)).isEqualTo(questions.size());
        assertThat(jdbc.sql("select comment from aud_question where id = :q")
                        .param("q", questions.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo("外部記録媒体の管理簿がない");

        // not a workbook at all
        Object notXlsx = mvc.perform(multipart("/self-inspections/" + id + "/units/" + other + "/workbook")
                        .file(new MockMultipartFile(
                                "file",
                                "answers.xlsx",
                                "application/octet-stream",
                                "番号,回答".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andReturn()
                .getFlashMap()
                .get("problems");
        assertThat(notXlsx.toString()).contains("Excel ブック（.xlsx）ではありません");
    }

    interface RowFiller {
        void fill(Row row, int n);
    }

    /** The downloaded workbook with its question rows changed. */
    static byte[] fill(byte[] xlsx, RowFiller filler) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "番号".equals(row.getCell(0).toString())) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).isPositive();
            for (int r = header + 1, n = 0; r <= sheet.getLastRowNum(); r++, n++) {
                Row row = sheet.getRow(r);
                if (row.getCell(5) == null) {
                    row.createCell(5);
                }
                filler.fill(row, n);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    int answered(long id, long unitId) {
        return jdbc.sql(
                        "select count(*) from aud_question where inspection_id = :i and unit_id = :u and result is not null")
                .param("i", id)
                .param("u", unitId)
                .query(Integer.class)
                .single();
    }

    List<Long> actionsOf(long unitId) {
        return jdbc.sql("select id from aud_action where unit_id = :u order by id")
                .param("u", unitId)
                .query(Long.class)
                .list();
    }
}
