package jp.mamori.control.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.system.SystemFixtures;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An entry of a statement of applicability names the records that show its measure in place: an
 * asset, a policy document, an incident — each checked to exist, titled only for readers of the
 * record; and an information system's entries take evidence files and links like a unit's.
 */
@MamoriSpringTest
class SoaLinksTests {
    static final String MEASURE = "2.1.1";

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

    SystemFixtures fx;
    long top;
    long unit;
    CurrentUser manager;
    long adminPerson;

    @BeforeEach
    void data() {
        fx = new SystemFixtures(jdbc);
        top = fx.unit("関連事務局", null);
        unit = fx.unit("関連保険課", top);
        manager = fx.manager(unit);
        adminPerson = fx.person(unit, "管理 四郎", null);
        fx.grant(adminPerson, Role.SYSTEM_ADMINISTRATOR, unit);
    }

    String html(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
        return mvc.perform(request.with(TestUsers.as(as)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void link(String base, String kind, String reference, CurrentUser as, boolean accepted) throws Exception {
        var result = mvc.perform(post(base + "/measures/" + MEASURE + "/links")
                        .param("kind", kind)
                        .param("reference", reference)
                        .with(csrf())
                        .with(TestUsers.as(as)))
                .andExpect(status().is3xxRedirection());
        if (accepted) {
            result.andExpect(flash().attribute("notice", "control.link.added"));
        } else {
            result.andExpect(flash().attributeExists("alert"));
        }
    }

    long links(String scopeKey) {
        return jdbc.sql("select count(*) from ctl_soa_link where scope_key = :s")
                .param("s", scopeKey)
                .query(Long.class)
                .single();
    }

    long policy(String tier, @Nullable Long parent, String title, long owner, String audience, String roles)
            throws Exception {
        var request = post("/policies")
                .param("tier", tier)
                .param("title", title)
                .param("subject", "窓口業務")
                .param("ownerUnitId", Long.toString(owner))
                .param("audience", audience);
        if (!roles.isEmpty()) {
            request.param("roles", roles);
        }
        if (parent != null) {
            request.param("parentId", parent.toString());
        }
        var response = mvc.perform(request.with(csrf()).with(TestUsers.ciso()).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*error-list", ""))
                .startsWith("/policies/");
        return Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", ""));
    }

    static void assertSystemWorkbook(java.io.InputStream in, String asset, String measure) throws Exception {
        try (var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(SoaWorkbook.HEADER_ROW - 1).getCell(0).getStringCellValue())
                    .isEqualTo("管理番号");
            boolean found = false;
            for (int r = SoaWorkbook.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(asset);
                if (row.getCell(2).getStringCellValue().equals(measure)) {
                    found = true;
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo("関連住基システム");
                    assertThat(row.getCell(13).getStringCellValue()).contains("端末点検.pdf");
                }
            }
            assertThat(found).as("row of " + measure).isTrue();
        }
    }

    @Test
    void a_unit_entry_links_an_asset_a_policy_and_an_incident_and_refuses_what_does_not_exist() throws Exception {
        String base = "/soa/units/" + unit;
        String asset = fx.asset(unit, "窓口端末の台帳", "INFORMATION", "LGWAN", 2, false);
        // the body has one 基本方針: the one another test made, or a new one
        var basics = jdbc.sql("select id from pol_document where tier = 'BASIC_POLICY' order by id")
                .query(Long.class)
                .list();
        long basic = basics.isEmpty()
                ? policy("BASIC_POLICY", null, SystemFixtures.unique("関連基本方針"), top, "PUBLIC", "")
                : basics.get(0);
        long open = policy("STANDARD", basic, SystemFixtures.unique("情報資産管理基準"), unit, "ALL_STAFF", "");
        // owned by the office above the unit and restricted to the CSIRT: the unit's manager may not read it
        long restricted = policy("STANDARD", basic, SystemFixtures.unique("CSIRT運用基準"), top, "RESTRICTED", "CSIRT");
        String incidentTitle = SystemFixtures.unique("窓口端末の紛失");
        String incidentPath = mvc.perform(post("/incidents")
                        .param("title", incidentTitle)
                        .param("description", "窓口端末を置き忘れた")
                        .param(
                                "discoveredAt",
                                TestClock.today().minusDays(1).atTime(9, 30).toString())
                        .param("discoveredBy", "窓口の職員")
                        .param("threat", "UNINTENTIONAL_ERROR")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String incident = jdbc.sql("select reference from inc_incident where cast(id as varchar(64)) = :id")
                .param("id", incidentPath.substring("/incidents/".length()))
                .query(String.class)
                .single();

        link(base, "ASSET", asset, manager, true);
        link(base, "POLICY", Long.toString(open), manager, true);
        link(base, "POLICY", Long.toString(restricted), manager, true);
        link(base, "INCIDENT", incident, manager, true);
        // refused: unknown records, the same record twice, no kind; nothing stored for them
        link(base, "ASSET", "IA-999999", manager, false);
        link(base, "POLICY", "999999999", manager, false);
        link(base, "INCIDENT", "NO-SUCH", manager, false);
        link(base, "ASSET", asset, manager, false);
        link(base, "", asset, manager, false);
        assertThat(links("U:" + unit)).isEqualTo(4);

        String page = html(get(base + "/measures/" + MEASURE), manager);
        assertThat(page)
                .contains("data-link=\"ASSET:" + asset + "\"", "窓口端末")
                .contains("data-link=\"POLICY:" + open + "\"", "情報資産管理基準")
                .contains("data-link=\"POLICY:" + restricted + "\"", "閲覧権限がないため名称は表示しません")
                .doesNotContain("CSIRT運用基準")
                .contains("data-link=\"INCIDENT:" + incident + "\"", incidentTitle);
        // a body-wide reader sees the restricted document's title
        assertThat(html(
                        get(base + "/measures/" + MEASURE),
                        TestUsers.user("soa-link-ciso", new RoleGrant(Role.CISO, null))))
                .contains("CSIRT運用基準");

        // only those who record in the statement link or unlink
        CurrentUser otherManager = fx.manager(fx.unit("関連年金課", null));
        mvc.perform(post(base + "/measures/" + MEASURE + "/links")
                        .param("kind", "ASSET")
                        .param("reference", asset)
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        long id = jdbc.sql("select id from ctl_soa_link where scope_key = :s and kind = 'ASSET'")
                .param("s", "U:" + unit)
                .query(Long.class)
                .single();
        mvc.perform(post(base + "/measures/" + MEASURE + "/links/" + id + "/delete")
                        .with(csrf())
                        .with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/measures/" + MEASURE + "/links/" + id + "/delete")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(links("U:" + unit)).isEqualTo(3);
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'control-soa' and subject_id = :s"
                                + " and action like 'control.soa.link%' order by seq")
                        .param("s", "U:" + unit + "/" + MEASURE)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "control.soa.linkAdded",
                        "control.soa.linkAdded",
                        "control.soa.linkAdded",
                        "control.soa.linkAdded",
                        "control.soa.linkRemoved");
    }

    @Test
    void a_systems_entry_takes_evidence_files_and_links_from_its_administrator() throws Exception {
        String asset = fx.asset(unit, "関連住基システム", "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 3, true);
        String location = mvc.perform(post("/systems")
                        .param("assetNumber", asset)
                        .param("zone", "MY_NUMBER")
                        .param("administrators", fx.staffNumber(adminPerson))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long system = Long.parseLong(location.substring("/systems/".length()));
        CurrentUser admin = SystemFixtures.user(
                adminPerson, new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.SYSTEM_ADMINISTRATOR, unit));
        String base = "/soa/systems/" + system;
        String measure = "3.1.4";

        byte[] pdf = "%PDF-1.7\n端末設定の点検\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(base + "/measures/" + measure + "/evidence")
                        .file(new MockMultipartFile("file", "端末点検.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .with(TestUsers.as(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "control.evidence.added"));
        long file = jdbc.sql("select id from ctl_soa_evidence where scope_key = :s and measure_id = :m")
                .param("s", "S:" + asset)
                .param("m", measure)
                .query(Long.class)
                .single();
        byte[] back = mvc.perform(
                        get(base + "/measures/" + measure + "/evidence/" + file).with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);

        mvc.perform(post(base + "/measures/" + measure + "/links")
                        .param("kind", "ASSET")
                        .param("reference", asset)
                        .with(csrf())
                        .with(TestUsers.as(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "control.link.added"));
        assertThat(html(get(base + "/measures/" + measure), admin))
                .contains("端末点検.pdf", "data-link=\"ASSET:" + asset + "\"", "関連住基システム");

        // the system's statement exports on its own: its 管理番号 in the first column, the evidence named
        byte[] xlsx = mvc.perform(get("/soa/export.xlsx")
                        .param("system", Long.toString(system))
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertSystemWorkbook(new ByteArrayInputStream(xlsx), asset, measure);
        StringWriter err = new StringWriter();
        SoaCommands.Export command = new SoaCommands.Export();
        command.file = dir.resolve("system.xlsx");
        command.system = "ｉａ" + asset.substring(2); // the number as people type it: full-width, lower case
        assertThat(command.run(export, messages, new PrintWriter(err)))
                .as(err.toString())
                .isZero();
        assertThat(err.toString()).contains("system.xlsx", asset.substring(2));
        try (var in = Files.newInputStream(command.file)) {
            assertSystemWorkbook(in, asset, measure);
        }
        command.system = "IA-NO-SUCH";
        command.file = dir.resolve("none.xlsx");
        assertThat(command.run(export, messages, new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("情報システム「IA-NO-SUCH」は台帳にありません");
        assertThat(Files.exists(command.file)).isFalse();

        // a manager of another unit neither reads nor adds
        CurrentUser otherManager = fx.manager(fx.unit("関連福祉課", null));
        mvc.perform(get(base + "/measures/" + measure + "/evidence/" + file).with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(base + "/measures/" + measure + "/evidence")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
    }
}
