package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.LinkableRecords;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
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
 * Cloud services and SNS accounts: a service allowed up to 機密性2 holding a 機密性3 asset is flagged on
 * the service, the findings page and the asset; approval needs the CISO's fresh code; an SNS account
 * without a second factor or deputy is a finding until it is fixed and reviewed; all audited.
 */
@MamoriSpringTest
class CloudAndSnsPagesTests {
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SupplierFixtures fx;
    long unit;
    CurrentUser manager;

    @BeforeEach
    void data() {
        fx = new SupplierFixtures(jdbc);
        unit = fx.org.unit("クラウド試験課", null);
        manager = fx.manager(unit);
    }

    @Autowired
    List<LinkableRecords> linkable;

    LinkableRecords targets(LinkableRecords.Kind kind) {
        return linkable.stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_asset_above_what_the_service_allows_is_flagged_and_approval_needs_the_cisos_fresh_code() throws Exception {
        String secret3 = fx.assets.informationAsset("住民票の写し", unit, "3");
        String secret2 = fx.assets.informationAsset("会議録", unit, "2");
        String name = SupplierFixtures.unique("架空ドライブ");
        String location = mvc.perform(post("/cloud-services")
                        .param("name", name)
                        .param("provider", "架空クラウド株式会社")
                        .param("ismapNumber", "C99-9999-9")
                        .param("ismapExpiresOn", TestClock.today().plusYears(1).toString())
                        .param("dataLocation", "国内(東日本)")
                        .param("maxConfidentiality", "2")
                        .param("unitId", Long.toString(unit))
                        .param("assets", secret2 + ", " + secret3)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/cloud-services/\\d+");
        // a link target of the statement of applicability, by its name (folded), titled for readers only
        LinkableRecords services = targets(LinkableRecords.Kind.CLOUD_SERVICE);
        TestUsers.runAs(
                manager,
                () -> assertThat(services.find(" " + name + " ")).hasValueSatisfying(l -> {
                    assertThat(l.reference()).isEqualTo(name);
                    assertThat(l.title()).isEqualTo("架空クラウド株式会社");
                    assertThat(l.path()).isEqualTo(location);
                }));
        TestUsers.runAs(
                TestUsers.user(SupplierFixtures.unique("sup-staff"), new RoleGrant(Role.STAFF, unit)),
                () -> assertThat(services.find(name))
                        .hasValueSatisfying(l -> assertThat(l.title()).isNull()));
        assertThat(services.find(name + "（別）")).isEmpty();
        String page = html(get(location).with(TestUsers.as(manager)));
        assertThat(page)
                .contains("data-rule=\"CLOUD_ASSET_ABOVE_ALLOWED\"", "data-rule=\"CLOUD_UNAPPROVED_CONFIDENTIAL\"")
                .contains(secret3 + "「住民票の写し」");
        assertThat(html(get("/assets/" + secret3).with(TestUsers.as(manager))))
                .contains(name, "data-note=\"sup.note.CLOUD_ASSET_ABOVE_ALLOWED\"");
        assertThat(html(get("/assets/" + secret2).with(TestUsers.as(manager))))
                .contains(name)
                .doesNotContain("data-note=\"sup.note.CLOUD_ASSET_ABOVE_ALLOWED\"");

        String login = SupplierFixtures.unique("sup-ciso");
        SecurityTestData security = SecurityTestData.of(jdbc);
        security.administrator(login, "試験CISO", "cloud-pass-42");
        security.enrolSecondFactor(login, SECRET);
        CurrentUser ciso = TestUsers.user(login, new RoleGrant(Role.CISO, null));
        mvc.perform(post(location + "/approve")
                        .param("confirmation", "000000")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/approve")
                        .param("confirmation", "000000")
                        .with(csrf())
                        .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(location).with(TestUsers.as(ciso))))
                .contains("data-rule=\"CLOUD_UNAPPROVED_CONFIDENTIAL\"");
        long step = TestClock.INSTANCE.instant().getEpochSecond() / 30;
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(SECRET, step);
        mvc.perform(post(location + "/approve")
                        .param("confirmation", code)
                        .with(csrf())
                        .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection());
        page = html(get(location).with(TestUsers.as(ciso)));
        assertThat(page)
                .doesNotContain("data-rule=\"CLOUD_UNAPPROVED_CONFIDENTIAL\"")
                .contains("data-rule=\"CLOUD_ASSET_ABOVE_ALLOWED\"");
        assertThat(html(get("/contractors/findings").with(TestUsers.auditor())))
                .contains(name, "/controls/measures/8.3.5");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'cloud-service' and subject_id = :s order by seq")
                        .param("s", id)
                        .query(String.class)
                        .list())
                .containsExactly("cloud-service.registered", "cloud-service.approved");
        mvc.perform(get("/api/v1/cloud-services/" + id).with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(true))
                .andExpect(jsonPath("$.findings[0].rule").value("CLOUD_ASSET_ABOVE_ALLOWED"));
        mvc.perform(get("/api/v1/cloud-services").param("q", name).with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].highestStored").value(3));
    }

