package jp.mamori.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.Html;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 情報システム台帳 pages: a unit's manager registers a system for the unit's ① asset, with its held
 * assets, people and terminals; the findings follow the facts; each page is refused to those who may
 * not use it; every change lands in the audit trail.
 */
@MamoriSpringTest
class SystemPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SystemFixtures fx;
    long unit;
    CurrentUser manager;
    long adminPerson;
    String adminNumber;
    String systemAsset;
    String residents;

    @BeforeEach
    void data() {
        fx = new SystemFixtures(jdbc);
        unit = fx.unit("市民課", null);
        manager = fx.manager(unit);
        adminPerson = fx.person(unit, "管理　花子", null);
        fx.grant(adminPerson, Role.SYSTEM_ADMINISTRATOR, unit);
        adminNumber = fx.staffNumber(adminPerson);
        systemAsset = fx.asset(unit, "住民記録システム", "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 3, false);
        residents = fx.asset(unit, "住民票データ", "INFORMATION", "MYNUMBER", 3, true);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long register(CurrentUser as, String asset, String zone, String held, String admins) throws Exception {
        String location = mvc.perform(post("/systems")
                        .param("assetNumber", asset)
                        .param("purpose", "住民基本台帳の記録と証明書の交付")
                        .param("zone", zone)
                        .param("contractor", "架空システム株式会社")
                        .param("rtoHours", "24")
                        .param("backup", "毎日夜間に取得し、週1回庁外へ保管")
                        .param("administrators", admins)
                        .param("heldAssets", held)
                        .with(csrf())
                        .with(TestUsers.as(as)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/systems/\\d+");
        return Long.parseLong(location.substring("/systems/".length()));
    }

    @Test
    void a_manager_registers_a_my_number_system_and_sees_its_highest_class_terminals_and_findings() throws Exception {
        long id = register(manager, systemAsset, "MY_NUMBER", residents, adminNumber);
        String page = html(get("/systems/" + id).with(TestUsers.as(manager)));
        assertThat(page)
                .contains("住民記録システム", "市民課", "マイナンバー利用事務系", "架空システム株式会社", "管理　花子", residents)
                .contains("特定個人情報", "24 時間")
                .doesNotContain("data-rule=\"NO_ADMINISTRATOR\"");

        mvc.perform(post("/systems/" + id + "/devices")
                        .param("name", "窓口端末")
                        .param("kind", "TERMINAL")
                        .param("location", "1階窓口")
                        .param("quantity", "4")
                        .param("removableMediaBlocked", "true")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        page = html(get("/systems/" + id).with(TestUsers.as(manager)));
        assertThat(page)
                .contains("data-rule=\"MY_NUMBER_TERMINAL_WITHOUT_MFA\"", "窓口端末")
                .doesNotContain("data-rule=\"MY_NUMBER_TERMINAL_REMOVABLE_MEDIA\"");
        String list = html(get("/systems").param("findings", "true").with(TestUsers.as(manager)));
        assertThat(list).contains("data-system=\"" + systemAsset + "\"", "多要素認証のない端末");

        long deviceId = jdbc.sql("select id from sys_device where system_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        mvc.perform(post("/systems/" + id + "/devices/" + deviceId + "/delete")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/systems/" + id).with(TestUsers.as(manager))))
                .doesNotContain("data-rule=\"MY_NUMBER_TERMINAL_WITHOUT_MFA\"");

        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'system' and subject_id = :n order by seq")
                        .param("n", systemAsset)
                        .query(String.class)
                        .list())
                .containsExactly("system.registered", "system.device-added", "system.device-removed");
    }

    @Test
    void an_internet_system_holding_a_confidentiality_3_asset_and_a_leaver_as_administrator_are_findings()
            throws Exception {
        String web = fx.asset(unit, "公開Webサーバ", "NETWORK_SYSTEM_MEDIA", "INTERNET", 2, false);
        long leaver = fx.person(unit, "離任 太郎", LocalDate.of(2099, 3, 31));
        long id = register(manager, web, "INTERNET", residents, fx.staffNumber(leaver));
        String page = html(get("/systems/" + id).with(TestUsers.as(manager)));
        assertThat(page).contains("data-rule=\"CONFIDENTIAL_IN_INTERNET_ZONE\"").contains(residents);
        assertThat(page).doesNotContain("data-rule=\"NO_ADMINISTRATOR\"");

        jdbc.sql("update org_person set in_post_to = :d where id = :id")
                .param("d", TestClock.today().minusYears(5))
                .param("id", leaver)
                .update();
        assertThat(html(get("/systems/" + id).with(TestUsers.as(manager))))
                .contains("data-rule=\"NO_ADMINISTRATOR\"", "在職していません");
    }

    @Test
    void the_form_names_each_wrong_field_and_nothing_is_saved() throws Exception {
        long before =
                jdbc.sql("select count(*) from sys_system").query(Long.class).single();
        String page = Html.page(
                mvc,
                Html.form("/systems")
                        .param("assetNumber", residents)
                        .param("zone", "")
                        .param("rtoHours", "一日")
                        .param("administrators", "NO-SUCH-99")
                        .param("heldAssets", "IA-NOPE-1")
                        .with(TestUsers.as(manager)));
        assertThat(page).contains("目標復旧時間は時間数");
        page = Html.page(
                mvc,
                Html.form("/systems")
                        .param("assetNumber", residents)
                        .param("zone", "")
                        .param("administrators", "NO-SUCH-99")
                        .param("heldAssets", "IA-NOPE-1")
                        .with(TestUsers.as(manager)));
        assertThat(page)
                .contains("「① ネットワーク・システム・媒体」の資産ではありません")
                .contains("ネットワーク区分を選んでください")
                .contains("職員番号 NO-SUCH-99 の職員はいません")
                .contains("管理番号 IA-NOPE-1 は情報資産管理台帳にありません");
        assertThat(jdbc.sql("select count(*) from sys_system").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void each_page_is_refused_to_those_who_may_not_use_it() throws Exception {
        long id = register(manager, systemAsset, "MY_NUMBER", "", adminNumber);
        long elsewhere = fx.unit("年金課", null);
        CurrentUser otherManager = fx.manager(elsewhere);

        mvc.perform(get("/systems").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/systems/new").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/systems/" + id).with(TestUsers.as(otherManager))).andExpect(status().isForbidden());
        mvc.perform(post("/systems/" + id)
                        .param("assetNumber", systemAsset)
                        .param("zone", "LGWAN")
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        assertThat(html(get("/systems").with(TestUsers.as(otherManager)))).doesNotContain(systemAsset);
        mvc.perform(get("/systems/99999999").with(TestUsers.ciso())).andExpect(status().isNotFound());
        // another unit's manager cannot register this unit's asset
        mvc.perform(post("/systems")
                        .param("assetNumber", fx.asset(unit, "別システム", "NETWORK_SYSTEM_MEDIA", "LGWAN", 2, false))
                        .param("zone", "LGWAN")
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());

        // the named 情報システム管理者 reads and changes it; the auditor reads but may not change it
        CurrentUser admin = SystemFixtures.user(
                adminPerson, new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.SYSTEM_ADMINISTRATOR, unit));
        assertThat(html(get("/systems").with(TestUsers.as(admin)))).contains(systemAsset);
        mvc.perform(post("/systems/" + id)
                        .param("assetNumber", systemAsset)
                        .param("zone", "LGWAN")
                        .param("administrators", adminNumber)
                        .with(csrf())
                        .with(TestUsers.as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/systems/" + id).with(TestUsers.auditor()))).contains("LGWAN接続系");
        mvc.perform(get("/systems/" + id + "/edit").with(TestUsers.auditor())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select details from audit_entry where action = 'system.changed' and subject_id = :n")
                        .param("n", systemAsset)
                        .query(String.class)
                        .single())
                .contains("MY_NUMBER → LGWAN");
    }

    @Test
    void the_api_registers_replaces_and_lists_systems() throws Exception {
        String body = """
                {"assetNumber":"%s","purpose":"税務","zone":"LGWAN","cloudService":true,
                 "administrators":["%s"],"heldAssets":["%s"],
                 "devices":[{"name":"税務端末","kind":"TERMINAL","location":"2階","quantity":2,
                             "multiFactorSignIn":true,"removableMediaBlocked":true}]}
                """.formatted(systemAsset, adminNumber, residents);
        String created = mvc.perform(post("/api/v1/systems")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/systems/")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(created)
                .contains("\"zone\":\"LGWAN\"", "\"cloudService\":true", "\"outsourced\":false", "\"税務端末\"")
                .contains("\"specificPersonalInfo\":true", "\"findings\":[]");
        long id = jdbc.sql("select id from sys_system where asset_number = :n")
                .param("n", systemAsset)
                .query(Long.class)
                .single();
        String replaced = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/systems/" + id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.replace("\"LGWAN\"", "\"MY_NUMBER\"")
                                        .replace("\"multiFactorSignIn\":true", "\"multiFactorSignIn\":false"))
                                .with(csrf())
                                .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(replaced).contains("\"rule\":\"MY_NUMBER_TERMINAL_WITHOUT_MFA\"");
        String list = mvc.perform(get("/api/v1/systems")
                        .param("zone", "MY_NUMBER")
                        .param("findings", "true")
                        .param("size", "200")
                        .with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("\"assetNumber\":\"" + systemAsset + "\"", "MY_NUMBER_TERMINAL_WITHOUT_MFA");
        String problem = mvc.perform(post("/api/v1/systems")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assetNumber\":\"" + systemAsset + "\",\"zone\":\"LGWAN\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("assetNumber");
        mvc.perform(get("/api/v1/systems/" + id).with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/systems/98765432").with(TestUsers.ciso())).andExpect(status().isNotFound());
    }
}
