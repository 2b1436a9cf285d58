package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The contractor register: a unit's manager registers a contractor and a contract that touches an
 * asset; a required clause not marked present is a finding until it is; the contract file is kept
 * with its SHA-256 and a hostile upload is refused; a 再委託先 is a finding until the CISO approves
 * it; a contract ended without its certificate is a finding; every change is audited and every
 * handler refuses those who may not use it.
 */
@MamoriSpringTest
class ContractorPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SupplierFixtures fx;
    long unit;
    CurrentUser manager;
    String asset;

    @BeforeEach
    void data() {
        fx = new SupplierFixtures(jdbc);
        unit = fx.org.unit("委託テスト課", null);
        manager = fx.manager(unit);
        asset = fx.assets.informationAsset("住民税課税データ", unit, "3");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long contractor(String name) throws Exception {
        String location = mvc.perform(post("/contractors")
                        .param("name", name)
                        .param("address", "架空県架空市本町1-1")
                        .param("contactName", "窓口 一郎")
                        .param("contactPhone", "000-0000-0000")
                        .param("contactEmail", "contact@kakuu-system.example.jp")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/contractors/\\d+");
        return Long.parseLong(location.substring("/contractors/".length()));
    }

    long contract(long contractorId, String title) throws Exception {
        String location = mvc.perform(post("/contractors/" + contractorId + "/contracts")
                        .param("title", title)
                        .param("work", "課税システムの運用保守")
                        .param("unitId", Long.toString(unit))
                        .param("startsOn", TestClock.today().minusMonths(6).toString())
                        .param("endsOn", TestClock.today().plusMonths(6).toString())
                        .param("place", "ON_SITE")
                        .param("information", "機密性3、個人情報")
                        .param("assets", asset)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/contractors/" + contractorId + "/contracts/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void a_required_clause_not_in_the_contract_is_a_finding_until_it_is_marked_present() throws Exception {
        String name = SupplierFixtures.unique("架空システム株式会社");
        long c = contractor(name);
        long k = contract(c, "課税システム保守委託");
        String base = "/contractors/" + c + "/contracts/" + k;

        String page = html(get(base).with(TestUsers.as(manager)));
        assertThat(page).contains("data-rule=\"MISSING_REQUIRED_CLAUSE\"", "秘密の保持", asset, "庁内");
        assertThat(page).contains("/controls/measures/8.1.2");

        // every required clause but 損害の賠償
        var request = post(base + "/clauses").with(csrf()).with(TestUsers.as(manager));
        for (String code : new String[] {
            "CONFIDENTIALITY",
            "PURPOSE_LIMIT",
            "SUBCONTRACT_APPROVAL",
            "RETURN_DESTRUCTION",
            "INCIDENT_REPORT",
            "AUDIT_RIGHT",
            "STAFF_TRAINING"
        }) {
            request.param("present", code);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        page = html(get(base).with(TestUsers.as(manager)));
        assertThat(page).contains("data-rule=\"MISSING_REQUIRED_CLAUSE\"", "「損害の賠償」の条項がありません");
        assertThat(page).doesNotContain("「秘密の保持」の条項がありません");
        assertThat(html(get("/contractors").param("findings", "true").with(TestUsers.as(manager))))
                .contains("data-contractor=\"" + name + "\"");

        mvc.perform(request.param("present", "LIABILITY")).andExpect(status().is3xxRedirection());
        assertThat(html(get(base).with(TestUsers.as(manager)))).doesNotContain("data-rule=\"MISSING_REQUIRED_CLAUSE\"");
        assertThat(html(get("/contractors")
                        .param("q", name)
                        .param("findings", "true")
                        .with(TestUsers.as(manager))))
                .doesNotContain("data-contractor=\"" + name + "\"");

        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'contract' and subject_id = :k order by seq")
                        .param("k", Long.toString(k))
                        .query(String.class)
                        .list())
                .containsExactly("contract.registered", "contract.clauses-marked", "contract.clauses-marked");
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'contractor' and subject_id = :c")
                        .param("c", Long.toString(c))
                        .query(String.class)
                        .list())
                .containsExactly("contractor.registered");
    }

    @Autowired
    java.util.List<jp.mamori.shared.LinkableRecords> linkable;

    @Test
    void a_contract_can_be_linked_from_the_statement_of_applicability_by_its_number() throws Exception {
        long c = contractor(SupplierFixtures.unique("架空リンク株式会社"));
        long k = contract(c, "リンク確認委託");
        var contracts = linkable.stream()
                .filter(l -> l.kind() == jp.mamori.shared.LinkableRecords.Kind.CONTRACT)
                .findFirst()
                .orElseThrow();
        TestUsers.runAs(
                manager,
                () -> assertThat(contracts.find(" ｋ－" + k + " ")).hasValueSatisfying(l -> {
                    assertThat(l.reference()).isEqualTo("K-" + k);
                    assertThat(l.title()).startsWith("リンク確認委託");
                    assertThat(l.path()).isEqualTo("/contractors/" + c + "/contracts/" + k);
                }));
        TestUsers.runAs(
                TestUsers.user("sup-staff", new jp.mamori.shared.RoleGrant(jp.mamori.shared.Role.STAFF, unit)),
                () -> assertThat(contracts.find("K-" + k))
                        .hasValueSatisfying(l -> assertThat(l.title()).isNull()));
        assertThat(contracts.find("K-999999999")).isEmpty();
    }

    @Test
    void the_register_is_exported_to_excel_with_each_finding_in_words_and_the_export_is_audited() throws Exception {
        String name = SupplierFixtures.unique("架空出力株式会社");
        long c = contractor(name);
        long k = contract(c, "出力確認委託");
        long before = jdbc.sql("select count(*) from audit_entry where action = 'supplier.exported'")
                .query(Long.class)
                .single();
        byte[] xlsx = mvc.perform(get("/contractors/export.xlsx").with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                org.hamcrest.Matchers.startsWith(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("委託先");
            org.apache.poi.ss.usermodel.Row ours = null;
            for (var row : sheet) {
                if (row.getCell(1) != null
                        && row.getCell(1).getStringCellValue().equals("K-" + k)) {
                    ours = row;
                }
            }
            assertThat(ours).isNotNull();
            assertThat(ours.getCell(0).getStringCellValue()).isEqualTo(name);
            assertThat(ours.getCell(8).getStringCellValue()).isEqualTo("庁内");
            assertThat(ours.getCell(10).getStringCellValue()).isEqualTo(asset);
            assertThat(ours.getCell(17).getStringCellValue()).contains("必須の契約条項がない:契約書に「秘密の保持」の条項がありません。(対策 8.1.2)");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'supplier.exported'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        mvc.perform(get("/contractors/export.xlsx").with(TestUsers.staff())).andExpect(status().isForbidden());
    }

    @Test
    void the_contract_file_is_kept_with_its_sha256_and_a_page_or_program_is_refused() throws Exception {
        long c = contractor(SupplierFixtures.unique("架空データ株式会社"));
        long k = contract(c, "データ入力委託");
        String base = "/contractors/" + c + "/contracts/" + k;
        byte[] pdf = "%PDF-1.4\n契約書\n%%EOF".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(base + "/files")
                        .file(new MockMultipartFile("file", "契約書.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(html(get(base).with(TestUsers.as(manager)))).contains("契約書.pdf", sha);
        long fileId = jdbc.sql("select id from sup_contract_file where contract_id = :k")
                .param("k", k)
                .query(Long.class)
                .single();
        mvc.perform(get(base + "/files/" + fileId).with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-File-SHA256", sha))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

        // a page claiming to be a PDF, and a program: refused, nothing stored
        for (MockMultipartFile hostile : new MockMultipartFile[] {
            new MockMultipartFile("file", "契約書.pdf", "application/pdf", "<html><script>x</script>".getBytes()),
            new MockMultipartFile("file", "setup.exe", "application/pdf", new byte[] {'M', 'Z', 0, 1, 2})
        }) {
            mvc.perform(multipart(base + "/files").file(hostile).with(csrf()).with(TestUsers.as(manager)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select count(*) from sup_contract_file where contract_id = :k")
                        .param("k", k)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_entry where action = 'contract.file-added' and subject_id = :k")
                        .param("k", Long.toString(k))
                        .query(String.class)
                        .single())
                .contains(sha);
    }

    @Test
    void a_subcontractor_is_a_finding_until_the_ciso_approves_it_and_a_manager_may_not() throws Exception {
        long c = contractor(SupplierFixtures.unique("架空開発株式会社"));
        long k = contract(c, "開発委託");
        String base = "/contractors/" + c + "/contracts/" + k;
        mvc.perform(post(base + "/subcontractors")
                        .param("subName", "架空サポート合同会社")
                        .param("subWork", "ヘルプデスク")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(base).with(TestUsers.as(manager))))
                .contains("data-rule=\"UNAPPROVED_SUBCONTRACTOR\"", "架空サポート合同会社");
        long sub = jdbc.sql("select id from sup_subcontractor where contract_id = :k")
                .param("k", k)
                .query(Long.class)
                .single();
        mvc.perform(post(base + "/subcontractors/" + sub + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/subcontractors/" + sub + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(SupplierFixtures.ciso())))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(base).with(TestUsers.as(manager))))
                .doesNotContain("data-rule=\"UNAPPROVED_SUBCONTRACTOR\"");
    }

    @Test
    void a_contract_ended_without_a_certificate_is_a_finding_until_the_certificate_is_recorded() throws Exception {
        long c = contractor(SupplierFixtures.unique("架空印刷株式会社"));
        long k = contract(c, "納税通知書の印刷");
        String base = "/contractors/" + c + "/contracts/" + k;
        mvc.perform(post(base + "/end")
                        .param("endedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(base).with(TestUsers.as(manager)))).contains("data-rule=\"ENDED_WITHOUT_CERTIFICATE\"");
        assertThat(html(get("/contractors/findings").with(TestUsers.auditor())))
                .contains("納税通知書の印刷", "/controls/measures/8.1.6");
        // a certificate dated after today is refused
        mvc.perform(post(base + "/certificate")
                        .param("certificateKind", "DESTRUCTION")
                        .param("certificateOn", TestClock.today().plusDays(1).toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(base).with(TestUsers.as(manager)))).contains("data-rule=\"ENDED_WITHOUT_CERTIFICATE\"");
        mvc.perform(post(base + "/certificate")
                        .param("certificateKind", "DESTRUCTION")
                        .param("certificateOn", TestClock.today().toString())
                        .param("certificateNote", "消去証明書 第12号")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(base).with(TestUsers.as(manager))))
                .doesNotContain("data-rule=\"ENDED_WITHOUT_CERTIFICATE\"")
                .contains("消去証明書 第12号");
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'contract' and subject_id = :k order by seq")
                        .param("k", Long.toString(k))
                        .query(String.class)
                        .list())
                .containsExactly("contract.registered", "contract.ended", "contract.certificate-recorded");
    }

    @Test
    void each_handler_refuses_those_who_may_not_use_it() throws Exception {
        long c = contractor(SupplierFixtures.unique("架空権限株式会社"));
        long k = contract(c, "権限確認委託");
        long otherUnit = fx.org.unit("別の課", null);
        CurrentUser otherManager = fx.manager(otherUnit);
        mvc.perform(get("/contractors").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/contractors/" + c).with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/contractors").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(post("/contractors/" + c + "/contracts/" + k + "/end")
                        .param("endedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/contractors/clauses")
                        .param("code", "X_TEST")
                        .param("title", "試験")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/contractors/" + c + "/contracts/" + k + "/edit").with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
        assertThat(html(get("/contractors/" + c + "/contracts/" + k).with(TestUsers.auditor())))
                .contains("権限確認委託");
        mvc.perform(get("/contractors/999999999").with(TestUsers.auditor())).andExpect(status().isNotFound());
        mvc.perform(get("/contractors/" + c + "/contracts/999999999").with(TestUsers.auditor()))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_api_lists_a_page_reads_and_registers_and_names_each_bad_field() throws Exception {
        String name = SupplierFixtures.unique("架空API株式会社");
        String body =
                "{\"name\":\"" + name + "\",\"contactName\":\"連絡 花子\",\"contactEmail\":\"hanako@kakuu.example.jp\"}";
        String location = mvc.perform(post("/api/v1/contractors")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).matches("/api/v1/contractors/\\d+");
        mvc.perform(post(location + "/contracts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"API委託\",\"unitId\":" + unit + ",\"startsOn\":\"2026-04-01\","
                                + "\"endsOn\":\"2027-03-31\",\"place\":\"REMOTE\",\"assets\":[\"" + asset + "\"]}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[0].rule").value("MISSING_REQUIRED_CLAUSE"));
        mvc.perform(get("/api/v1/contractors")
                        .param("q", name)
                        .param("size", "10")
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.items[0].contracts").value(1))
                .andExpect(jsonPath("$.items[0].findings[0]").value("MISSING_REQUIRED_CLAUSE"));
        mvc.perform(post(location + "/contracts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"unitId\":" + unit + ",\"startsOn\":\"2026-04-01\","
                                + "\"endsOn\":\"2025-03-31\",\"assets\":[\"IA-NONE\"]}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("title", "endsOn", "place", "assets")));
    }
}
