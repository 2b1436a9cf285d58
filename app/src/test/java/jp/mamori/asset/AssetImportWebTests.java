package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.asset.web.AssetWebForTests;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import and export pages and API endpoints: flow, permissions, JSON shape, OpenAPI. */
@MamoriSpringTest
class AssetImportWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    AssetFixtures fx;
    long unitA;
    long unitB;
    String nameA;
    String nameB;
    String codeA;

    @BeforeEach
    void units() {
        fx = new AssetFixtures(jdbc);
        nameA = AssetFixtures.unique("年金課");
        nameB = AssetFixtures.unique("給付課");
        unitA = fx.unit(nameA, null);
        unitB = fx.unit(nameB, null);
        codeA = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unitA)
                .query(String.class)
                .single();
    }

    private static RequestPostProcessor ciso() {
        return TestUsers.as(AssetFixtures.ciso("web-ciso"));
    }

    private RequestPostProcessor managerOfA() {
        return TestUsers.as(AssetFixtures.manager("web-manager-a", unitA));
    }

    private long assetsOf(long unitId) {
        return jdbc.sql("select count(*) from ast_asset where owner_unit_id = :u")
                .param("u", unitId)
                .query(Long.class)
                .single();
    }

    private byte[] twoRows(String firstUnit, String secondUnit) {
        return LedgerWorkbooks.rows(List.of(
                List.of("管理番号", "資産名", "管理部署", "資産区分", "形態", "ネットワーク区分", "機密性", "完全性", "可用性"),
                List.of("", "年金記録", firstUnit, "②", "電子", "LGWAN系", "機密性3", "2", "2"),
                List.of("", "相談記録", secondUnit, "②", "紙", "なし", "2", "1", "1")));
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "台帳.xlsx", AssetWebForTests.XLSX.toString(), content);
    }

    // ---- pages -----------------------------------------------------------------------------------

    @Test
    void the_import_page_is_for_those_who_manage_assets() throws Exception {
        mvc.perform(get("/assets/import").with(ciso()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
        mvc.perform(get("/assets/import").with(managerOfA()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
        mvc.perform(get("/assets/import").with(TestUsers.staff()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assets/import").with(TestUsers.auditor()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    @Test
    void uploading_shows_the_problems_then_a_valid_file_is_imported_with_the_token() throws Exception {
        String bad = mvc.perform(multipart("/assets/import")
                        .file(file(twoRows(nameA, "どこにもない課")))
                        .with(ciso())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad)
                .contains("id=\"import-errors\"", "どこにもない課", "という部署はありません")
                .doesNotContain("id=\"import-button\"");
        assertThat(assetsOf(unitA)).isZero();

        MvcResult good = mvc.perform(multipart("/assets/import")
                        .file(file(twoRows(nameA, codeA)))
                        .with(ciso())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn();
        String page = good.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-button\"").doesNotContain("id=\"import-errors\"");
        assertThat(assetsOf(unitA)).isZero();
        Matcher action =
                Pattern.compile("action=\"/assets/import/([0-9a-f]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        String token = action.group(1);

        // somebody else cannot use the upload
        mvc.perform(post("/assets/import/" + token)
                        .with(TestUsers.as(AssetFixtures.ciso("someone-else")))
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());

        mvc.perform(post("/assets/import/" + token).with(ciso()).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/assets"));
        assertThat(assetsOf(unitA)).isEqualTo(2);
        // the upload is gone once imported
        mvc.perform(post("/assets/import/" + token).with(ciso()).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_unknown_header_can_be_mapped_on_the_page() throws Exception {
        byte[] content = LedgerWorkbooks.rows(List.of(
                List.of("管理番号", "システム名称", "管理部署", "資産区分", "形態", "ネットワーク区分", "機密性", "完全性", "可用性"),
                List.of("", "共済システム", codeA, "①", "電子", "LGWAN系", "2", "2", "2")));
        String page = mvc.perform(multipart("/assets/import")
                        .file(file(content))
                        .with(ciso())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"header-mapping\"", "システム名称", "「資産名」は必須です");
        Matcher action =
                Pattern.compile("action=\"/assets/import/([0-9a-f]+)\"").matcher(page);
        assertThat(action.find()).isTrue();

        String mapped = mvc.perform(post("/assets/import/" + action.group(1) + "/check")
                        .param("header", "システム名称")
                        .param("field", "NAME")
                        .with(ciso())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mapped).contains("id=\"import-button\"").doesNotContain("id=\"import-errors\"");
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_on_the_page() throws Exception {
        String page = mvc.perform(multipart("/assets/import")
                        .file(new MockMultipartFile(
                                "file", "台帳.csv", "text/csv", "管理番号,資産名\n".getBytes(StandardCharsets.UTF_8)))
                        .with(ciso())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"file-error\"", "Excel ブック（.xlsx）ではありません");
    }

    @Test
    void the_export_page_offers_a_download() throws Exception {
        mvc.perform(get("/assets/export").with(ciso()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
        MvcResult download = mvc.perform(get("/assets/export.xlsx")
                        .param("unit", Long.toString(unitA))
                        .with(ciso()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(download.getResponse().getContentType()).isEqualTo(AssetWebForTests.XLSX.toString());
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
        assertThat(download.getResponse().getContentAsByteArray()).startsWith(0x50, 0x4B);
    }

    // ---- API -------------------------------------------------------------------------------------

    @Test
    void the_api_answers_the_json_of_the_cli_with_422_for_errors_and_200_when_valid() throws Exception {
        String errors = mvc.perform(multipart("/api/v1/assets/import")
                        .file(file(twoRows(nameA, "どこにもない課")))
                        .param("dryRun", "true")
                        .with(ciso()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors)
                .startsWith("{\"rows\":2,\"created\":1,\"updated\":0,\"unchanged\":0,\"errors\":[{\"row\":3,"
                        + "\"column\":\"管理部署\",\"value\":\"どこにもない課\",\"message\":\"");

        mvc.perform(multipart("/api/v1/assets/import")
                        .file(file(twoRows(nameA, codeA)))
                        .param("dryRun", "true")
                        .with(ciso()))
                .andExpect(status().isOk());
        assertThat(assetsOf(unitA)).isZero();

        String done = mvc.perform(multipart("/api/v1/assets/import")
                        .file(file(twoRows(nameA, codeA)))
                        .with(ciso()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(done).isEqualTo("{\"rows\":2,\"created\":2,\"updated\":0,\"unchanged\":0,\"errors\":[]}");
        assertThat(assetsOf(unitA)).isEqualTo(2);
    }

    @Test
    void through_the_api_a_section_manager_imports_only_rows_of_their_own_unit() throws Exception {
        String body = mvc.perform(multipart("/api/v1/assets/import")
                        .file(file(twoRows(nameA, nameB)))
                        .with(managerOfA()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"row\":3", "\"column\":\"管理部署\"", "取り込む権限がありません");
        assertThat(assetsOf(unitA) + assetsOf(unitB)).isZero();
        mvc.perform(multipart("/api/v1/assets/import")
                        .file(file(twoRows(nameA, nameA)))
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unreadable_file_is_a_400_problem_naming_the_file() throws Exception {
        mvc.perform(multipart("/api/v1/assets/import")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] {1, 2, 3}))
                        .with(ciso()))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("file"));
    }

    @Test
    void the_api_exports_and_a_manager_sees_only_their_units() throws Exception {
        mvc.perform(get("/api/v1/assets/export")
                        .param("unit", Long.toString(unitA))
                        .with(managerOfA()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assets/export")
                        .param("unit", Long.toString(unitB))
                        .with(managerOfA()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assets/export").param("sheets", "many").with(ciso()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_import_and_export_endpoints_are_in_the_openapi_document() throws Exception {
        String doc = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).contains("/api/v1/assets/import", "/api/v1/assets/export", "Import an Excel ledger");
    }
}
