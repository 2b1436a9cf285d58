package jp.mamori.control.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.system.SystemFixtures;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The statement of applicability per information system: the SYSTEM measures follow the system's
 * zone, its types (cloud, outsourced) and the assets it holds, as the 情報システム台帳 records them; a
 * unit with an outsourced system gets the unit measures on outsourcing; the system's 管理者 records.
 */
@MamoriSpringTest
class SoaPerSystemTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SystemFixtures fx;
    long unit;
    String unitCode;
    CurrentUser manager;
    long adminPerson;

    @BeforeEach
    void data() {
        fx = new SystemFixtures(jdbc);
        long top = fx.unit("事務局", null);
        unit = fx.unit("税務課", top);
        unitCode = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unit)
                .query(String.class)
                .single();
        manager = fx.manager(unit);
        adminPerson = fx.person(unit, "管理　三郎", null);
        fx.grant(adminPerson, Role.SYSTEM_ADMINISTRATOR, unit);
    }

    String body(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
        return mvc.perform(request.with(TestUsers.as(as)).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long system(String asset, String zone, String contractor, boolean cloud, String held) throws Exception {
        String location = mvc.perform(post("/systems")
                        .param("assetNumber", asset)
                        .param("zone", zone)
                        .param("contractor", contractor)
                        .param("cloudService", Boolean.toString(cloud))
                        .param("administrators", fx.staffNumber(adminPerson))
                        .param("heldAssets", held)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/systems/".length()));
    }

    @Test
    void a_my_number_system_run_by_a_contractor_gets_the_my_number_and_outsourcing_measures() throws Exception {
        String asset = fx.asset(unit, "税務システム", "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 2, false);
        system(asset, "MY_NUMBER", "架空情報サービス株式会社", false, "");
        String soa = body(get("/api/v1/soa").param("system", asset).param("size", "200"), manager);
        assertThat(soa)
                .contains("\"measureId\":\"1.1.5\"") // every system
                .contains("\"measureId\":\"3.1.4\"", "\"measureId\":\"6.2.7\"", "\"measureId\":\"8.2.1\"")
                .contains("\"exampleAsset\":\"" + asset + "\"")
                .doesNotContain("\"measureId\":\"3.2.1\"") // LGWAN only
                .doesNotContain("\"measureId\":\"8.3.5\"") // cloud only
                .doesNotContain("\"measureId\":\"2.1.1\""); // a unit measure

        String unitSoa = body(get("/api/v1/soa").param("unit", unitCode).param("size", "200"), manager);
        assertThat(unitSoa).contains("\"measureId\":\"8.1.1\"").doesNotContain("\"measureId\":\"3.1.4\"");
    }

    @Test
    void a_cloud_system_holding_a_confidentiality_2_asset_gets_the_cloud_measures_and_changes_with_the_register()
            throws Exception {
        String asset = fx.asset(unit, "電子申請", "NETWORK_SYSTEM_MEDIA", "INTERNET", 1, false);
        String data = fx.asset(unit, "申請データ", "INFORMATION", "INTERNET", 2, false);
        long id = system(asset, "LGWAN", "", true, "");
        String before = body(get("/api/v1/soa").param("system", asset).param("size", "200"), manager);
        assertThat(before)
                .contains(
                        "\"measureId\":\"8.3.5\"",
                        "\"measureId\":\"3.2.1\"") // cloud; the system's zone, not the asset's
                .doesNotContain("\"measureId\":\"8.3.2\"") // cloud and 機密性2: nothing of 機密性2 held yet
                .doesNotContain("\"measureId\":\"6.2.7\"") // not outsourced
                .doesNotContain("\"measureId\":\"3.3.1\"");
        mvc.perform(post("/systems/" + id)
                        .param("assetNumber", asset)
                        .param("zone", "LGWAN")
                        .param("cloudService", "true")
                        .param("administrators", fx.staffNumber(adminPerson))
                        .param("heldAssets", data)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        String after = body(get("/api/v1/soa").param("system", asset).param("size", "200"), manager);
        assertThat(after).contains("\"measureId\":\"8.3.2\"", "\"exampleAsset\":\"" + data + "\"");
    }

    @Test
    void the_system_administrator_records_status_and_others_may_not() throws Exception {
        String asset = fx.asset(unit, "住基ネット", "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 3, true);
        long id = system(asset, "MY_NUMBER", "", false, "");
        CurrentUser admin = SystemFixtures.user(
                adminPerson, new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.SYSTEM_ADMINISTRATOR, unit));
        String page = body(get("/soa/systems/" + id), admin);
        assertThat(page).contains("data-measure=\"3.1.4\"", "住基ネット");
        mvc.perform(post("/soa/systems/" + id + "/measures/3.1.4")
                        .param("status", "IMPLEMENTED")
                        .param("responsible", "管理　三郎")
                        .param("lastChecked", TestClock.today().minusDays(1).toString())
                        .with(csrf())
                        .with(TestUsers.as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from ctl_soa_entry where scope_key = :s and measure_id = '3.1.4'")
                        .param("s", "S:" + asset)
                        .query(String.class)
                        .single())
                .isEqualTo("IMPLEMENTED");
        assertThat(body(get("/soa/systems/" + id), admin)).contains("管理　三郎");
        assertThat(body(get("/soa"), admin)).contains(asset);

        long elsewhere = fx.unit("福祉課", null);
        CurrentUser otherManager = fx.manager(elsewhere);
        mvc.perform(get("/soa/systems/" + id).with(TestUsers.as(otherManager))).andExpect(status().isForbidden());
        mvc.perform(post("/soa/systems/" + id + "/measures/3.1.4")
                        .param("status", "PARTIAL")
                        .with(csrf())
                        .with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/soa").param("system", "IA-NO-SUCH").with(TestUsers.ciso()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/soa/systems/987654321").with(TestUsers.ciso())).andExpect(status().isNotFound());
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'control.soa.recorded' and subject_id = :s")
                        .param("s", "S:" + asset + "/3.1.4")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void an_approved_exception_naming_the_system_shows_on_the_systems_own_statement() throws Exception {
        String asset = fx.asset(unit, "宛名システム", "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 3, true);
        long id = system(asset, "MY_NUMBER", "", false, "");
        String location = mvc.perform(post("/exceptions")
                        .with(TestUsers.as(manager))
                        .with(csrf())
                        .param("measureId", "3.1.4")
                        .param("unitId", Long.toString(unit))
                        .param("targetKind", "SYSTEM")
                        .param("target", asset)
                        .param("justification", "更改までの間、旧端末で運用する")
                        .param("compensating", "端末室への入室を記録し、操作を二人で確認する")
                        .param("owner", "税務課長")
                        .param("startsOn", TestClock.today().toString())
                        .param("endsOn", TestClock.today().plusMonths(3).toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/exceptions/EX-");
        String reference = location.substring("/exceptions/".length());

        // requested, not decided: the system's measure is still 未実施
        assertThat(body(get("/api/v1/soa").param("system", asset).param("status", "EXCEPTION"), manager))
                .contains("\"total\":0");

        String cisoLogin = "soa-sys-ciso-" + unit;
        jp.mamori.security.SecurityTestData.of(jdbc).decider(cisoLogin, "soa-system-pass-42", Totp.SECRET);
        CurrentUser ciso = TestUsers.user(cisoLogin, new RoleGrant(Role.CISO, null));
        mvc.perform(post("/exceptions/" + reference + "/approve")
                        .param("comment", "更改まで認める")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection());

        assertThat(body(get("/api/v1/soa").param("system", asset).param("status", "EXCEPTION"), manager))
                .contains("\"measureId\":\"3.1.4\"", reference, "\"total\":1");
        assertThat(body(get("/soa/systems/" + id).param("status", "EXCEPTION"), manager))
                .contains("data-measure=\"3.1.4\"", reference);
        assertThat(body(get("/soa/systems/" + id + "/measures/3.1.4"), manager)).contains(reference);
    }
}
