package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Function;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The REST API of the register: paging and filters, create/read/update, 400/403/404, disposal, history. */
@MamoriSpringTest
class AssetApiTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long pension;
    long welfare;
    CurrentUser pensionManager;
    CurrentUser pensionOfficer;
    CurrentUser welfareManager;

    @BeforeEach
    void units() {
        AssetFixtures fx = new AssetFixtures(jdbc);
        pension = fx.unit("年金課", null);
        welfare = fx.unit("福祉課", null);
        pensionManager = AssetFixtures.manager(AssetFixtures.unique("pm"), pension);
        pensionOfficer = TestUsers.user(AssetFixtures.unique("po"), new RoleGrant(Role.SECURITY_OFFICER, pension));
        welfareManager = AssetFixtures.manager(AssetFixtures.unique("wm"), welfare);
    }

    private String body(String name, long unit, String c, String zone) {
        return """
                {"name":"%s","kind":"INFORMATION","ownerUnitId":%d,"form":"ELECTRONIC","zoneCode":"%s",
                 "confidentiality":"%s","integrity":"2","availability":"1","restrictionCodes":["ENCRYPTION"],
                 "personalInfo":true,"specificPersonalInfo":true,"recordCount":3000,"retention":"10年",
                 "nextReview":"2030-03-31"}
                """.formatted(name, unit, zone, c);
    }

    private String create(CurrentUser user, String name, long unit) throws Exception {
        return mvc.perform(post("/api/v1/assets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, unit, "3", "MYNUMBER"))
                        .with(TestUsers.as(user)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
    }

    @Test
    void an_asset_is_created_read_and_updated() throws Exception {
        String name = AssetFixtures.unique("番号利用データ");
        String location = mvc.perform(post("/api/v1/assets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, pension, "3", "MYNUMBER"))
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/assets/IA-")))
                .andExpect(jsonPath("$.classLabels[0]").value("機密性3"))
                .andExpect(jsonPath("$.restrictionCodes[0]").value("ENCRYPTION"))
                .andExpect(jsonPath("$.handling", Matchers.hasItem("私物の端末や記録媒体では扱わない。")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, pension, "3", "INTERNET"))
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zoneCode").value("INTERNET"))
                .andExpect(jsonPath("$.findings", Matchers.hasItems("INTERNET_ZONE", "MY_NUMBER_ZONE")));
        mvc.perform(get(location + "/history").with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].field").value("zoneCode"))
                .andExpect(jsonPath("$[0].before").value("MYNUMBER"))
                .andExpect(jsonPath("$[0].after").value("INTERNET"))
                .andExpect(jsonPath("$[0].actor").value(pensionManager.login()));
    }

    @Test
    void the_list_is_paged_and_filtered_like_the_page() throws Exception {
        String name = AssetFixtures.unique("給付記録");
        create(pensionManager, name + "1", pension);
        create(pensionManager, name + "2", pension);
        create(pensionManager, name + "3", pension);
        mvc.perform(get("/api/v1/assets")
                        .param("q", name)
                        .param("size", "2")
                        .param("personalData", "SPECIFIC")
                        .param("confidentiality", "3")
                        .param("sort", "NAME")
                        .with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].name").value(name + "1"));
        mvc.perform(get("/api/v1/assets")
                        .param("q", name)
                        .param("zone", "LGWAN")
                        .with(TestUsers.ciso()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/assets").param("q", name).with(TestUsers.as(welfareManager)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void invalid_fields_are_a_400_naming_each_field() throws Exception {
        mvc.perform(post("/api/v1/assets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"","kind":"INFORMATION","ownerUnitId":%d,"form":"PAPER","zoneCode":"LAN",
                                 "confidentiality":"3A","integrity":"2","availability":"1"}
                                """.formatted(pension))
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.containsInAnyOrder("name", "zoneCode", "confidentiality")));
    }

    @Test
    void a_section_manager_cannot_change_another_units_asset() throws Exception {
        String location = create(pensionManager, AssetFixtures.unique("年金台帳"), pension);
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("乗っ取り", welfare, "1", "LGWAN"))
                        .with(TestUsers.as(welfareManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("他課の資産", pension, "1", "LGWAN"))
                        .with(TestUsers.as(welfareManager)))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).with(TestUsers.as(welfareManager))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/assets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("監査人の資産", pension, "1", "LGWAN"))
                        .with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
    }

    /** The handlers' rule (method security) refuses before anything is read or written. */
    @Test
    void another_units_manager_may_neither_read_the_history_nor_take_a_disposal_step() throws Exception {
        String location = create(pensionManager, AssetFixtures.unique("住民票写し"), pension);
        mvc.perform(get(location + "/history").with(TestUsers.as(welfareManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/disposal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2025-03-31\",\"method\":\"裁断\",\"carriedOutBy\":\"係長\"}")
                        .with(TestUsers.as(welfareManager)))
                .andExpect(status().isForbidden());
        mvc.perform(delete(location + "/disposal").with(TestUsers.as(welfareManager)))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposalPending").value(false));
    }

    @Test
    void an_unknown_number_is_a_404() throws Exception {
        mvc.perform(get("/api/v1/assets/IA-987654").with(TestUsers.ciso())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assets/IA-987654/history").with(TestUsers.ciso()))
                .andExpect(status().isNotFound());
    }

    @Test
    void disposal_needs_a_second_manager_and_then_the_asset_is_read_only() throws Exception {
        String location = create(pensionManager, AssetFixtures.unique("旧データ"), pension);
        mvc.perform(post(location + "/disposal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2025-03-31\",\"method\":\"消去ソフトで上書きのうえ物理破壊\",\"carriedOutBy\":\"係長\"}")
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposalPending").value(true));
        mvc.perform(post(location + "/disposal/approval").with(TestUsers.as(pensionManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/disposal/approval").with(TestUsers.as(welfareManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/disposal/approval").with(TestUsers.as(pensionOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPOSED"))
                .andExpect(jsonPath("$.disposal.requestedBy").value(pensionManager.login()))
                .andExpect(jsonPath("$.disposal.approvedBy").value(pensionOfficer.login()));
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("変更", pension, "1", "LGWAN"))
                        .with(TestUsers.as(pensionOfficer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(delete(location + "/disposal").with(TestUsers.as(pensionOfficer)))
                .andExpect(status().isBadRequest());
        String audit = jdbc.sql("select actor from audit_entry where action = 'asset.disposed' and subject_id = :n")
                .param("n", location.substring(location.lastIndexOf('/') + 1))
                .query(String.class)
                .single();
        assertThat(audit).isEqualTo(pensionOfficer.login());
    }

    @Test
    void an_approver_with_an_authenticator_app_confirms_the_disposal_with_a_fresh_code() throws Exception {
        String location = create(pensionManager, AssetFixtures.unique("二要素廃棄"), pension);
        String number = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post(location + "/disposal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2025-03-31\",\"method\":\"溶解処理\",\"carriedOutBy\":\"係長\"}")
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk());
        String login = SecurityTestData.of(jdbc).decider(AssetFixtures.unique("pa"), "asset-pass-42", Totp.SECRET);
        CurrentUser approver = TestUsers.user(login, new RoleGrant(Role.SECURITY_MANAGER, pension));
        Function<String, MockHttpServletRequestBuilder> approval = body -> post(location + "/disposal/approval")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(TestUsers.as(approver))
                .with(request -> {
                    request.setRemoteAddr("10.31.0.1");
                    return request;
                });

        mvc.perform(approval.apply("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmation"));
        mvc.perform(approval.apply("{\"confirmation\":\"000000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmation"));
        mvc.perform(get(location).with(TestUsers.as(approver)))
                .andExpect(jsonPath("$.status").value("IN_USE"))
                .andExpect(jsonPath("$.disposalPending").value(true));
        assertThat(audited("reauthentication.failed", login)).hasSize(1);
        assertThat(audited("asset.disposed", number)).isEmpty();

        mvc.perform(approval.apply("{\"confirmation\":\"" + Totp.code(Totp.SECRET, 0) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPOSED"))
                .andExpect(jsonPath("$.disposal.approvedBy").value(login));
        assertThat(audited("asset.disposed", number)).singleElement().asString().contains("\"secondFactor\":\"true\"");
    }

    /** The details of the audit entries of that action done by or about {@code who}, oldest first. */
    private List<String> audited(String action, String who) {
        return jdbc.sql("select details from audit_entry where action = :action and (actor = :who or subject_id = :who)"
                        + " order by seq")
                .param("action", action)
                .param("who", who)
                .query(String.class)
                .list();
    }
}
