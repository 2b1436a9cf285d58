package jp.mamori.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The control catalogue, the statement of applicability (entries, evidence bytes, the Excel export)
 * the risk register and the exceptions (例外措置) on a real PostgreSQL: V20, V23 and V24 migrate, the shipped catalogue is in force,
 * and each table is written and read back through the application.
 */
class ControlRiskPostgresIT extends PostgresApplicationTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_catalogue_the_statement_of_applicability_and_the_risk_register_work_on_postgresql() throws Exception {
        var fixtures = new RiskFixtures(jdbc);
        long office = fixtures.unit("PG事務局", null);
        long section = fixtures.unit("PG保険課", office);
        String code = fixtures.unitCode(section);
        CurrentUser manager = RiskFixtures.manager(section);
        String owner = fixtures.person(section, "架空 次郎");
        String asset = fixtures.asset(section, "電子申請システム");

        // the catalogue
        assertThat(jdbc.sql("select count(*) from ctl_measure m join ctl_catalogue_version v on v.id = m.version_id"
                                + " where v.state = 'IN_FORCE'")
                        .query(Long.class)
                        .single())
                .isEqualTo(237);
        assertThat(body(get("/api/v1/controls").param("q", "パスワード").with(TestUsers.staff())))
                .contains("\"total\":");

