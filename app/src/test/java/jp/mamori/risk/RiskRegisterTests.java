package jp.mamori.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.Html;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The risk register through its pages and API: a unit's manager registers, assesses and treats a
 * risk; only the CISO accepts, which freezes the assessment; others are refused; lists filter and
 * sort in SQL; the heat map and the Excel export count what is there; every change is audited.
 */
@MamoriSpringTest
class RiskRegisterTests {
    /** A review date ahead of whatever day the tests run on. */
    static final java.time.LocalDate REVIEW =
            jp.mamori.testing.TestClock.today().plusMonths(6);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    RiskFixtures fixtures;
    long section;
    String sectionCode;
    long otherSection;
    CurrentUser manager;
    CurrentUser otherManager;
    CurrentUser ciso;
    String owner;
    String asset;

    @BeforeEach
    void organisation() {
        fixtures = new RiskFixtures(jdbc);
        long office = fixtures.unit("リスク事務局", null);
        section = fixtures.unit("リスク保険課", office);
        sectionCode = fixtures.unitCode(section);
        otherSection = fixtures.unit("リスク年金課", office);
        manager = RiskFixtures.manager(section);
        otherManager = RiskFixtures.manager(otherSection);
        String cisoLogin = "risk-ciso-" + section;
        SecurityTestData.of(jdbc).decider(cisoLogin, "risk-accept-pass-42", Totp.SECRET);
        ciso = TestUsers.user(cisoLogin, new RoleGrant(Role.CISO, null));
        owner = fixtures.person(section, "架空　花子");
        asset = fixtures.asset(section, "資格管理システム");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String json(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long register(RequestPostProcessor as, String title) throws Exception {
        String location = mvc.perform(post("/risks")
                        .param("title", title)
                        .param("description", "職員を装ったメールで端末が感染する")
                        .param("unitId", Long.toString(section))
                        .param("assetNumber", asset)
                        .param("threatCategory", "INTENTIONAL_ATTACK")
                        .param("threat", "標的型攻撃メール")
                        .param("ownerStaffNumber", owner)
                        .param("reviewDate", REVIEW.toString())
                        .with(csrf())
                        .with(as))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/risks/");
        return Long.parseLong(location.substring("/risks/".length()));
    }

    void assess(long id, int l, int i, String treatment, String measures, int rl, int ri) throws Exception {
        mvc.perform(post("/risks/" + id + "/assessment")
                        .param("likelihood", Integer.toString(l))
                        .param("impact", Integer.toString(i))
                        .param("treatment", treatment)
                        .param("measures", measures)
                        .param("treatmentPlan", "訓練メールを年2回送る")
                        .param("residualLikelihood", Integer.toString(rl))
                        .param("residualImpact", Integer.toString(ri))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
    }

    long audited(String action, String reference) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action)
                .param("s", reference)
                .query(Long.class)
                .single();
    }

    String reference(long id) {
        return jdbc.sql("select reference from risk_risk where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void assess_treat_and_accept_a_risk_then_a_later_change_leaves_the_accepted_assessment_as_it_was()
            throws Exception {
        long id = register(TestUsers.as(manager), "標的型メールによる漏えい");
        String ref = reference(id);
        assertThat(ref).matches("R-\\d{6}");
        assertThat(html(get("/risks/" + id).with(TestUsers.as(manager)))).contains("架空　花子", "資格管理システム", "未評価");

        assess(id, 3, 3, "REDUCE", "2.1.1, 6.3.2", 2, 2);
        String page = html(get("/risks/" + id).with(TestUsers.as(manager)));
        assertThat(page)
                .contains("評価済(受容待ち)", "risk-colour--red", "risk-colour--yellow", "2.1.1", "6.3.2")
                .doesNotContain("id=\"accept-risk\""); // the manager cannot accept

        mvc.perform(post("/risks/" + id + "/accept")
                        .param("comment", "了承")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        assertThat(html(get("/risks/" + id).with(TestUsers.as(ciso)))).contains("id=\"accept-risk\"");
        // without a fresh code from the authenticator app nothing is accepted
        mvc.perform(post("/risks/" + id + "/accept")
                        .param("comment", "訓練の結果を見て翌年度に見直す")
                        .param("confirmation", "000000")
                        .with(csrf())
                        .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("alert"));
        assertThat(audited("risk.accepted", ref)).isZero();
        mvc.perform(post("/risks/" + id + "/accept")
                        .param("comment", "訓練の結果を見て翌年度に見直す")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from risk_risk where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ACCEPTED");

        // a later assessment is added after the frozen one
        assess(id, 3, 2, "REDUCE", "2.1.1", 1, 2);
        var rows = jdbc.sql(
                        "select seq, likelihood, impact, residual_label, accepted_by from risk_assessment where risk_id = :id order by seq")
                .param("id", id)
                .query((rs, n) -> rs.getInt("seq") + ":" + rs.getInt("likelihood") + "x" + rs.getInt("impact") + ":"
                        + rs.getString("residual_label") + ":" + rs.getString("accepted_by"))
                .list();
        assertThat(rows).containsExactly("1:3x3:中:" + ciso.login(), "2:3x2:低:null");
        String api = json(get("/api/v1/risks/" + ref).with(TestUsers.as(manager)));
        assertThat(api)
                .contains(
                        "\"state\":\"ASSESSED\"",
                        "\"accepted\":true",
                        "\"acceptanceComment\":\"訓練の結果を見て翌年度に見直す\"",
                        "\"accepted\":false");

        assertThat(audited("risk.registered", ref)).isEqualTo(1);
        assertThat(audited("risk.assessed", ref)).isEqualTo(2);
        assertThat(audited("risk.accepted", ref)).isEqualTo(1);
    }

    @Test
    void who_may_read_and_change_is_checked_on_every_handler() throws Exception {
        long id = register(TestUsers.as(manager), "誤送信");
        mvc.perform(get("/risks").with(TestUsers.staff()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/risks").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/risks/" + id).with(TestUsers.as(otherManager)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(post("/risks/" + id + "/close")
                        .param("reason", "x")
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        // the auditor reads but changes nothing
        assertThat(html(get("/risks/" + id).with(TestUsers.auditor()))).doesNotContain("id=\"save-assessment\"");
        mvc.perform(post("/risks/" + id + "/assessment")
                        .param("likelihood", "1")
                        .with(csrf())
                        .with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/risks/matrix")
                        .param("likelihood.1", "a")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        // another unit's manager sees none of this unit's risks in the list
        assertThat(json(get("/api/v1/risks").param("size", "200").with(TestUsers.as(otherManager))))
                .doesNotContain(reference(id));
    }

    @Test
    void an_assessment_is_refused_with_each_problem_on_its_field() throws Exception {
        long id = register(TestUsers.as(manager), "停電");
        String page = Html.page(
                mvc,
                Html.form("/risks/" + id + "/assessment")
                        .param("likelihood", "2")
                        .param("impact", "2")
                        .param("treatment", "REDUCE")
                        .param("measures", "")
                        .param("residualLikelihood", "3")
                        .param("residualImpact", "1")
                        .with(TestUsers.as(manager)));
        assertThat(page).contains("低減では、実施する対策を 1 つ以上指定してください。", "対応後の段階は対応前より高くできません。");
        mvc.perform(post("/api/v1/risks/" + reference(id) + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"likelihood\":2,\"impact\":2,\"treatment\":\"REDUCE\",\"measures\":[\"99.9.9\"],"
                                + "\"residualLikelihood\":1,\"residualImpact\":1}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from risk_assessment where risk_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post("/risks")
                        .param("title", "")
                        .param("unitId", Long.toString(section))
                        .param("threat", "地震")
                        .param("ownerStaffNumber", "NO-SUCH-PERSON")
                        .with(csrf())
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
    }

    @Test
    void the_api_registers_lists_filters_and_sorts() throws Exception {
        String created = mvc.perform(post("/api/v1/risks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"ランサムウェアによる停止\",\"unit\":\"" + sectionCode
                                + "\",\"asset\":\"" + asset + "\",\"threatCategory\":\"INTENTIONAL_ATTACK\","
                                + "\"threat\":\"ランサムウェア\",\"ownerStaffNumber\":\"" + owner + "\"}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/risks/R-")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String high = created.replaceAll("(?s).*\"reference\":\"(R-\\d+)\".*", "$1");
        mvc.perform(post("/api/v1/risks/" + high + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"likelihood\":3,\"impact\":3,\"treatment\":\"TRANSFER\",\"treatmentPlan\":\"保険\","
                                + "\"residualLikelihood\":3,\"residualImpact\":3}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated());
        long low = register(TestUsers.as(manager), "書類の紛失");
        assess(low, 1, 1, "ACCEPT", "", 1, 1);
        register(TestUsers.as(manager), "未評価のリスク");

        String all = json(get("/api/v1/risks").param("unit", sectionCode).with(TestUsers.as(manager)));
        assertThat(all).contains("\"total\":3");
        assertThat(all.indexOf(high)).isLessThan(all.indexOf(reference(low))); // highest residual first
        assertThat(json(get("/api/v1/risks")
                        .param("unit", sectionCode)
                        .param("minResidual", "3")
                        .with(TestUsers.as(manager))))
                .contains("\"total\":1", high);
        assertThat(json(get("/api/v1/risks")
                        .param("unit", sectionCode)
                        .param("treatment", "ACCEPT")
                        .with(TestUsers.as(manager))))
                .contains("\"total\":1", reference(low));
        assertThat(json(get("/api/v1/risks")
                        .param("unit", sectionCode)
                        .param("q", "紛失")
                        .with(TestUsers.as(manager))))
                .contains("\"total\":1");
        assertThat(json(get("/api/v1/risks")
                        .param("unit", sectionCode)
                        .param("sort", "REFERENCE")
                        .param("size", "1")
                        .with(TestUsers.as(manager))))
                .contains("\"total\":3", "\"size\":1", high);

        mvc.perform(get("/api/v1/risks/heatmap")
                        .param("unit", sectionCode)
                        .param("basis", "inherent")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("inherent"))
                .andExpect(jsonPath("$.cells[?(@.likelihood == 3 && @.impact == 3)].count")
                        .value(hasItem(1)))
                .andExpect(jsonPath("$.cells[?(@.likelihood == 3 && @.impact == 3)].level.colour")
                        .value(hasItem("RED")))
                .andExpect(jsonPath("$.cells[?(@.likelihood == 1 && @.impact == 1)].count")
                        .value(hasItem(1)))
                .andExpect(jsonPath("$.cells[?(@.likelihood == 2 && @.impact == 2)].count")
                        .value(hasItem(0)))
                .andExpect(jsonPath("$.unassessed").value(1));
        assertThat(html(get("/risks/heatmap")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager))))
                .contains("data-cell=\"3-3\"", "未評価 1 件");
    }

    @Test
    void the_excel_export_has_one_row_per_risk_with_levels_in_their_colour_and_the_heat_maps() throws Exception {
        long id = register(TestUsers.as(manager), "委託先からの漏えい");
        assess(id, 2, 3, "REDUCE", "2.1.1", 1, 3);
        byte[] file = mvc.perform(get("/risks/export.xlsx")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                org.hamcrest.Matchers.startsWith(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet ledger = workbook.getSheetAt(0);
            assertThat(ledger.getRow(RiskWorkbook.HEADER_ROW - 1).getCell(0).getStringCellValue())
                    .isEqualTo("番号");
            Row row = ledger.getRow(RiskWorkbook.HEADER_ROW);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(reference(id));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("委託先からの漏えい");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("高");
            assertThat(((XSSFCellStyle) row.getCell(9).getCellStyle())
                            .getFillForegroundColorColor()
                            .getARGBHex())
                    .endsWith(RiskColour.RED.rgb());
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("2.1.1");
            assertThat(row.getCell(19).getStringCellValue()).isEqualTo(jp.mamori.shared.Wareki.japanese(REVIEW));
            assertThat(ledger.getRow(RiskWorkbook.HEADER_ROW + 1)).isNull();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet residual = workbook.getSheetAt(2);
            // residual 1×3: the bottom row (likelihood 1), third column (impact 3)
            assertThat(residual.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void the_matrix_is_configured_by_a_body_wide_manager_and_past_assessments_keep_their_levels() throws Exception {
        long id = register(TestUsers.as(manager), "地震による停止");
        assess(id, 2, 2, "ACCEPT", "", 2, 2);
        try {
            mvc.perform(post("/risks/matrix")
                            .param("likelihood.1", "まれ")
                            .param("likelihood.2", "ときどき")
                            .param("likelihood.3", "よくある")
                            .param("likelihood.4", "常に")
                            .param("impact.1", "軽微")
                            .param("impact.2", "中程度")
                            .param("impact.3", "重大")
                            .param("level.1.label", "許容")
                            .param("level.1.colour", "GREEN")
                            .param("level.2.label", "要注意")
                            .param("level.2.colour", "ORANGE")
                            .param("level.3.label", "危険")
                            .param("level.3.colour", "PURPLE")
                            .param("cell.1.1", "1")
                            .param("cell.1.2", "1")
                            .param("cell.1.3", "2")
                            .param("cell.2.1", "1")
                            .param("cell.2.2", "3")
                            .param("cell.2.3", "3")
                            .param("cell.3.1", "2")
                            .param("cell.3.2", "3")
                            .param("cell.3.3", "3")
                            .param("cell.4.1", "3")
                            .param("cell.4.2", "3")
                            .param("cell.4.3", "3")
                            .with(csrf())
                            .with(TestUsers.ciso()))
                    .andExpect(status().is3xxRedirection());
            String page = html(get("/risks/matrix").with(TestUsers.ciso()));
            assertThat(page).contains("常に", "要注意", "risk-colour--purple");
            // the assessment made before keeps 中 (yellow); a new one gets 危険 for 2×2
            assertThat(html(get("/risks/" + id).with(TestUsers.as(manager)))).contains("risk-colour--yellow");
            assess(id, 2, 2, "ACCEPT", "", 2, 2);
            assertThat(html(get("/risks/" + id).with(TestUsers.as(manager)))).contains("危険");
            assertThat(jdbc.sql(
                                    "select count(*) from audit_entry where action = 'risk.matrix.changed' and details like '%常に%'")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(1);
        } finally {
            restoreStandardMatrix();
        }
    }

    void restoreStandardMatrix() throws Exception {
        var std = RiskMatrix.standard();
        var request = post("/risks/matrix").with(csrf()).with(TestUsers.ciso());
        for (int g = 1; g <= 3; g++) {
            request.param("likelihood." + g, std.likelihoodLabel(g)).param("impact." + g, std.impactLabel(g));
        }
        for (var level : std.levels()) {
            request.param("level." + level.rank() + ".label", level.label())
                    .param("level." + level.rank() + ".colour", level.colour().name());
        }
        for (int l = 1; l <= 3; l++) {
            for (int i = 1; i <= 3; i++) {
                request.param(
                        "cell." + l + "." + i, Integer.toString(std.level(l, i).rank()));
            }
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        assertThat(html(get("/risks/matrix").with(TestUsers.ciso()))).doesNotContain("常に");
    }
}