    @Test
    void an_sns_account_without_second_factor_or_deputy_is_a_finding_until_fixed_and_reviewed() throws Exception {
        long responsible = fx.org.person("広報 責任", unit);
        long deputy = fx.org.person("広報 代理", unit);
        String account = "@" + SupplierFixtures.unique("kakuu_city");
        String location = mvc.perform(post("/sns-accounts")
                        .param("platform", "X")
                        .param("account", account)
                        .param("purpose", "市政情報と災害情報の発信")
                        .param("procedureDocument", "公式SNS運用手順")
                        .param("unitId", Long.toString(unit))
                        .param("responsible", fx.org.staffNumber(responsible))
                        .param("credentialHolder", "広報課長")
                        .param("announcedAt", "市ホームページ 公式SNS一覧")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/sns-accounts/\\d+");
        LinkableRecords accounts = targets(LinkableRecords.Kind.SNS_ACCOUNT);
        TestUsers.runAs(
                manager,
                () -> assertThat(accounts.find("X　" + account)).hasValueSatisfying(l -> {
                    assertThat(l.reference()).isEqualTo("X " + account);
                    assertThat(l.title()).isEqualTo("市政情報と災害情報の発信");
                    assertThat(l.path()).isEqualTo(location);
                }));
        assertThat(accounts.find(account))
                .as("the platform and the account, both")
                .isEmpty();
        assertThat(html(get(location).with(TestUsers.as(manager))))
                .contains(
                        "data-rule=\"SNS_NO_SECOND_FACTOR\"",
                        "data-rule=\"SNS_NO_DEPUTY\"",
                        "data-rule=\"SNS_NEVER_REVIEWED\"",
                        "/controls/measures/8.5.4");
        mvc.perform(post(location)
                        .param("platform", "X")
                        .param("account", account)
                        .param("procedureDocument", "公式SNS運用手順")
                        .param("unitId", Long.toString(unit))
                        .param("responsible", fx.org.staffNumber(responsible))
                        .param("deputies", fx.org.staffNumber(deputy))
                        .param("credentialHolder", "広報課長")
                        .param("secondFactor", "true")
                        .param("announcedAt", "市ホームページ 公式SNS一覧")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/review")
                        .param("reviewedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(location).with(TestUsers.as(manager))))
                .doesNotContain("data-rule=\"SNS_")
                .contains("広報　代理");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'sns-account' and subject_id = :s order by seq")
                        .param("s", id)
                        .query(String.class)
                        .list())
                .containsExactly("sns-account.registered", "sns-account.changed", "sns-account.reviewed");
        mvc.perform(get("/api/v1/sns-accounts").param("q", account).with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].secondFactor").value(true));
        mvc.perform(get("/api/v1/sns-accounts/" + id).with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/sns-accounts/" + id + "/edit").with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
    }
}
