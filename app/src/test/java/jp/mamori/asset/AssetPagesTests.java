package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.Html;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The register pages: list and filters, detail with handling and findings, form, access, disposal. */
@MamoriSpringTest
class AssetPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    Assets assets;

    @Autowired
    JdbcClient jdbc;

    AssetFixtures fx;
    long pension;
    long welfare;
    CurrentUser pensionManager;
    CurrentUser pensionDeputy;
    CurrentUser welfareManager;

    @BeforeEach
    void units() {
        fx = new AssetFixtures(jdbc);
        pension = fx.unit("年金課", null);
        welfare = fx.unit("福祉課", null);
        fx.holder(Role.SECURITY_MANAGER, pension);
        pensionManager = AssetFixtures.manager(AssetFixtures.unique("pm"), pension);
        pensionDeputy = TestUsers.user(AssetFixtures.unique("po"), new RoleGrant(Role.SECURITY_OFFICER, pension));
        welfareManager = AssetFixtures.manager(AssetFixtures.unique("wm"), welfare);
    }

    /**
     * The new-asset form of the pension section as its manager posts it: the fields every asset has
     * ("" = left unchosen); add the others.
     */
    private MockHttpServletRequestBuilder newAssetForm(
            String name,
            String kind,
            String form,
            String zoneCode,
            String confidentiality,
            String integrity,
            String availability) {
        return Html.form("/assets")
                .with(TestUsers.as(pensionManager))
                .param("name", name)
                .param("kind", kind)
                .param("ownerUnitId", Long.toString(pension))
                .param("form", form)
                .param("zoneCode", zoneCode)
                .param("confidentiality", confidentiality)
                .param("integrity", integrity)
                .param("availability", availability);
    }

    private Asset create(CurrentUser user, AssetDraft draft) {
        AtomicReference<Asset> created = new AtomicReference<>();
        TestUsers.runAs(user, () -> created.set(assets.create(draft)));
        return created.get();
    }

    @Test
    void the_list_shows_the_units_assets_and_filters_by_zone() throws Exception {
        String name = AssetFixtures.unique("年金台帳");
        Asset lgwan = create(pensionManager, AssetFixtures.draft(name + "L", pension));
        Asset none =
                create(pensionManager, AssetFixtures.classified(AssetFixtures.draft(name + "N", pension), "1", "NONE"));
        mvc.perform(get("/assets").param("q", name).accept(MediaType.TEXT_HTML).with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lgwan.number())))
                .andExpect(content().string(containsString(none.number())))
                .andExpect(content().string(containsString("機密性2 / 完全性2 / 可用性1")))
                // each row links to its asset (number and name), and its state badge is the looked-up text
                .andExpect(content()
                        .string(containsString(
                                "<a href=\"/assets/" + lgwan.number() + "\">" + lgwan.number() + "</a>")))
                .andExpect(content().string(containsString("class=\"badge badge--ok\">使用中</span>")));
        mvc.perform(get("/assets")
                        .param("q", name)
                        .param("zone", "NONE")
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">" + lgwan.number() + "<"))))
                .andExpect(content().string(containsString(none.number())));
    }

    @Test
    void staff_see_their_own_units_assets_read_only_and_not_other_units() throws Exception {
        String name = AssetFixtures.unique("窓口記録");
        Asset asset = create(pensionManager, AssetFixtures.draft(name, pension));
        CurrentUser pensionStaff = TestUsers.user(AssetFixtures.unique("ps"), new RoleGrant(Role.STAFF, pension));
        CurrentUser welfareStaff = TestUsers.user(AssetFixtures.unique("ws"), new RoleGrant(Role.STAFF, welfare));
        mvc.perform(get("/assets").param("q", name).accept(MediaType.TEXT_HTML).with(TestUsers.as(pensionStaff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(asset.number())))
                .andExpect(content().string(not(containsString("href=\"/assets/new\""))));
        mvc.perform(get("/assets/{n}", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(pensionStaff)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/assets").param("q", name).accept(MediaType.TEXT_HTML).with(TestUsers.as(welfareStaff)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">" + asset.number() + "<"))));
        mvc.perform(get("/assets/{n}", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(welfareStaff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assets/{n}", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.auditor()))
                .andExpect(status().isOk());
    }

    @Test
    void the_asset_page_shows_the_handling_its_levels_call_for_and_its_findings() throws Exception {
        AssetDraft specific = AssetFixtures.draftOf(
                "name", AssetFixtures.unique("番号連携データ"),
                "kind", AssetKind.INFORMATION,
                "description", "",
                "ownerUnitId", pension,
                "custodian", "",
                "users", "",
                "location", "",
                "form", AssetForm.ELECTRONIC,
                "zoneCode", "LGWAN",
                "confidentiality", "3",
                "integrity", "2",
                "availability", "2",
                "restrictionCodes", java.util.List.of(),
                "personalInfo", true,
                "sensitivePersonalInfo", false,
                "specificPersonalInfo", true,
                "recordCount", 500,
                "retention", "5年",
                "nextReview", null,
                "parentNumber", "",
                "note", "");
        Asset asset = create(pensionManager, specific);
        mvc.perform(get("/assets/{n}", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("私物の端末や記録媒体では扱わない。")))
                .andExpect(content().string(containsString("バックアップを取るか、電子署名を付ける。")))
                .andExpect(content().string(containsString("data-rule=\"MY_NUMBER_ZONE\"")))
                .andExpect(content().string(not(containsString("data-rule=\"NO_SECURITY_MANAGER\""))))
                .andExpect(content().string(containsString("見本　管理者")));
    }

    @Test
    void an_asset_of_a_unit_without_a_security_manager_is_listed_on_the_findings_page() throws Exception {
        Asset asset = create(welfareManager, AssetFixtures.draft(AssetFixtures.unique("生活記録"), welfare));
        mvc.perform(get("/assets/findings").accept(MediaType.TEXT_HTML).with(TestUsers.ciso()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(asset.number())))
                .andExpect(content().string(containsString("情報セキュリティ管理者がいない")));
    }

    @Test
    void a_manager_creates_an_asset_through_the_form() throws Exception {
        String name = AssetFixtures.unique("相談記録票");
        mvc.perform(newAssetForm(name, "INFORMATION", "PAPER", "NONE", "2", "1", "1")
                        .param("restrictionCodes", "NO_COPY", "PARTIES_ONLY")
                        .param("personalInfo", "true")
                        .param("recordCount", "１，２００")
                        .param("nextReview", "2030-03-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/assets/IA-*"));
        AssetRow row = assets.page(
                        new AssetFilter(null, null, null, null, null, name, null, AssetFilter.Sort.NUMBER), null, 0, 5)
                .items()
                .get(0);
        Asset saved = assets.get(row.number());
        assertThat(saved.restrictionCodes()).containsExactly("NO_COPY", "PARTIES_ONLY");
        assertThat(saved.personalData().recordCount()).isEqualTo(1200);
        assertThat(saved.personalData().personalInfo()).isTrue();
        assertThat(saved.personalData().specificPersonalInfo()).isFalse();
    }

    @Test
    void a_bad_form_is_shown_again_with_the_problem_on_its_field() throws Exception {
        mvc.perform(newAssetForm("", "INFORMATION", "PAPER", "NONE", "2", "1", "1")
                        .param("recordCount", "たくさん"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("件数は数字で入力してください。")));
    }

    @Test
    void a_section_manager_cannot_edit_another_units_asset() throws Exception {
        Asset asset = create(pensionManager, AssetFixtures.draft(AssetFixtures.unique("給付台帳"), pension));
        mvc.perform(get("/assets/{n}/edit", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(welfareManager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assets/{n}", asset.number())
                        .with(csrf())
                        .with(TestUsers.as(welfareManager))
                        .accept(MediaType.TEXT_HTML)
                        .param("name", "乗っ取り"))
                .andExpect(status().isForbidden());
        assertThat(assets.get(asset.number()).name()).isNotEqualTo("乗っ取り");
        mvc.perform(get("/assets/{n}/edit", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(pensionDeputy)))
                .andExpect(status().isOk());
    }

    @Test
    void an_auditor_reads_but_may_not_open_the_form() throws Exception {
        mvc.perform(get("/assets/new").accept(MediaType.TEXT_HTML).with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_number_is_a_404() throws Exception {
        mvc.perform(get("/assets/IA-987654").accept(MediaType.TEXT_HTML).with(TestUsers.ciso()))
                .andExpect(status().isNotFound());
    }

    @Test
    void disposal_is_requested_by_one_manager_and_approved_by_another() throws Exception {
        Asset asset = create(pensionManager, AssetFixtures.draft(AssetFixtures.unique("旧台帳"), pension));
        mvc.perform(post("/assets/{n}/disposal", asset.number())
                        .with(csrf())
                        .with(TestUsers.as(pensionManager))
                        .param("date", "2025-03-31")
                        .param("method", "溶解処理")
                        .param("carriedOutBy", "庶務係"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "asset.disposal.requested"));
        mvc.perform(post("/assets/{n}/disposal/approve", asset.number())
                        .with(csrf())
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "asset.disposal.selfApproval"));
        assertThat(assets.get(asset.number()).disposed()).isFalse();
        mvc.perform(post("/assets/{n}/disposal/approve", asset.number())
                        .with(csrf())
                        .with(TestUsers.as(pensionDeputy)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "asset.disposal.approved"));
        assertThat(assets.get(asset.number()).disposed()).isTrue();
        mvc.perform(get("/assets/{n}", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("溶解処理")))
                .andExpect(content().string(not(containsString("/edit\""))))
                .andExpect(content().string(containsString("廃棄承認")));
    }

    @Test
    void a_new_asset_starts_with_zone_and_levels_unchosen_and_is_refused_until_they_are_chosen() throws Exception {
        String page = mvc.perform(get("/assets/new").accept(MediaType.TEXT_HTML).with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (String field : new String[] {"zoneCode", "confidentiality", "integrity", "availability"}) {
            int at = page.indexOf("<select id=\"" + field + "\"");
            String select = page.substring(at, page.indexOf("</select>", at));
            assertThat(select).as(field).contains("<option value=\"\" selected=\"selected\">選択してください</option>");
        }
        String refused =
                Html.page(mvc, newAssetForm(AssetFixtures.unique("未選択台帳"), "INFORMATION", "PAPER", "", "", "", ""));
        assertThat(refused)
                .contains("<a href=\"#zoneCode\">ネットワーク区分：ネットワーク区分を選んでください。</a>")
                .contains("<a href=\"#confidentiality\">機密性：格付を選んでください。</a>")
                .contains("<a href=\"#availability\">可用性：格付を選んでください。</a>");
    }

    @Test
    void a_new_asset_starts_with_kind_and_form_unchosen_and_is_refused_until_they_are_chosen() throws Exception {
        String page = mvc.perform(get("/assets/new").accept(MediaType.TEXT_HTML).with(TestUsers.as(pensionManager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (String field : new String[] {"kind", "form"}) {
            int at = page.indexOf("<select id=\"" + field + "\"");
            String select = page.substring(at, page.indexOf("</select>", at));
            // no option is marked selected, so the browser shows the first one: 選択してください
            assertThat(select.indexOf("<option"))
                    .as(field + ": 選択してください comes first")
                    .isEqualTo(select.indexOf("<option value=\"\">選択してください</option>"))
                    .isPositive();
            assertThat(select).as(field + ": nothing chosen beforehand").doesNotContain("selected");
        }
        String refused = Html.page(mvc, newAssetForm(AssetFixtures.unique("区分未選択台帳"), "", "", "NONE", "2", "1", "1"));
        assertThat(refused)
                .contains("<a href=\"#kind\">資産区分：資産区分を選んでください。</a>")
                .contains("<a href=\"#form\">形態：形態を選んでください。</a>");
    }

    @Test
    void the_disposal_approval_asks_an_enrolled_approver_for_the_code_and_one_without_an_app_approves_as_before()
            throws Exception {
        Asset asset = create(pensionManager, AssetFixtures.draft(AssetFixtures.unique("二要素台帳"), pension));
        Asset other = create(pensionManager, AssetFixtures.draft(AssetFixtures.unique("二要素なし台帳"), pension));
        TestUsers.runAs(pensionManager, () -> {
            DisposalRequest request = new DisposalRequest(LocalDate.of(2025, 3, 31), "溶解処理", "庶務係");
            assets.requestDisposal(asset.number(), request);
            assets.requestDisposal(other.number(), request);
        });
        String login = SecurityTestData.of(jdbc).decider(AssetFixtures.unique("pa"), "asset-pass-42", Totp.SECRET);
        CurrentUser approver = TestUsers.user(login, new RoleGrant(Role.SECURITY_MANAGER, pension));
        BiFunction<Asset, String, MockHttpServletRequestBuilder> approval =
                (a, code) -> post("/assets/{n}/disposal/approve", a.number())
                        .param("confirmation", code)
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(request -> {
                            request.setRemoteAddr("10.31.0.2");
                            return request;
                        });

        mvc.perform(get("/assets/{n}", asset.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(approver)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirmation\"")));
        mvc.perform(approval.apply(asset, ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "reauth.secondFactor.required"));
        mvc.perform(approval.apply(asset, "999999"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "reauth.secondFactor.wrong"));
        assertThat(assets.get(asset.number()).disposalPending()).isTrue();

        mvc.perform(approval.apply(asset, Totp.code(Totp.SECRET, 0)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "asset.disposal.approved"));
        assertThat(assets.get(asset.number()).disposed()).isTrue();
        assertThat(disposedDetails(asset)).contains("\"secondFactor\":\"true\"");

        mvc.perform(get("/assets/{n}", other.number())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(pensionDeputy)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"confirmation\""))));
        mvc.perform(post("/assets/{n}/disposal/approve", other.number())
                        .with(csrf())
                        .with(TestUsers.as(pensionDeputy)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "asset.disposal.approved"));
        assertThat(disposedDetails(other)).contains("\"secondFactor\":\"false\"");
    }

    private String disposedDetails(Asset asset) {
        return jdbc.sql("select details from audit_entry where action = 'asset.disposed' and subject_id = :n")
                .param("n", asset.number())
                .query(String.class)
                .single();
    }
}