        // the statement of applicability: a recorded entry, an evidence file, the Excel export
        mvc.perform(post("/soa/units/" + section + "/measures/2.1.1")
                        .param("status", "PARTIAL")
                        .param("responsible", "架空 次郎")
                        .param(
                                "lastChecked",
                                jp.mamori.testing.TestClock.today().minusDays(3).toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        byte[] pdf = "%PDF-1.7\n点検\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/soa/units/" + section + "/measures/2.1.1/evidence")
                        .file(new MockMultipartFile("file", "点検.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        long evidenceId = jdbc.sql("select id from ctl_soa_evidence where scope_key = :s")
                .param("s", "U:" + section)
                .query(Long.class)
                .single();
        byte[] back = mvc.perform(get("/soa/units/" + section + "/measures/2.1.1/evidence/" + evidenceId)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);
        assertThat(body(get("/api/v1/soa")
                        .param("unit", code)
                        .param("status", "PARTIAL")
                        .with(TestUsers.as(manager))))
                .contains("\"measureId\":\"2.1.1\"", "\"total\":1");
        byte[] soa = mvc.perform(get("/soa/export.xlsx")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(soa))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(10);
        }

        // the risk register
        String created = mvc.perform(post("/api/v1/risks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"電子申請の改ざん\",\"unit\":\"" + code + "\",\"asset\":\"" + asset
                                + "\",\"threatCategory\":\"INTENTIONAL_ATTACK\",\"threat\":\"不正アクセス\","
                                + "\"ownerStaffNumber\":\"" + owner + "\",\"reviewDate\":\""
                                + jp.mamori.testing.TestClock.today().plusYears(1) + "\"}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String ref = created.replaceAll("(?s).*\"reference\":\"(R-\\d+)\".*", "$1");
        long id = jdbc.sql("select id from risk_risk where reference = :r")
                .param("r", ref)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/risks/" + ref + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"likelihood\":3,\"impact\":3,\"treatment\":\"REDUCE\",\"measures\":[\"2.1.1\",\"6.3.2\"],"
                                        + "\"treatmentPlan\":\"多要素認証\",\"residualLikelihood\":1,\"residualImpact\":3}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated());
        String cisoLogin = "pg-risk-ciso";
        SecurityTestData.of(jdbc).decider(cisoLogin, "risk-accept-pass-42", Totp.SECRET);
        mvc.perform(post("/risks/" + id + "/accept")
                        .param("comment", "了承")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(TestUsers.user(cisoLogin, new RoleGrant(Role.CISO, null)))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/risks/" + ref + "/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"likelihood\":2,\"impact\":3,\"treatment\":\"ACCEPT\","
                                + "\"residualLikelihood\":2,\"residualImpact\":3}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql(
                                "select seq || ':' || residual_label || ':' || coalesce(accepted_by, '-') from risk_assessment"
                                        + " where risk_id = :id order by seq")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("1:中:pg-risk-ciso", "2:高:-");
        assertThat(jdbc.sql(
                                "select measure_id from risk_treatment_measure where risk_id = :id and seq = 1 order by measure_id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("2.1.1", "6.3.2");
        assertThat(body(get("/api/v1/risks")
                        .param("q", "改ざん")
                        .param("unit", code)
                        .with(TestUsers.as(manager))))
                .contains(ref, "\"total\":1");
        assertThat(body(get("/api/v1/risks")
                        .param("reviewDue", "true")
                        .param("unit", code)
                        .with(TestUsers.as(manager))))
                .contains("\"total\":0");
        assertThat(body(get("/api/v1/risks/heatmap").param("unit", code).with(TestUsers.as(manager))))
                .contains("\"unassessed\":0");
        // the matrix cannot shrink below grades in use (greatest() on PostgreSQL)
        mvc.perform(post("/risks/matrix")
                        .param("likelihood.1", "低")
                        .param("likelihood.2", "高")
                        .param("impact.1", "小")
                        .param("impact.2", "大")
                        .param("level.1.label", "低")
                        .param("level.1.colour", "GREEN")
                        .param("cell.1.1", "1")
                        .param("cell.1.2", "1")
                        .param("cell.2.1", "1")
                        .param("cell.2.2", "1")
                        .with(csrf())
                        .with(TestUsers.ciso()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from risk_matrix_cell")
                        .query(Long.class)
                        .single())
                .isEqualTo(9);
        byte[] risks = mvc.perform(get("/risks/export.xlsx")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(risks))) {
            assertThat(workbook.getSheetAt(0)
                            .getRow(RiskWorkbook.HEADER_ROW)
                            .getCell(0)
                            .getStringCellValue())
                    .isEqualTo(ref);
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'risk' and subject_id = :r")
                        .param("r", ref)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void exceptions_are_requested_decided_listed_and_exported_for_netcheck_on_postgresql() throws Exception {
        var fixtures = new RiskFixtures(jdbc);
        long office = fixtures.unit("PG例外事務局", null);
        long section = fixtures.unit("PG例外保険課", office);
        String code = fixtures.unitCode(section);
        CurrentUser manager = RiskFixtures.manager(section);
        String from = jp.mamori.testing.TestClock.today().toString();
        String to = jp.mamori.testing.TestClock.today().plusMonths(2).toString();

        String created = mvc.perform(post("/api/v1/exceptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"measureId\":\"2.1.1\",\"unit\":\"" + code + "\",\"targetKind\":\"NETWORK\","
                                + "\"path\":{\"fromZone\":\"LGWAN\",\"toZone\":\"INTERNET\",\"from\":[\"10.20.1.7\"],"
                                + "\"to\":[\"203.0.113.10/32\"],\"services\":[\"tcp/443\"]},"
                                + "\"justification\":\"国の報告システムへの直接送信\","
                                + "\"compensatingMeasures\":\"送信先を1か所に限り、通信記録を毎週確認する\","
                                + "\"owner\":\"保険課長\",\"startsOn\":\"" + from + "\",\"endsOn\":\"" + to + "\"}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String reference = created.replaceAll("(?s).*\"reference\":\"(EX-\\d+)\".*", "$1");
        assertThat(reference).matches("EX-\\d+");

        String cisoLogin = "pg-exception-ciso";
        SecurityTestData.of(jdbc).decider(cisoLogin, "exception-pass-42", Totp.SECRET);
        CurrentUser ciso = TestUsers.user(cisoLogin, new RoleGrant(Role.CISO, null));
        mvc.perform(post("/exceptions/" + reference + "/approve")
                        .param("comment", "期間内に限り認める")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state || ':' || decided_by from ctl_exception where reference = :r")
                        .param("r", reference)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED:" + cisoLogin);

        assertThat(body(get("/api/v1/exceptions")
                        .param("unit", code)
                        .param("q", "報告システム")
                        .with(TestUsers.as(manager))))
                .contains(reference, "\"state\":\"APPROVED\"", "\"total\":1");
        assertThat(body(get("/api/v1/soa")
                        .param("unit", code)
                        .param("status", "EXCEPTION")
                        .with(TestUsers.as(manager))))
                .contains("\"measureId\":\"2.1.1\"", reference);
        String yaml = jp.mamori.testing.TestContexts.of(jdbc)
                .getBean(jp.mamori.control.exceptions.Exceptions.class)
                .netcheckYaml(jp.mamori.testing.TestClock.today());
        assertThat(yaml).contains("id: \"" + reference + "\"", "203.0.113.10/32", "tcp/443", "expires: \"" + to + "\"");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where subject_type = 'control-exception' and subject_id = :r")
                        .param("r", reference)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
