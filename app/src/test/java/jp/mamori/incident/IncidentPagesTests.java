package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.mamori.asset.AssetTestData;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnEachHardDay;
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

/** The incident pages through MockMvc: the form, the lists with their visibility, the incident page and its steps. */
@MamoriSpringTest
class IncidentPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    IncidentWorld world;
    long section;
    long otherSection;
    IncidentWorld.Person staff;
    IncidentWorld.Person colleague;
    IncidentWorld.Person manager;
    IncidentWorld.Person otherManager;

    @BeforeEach
    void organisation() {
        world = new IncidentWorld(jdbc);
        long office = world.unit("事務局", null);
        section = world.unit("保険課", office);
        otherSection = world.unit("年金課", office);
        staff = world.person("報告 花子", section);
        colleague = world.person("同僚 次郎", section);
        manager = world.person("管理　一郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        otherManager = world.person("別課 三郎", otherSection, new RoleGrant(Role.SECURITY_MANAGER, otherSection));
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    IncidentId reportedBy(IncidentWorld.Person who, String title, PersonalData facts) {
        return IncidentServiceTests.as(who.user(), () -> incidents.report(IncidentWorld.report(title, facts)))
                .incident()
                .id();
    }

    @Test
    void the_report_form_asks_every_fact_of_a_report() throws Exception {
        String page = html(get("/incidents/new").with(TestUsers.as(staff.user())));
        assertThat(page)
                .contains("name=\"title\"", "name=\"description\"", "name=\"discoveredAt\"", "name=\"discoveredBy\"")
                .contains("name=\"affectedAssets\"", "name=\"threat\"", "name=\"personalInformation\"")
                .contains("name=\"sensitive\"", "name=\"myNumber\"", "name=\"approximatePeople\"")
                .contains(
                        "name=\"improperPurposeSuspected\"", "name=\"exposedOnWeb\"", "name=\"possibleFinancialHarm\"")
                .contains("name=\"stronglyEncrypted\"", "name=\"myNumberSystemsInvolved\"")
                .contains("災害（地震、落雷、火災等によるサービス・業務の停止）")
                .doesNotContain("name=\"unitId\"");
    }

    @OnEachHardDay
    void a_staff_member_reports_and_lands_on_the_incident_with_the_reasons_and_deadlines() throws Exception {
        // discovered yesterday morning: the deadlines count from that day, whatever today is
        LocalDate discovered = TestClock.today().minusDays(1);
        var result = mvc.perform(post("/incidents")
                        .param("title", "健診結果の誤送付")
                        .param("description", "別の組合員に健診結果を郵送した")
                        .param("discoveredAt", discovered.atTime(9, 30).toString())
                        .param("discoveredBy", "窓口の職員")
                        .param("affectedAssets", "健診結果通知\r\n郵送物")
                        .param("threat", "UNINTENTIONAL_ERROR")
                        .param("personalInformation", "true")
                        .param("sensitive", "true")
                        .param("approximatePeople", "1")
                        .with(csrf())
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/incidents/");

        String page = html(get(location).with(TestUsers.as(staff.user())));
        assertThat(page)
                .contains("健診結果の誤送付", "健診結果通知", "郵送物")
                .contains("id=\"decision-due\"")
                .contains("要配慮個人情報")
                .contains("個人情報保護法")
                .contains(Wareki.japanese(discovered.plusDays(2))) // 速報: day 3, the day of discovery being day 1
                .contains(Wareki.japanese(discovered.plusDays(29))) // 確報: day 30
                .contains("id=\"report-links\"")
                .contains("第1段階 情報セキュリティ管理者：管理　一郎")
                .doesNotContain("id=\"triage-form\"");
    }

    @Test
    void a_report_without_title_or_threat_comes_back_with_the_fields_named() throws Exception {
        String page = mvc.perform(post("/incidents")
                        .param("title", "")
                        .param("description", "何か")
                        .param(
                                "discoveredAt",
                                TestClock.today().minusDays(1).atTime(9, 30).toString())
                        .with(csrf())
                        .with(TestUsers.as(staff.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"title-error\"").contains("入力してください。").contains("error-summary");
    }

    @Test
    void a_staff_member_cannot_read_a_colleagues_incident() throws Exception {
        IncidentId id = reportedBy(colleague, "同僚の報告", PersonalData.none());
        mvc.perform(get("/incidents/{id}", id.value())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/incidents/{id}", id.value())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(otherManager.user())))
                .andExpect(status().isNotFound());
        assertThat(html(get("/incidents/{id}", id.value()).with(TestUsers.as(manager.user()))))
                .contains("同僚の報告")
                .contains("id=\"triage-form\"");
    }

    @Test
    void a_section_manager_lists_the_incidents_of_their_unit_only() throws Exception {
        String mineTitle = "保険課の件" + IncidentWorld.unique("");
        String otherTitle = "年金課の件" + IncidentWorld.unique("");
        reportedBy(colleague, mineTitle, PersonalData.none());
        reportedBy(otherManager, otherTitle, PersonalData.none());

        String page = html(get("/incidents").with(TestUsers.as(manager.user())));
        assertThat(page).contains(mineTitle).doesNotContain(otherTitle);
        String staffPage = html(get("/incidents").with(TestUsers.as(staff.user())));
        assertThat(staffPage).doesNotContain(mineTitle).doesNotContain(otherTitle);
        assertThat(html(get("/incidents").with(TestUsers.ciso()))).contains(mineTitle, otherTitle);
    }

    @Test
    void what_i_reported_lists_my_reports() throws Exception {
        String title = "自分の報告" + IncidentWorld.unique("");
        reportedBy(staff, title, PersonalData.none());
        assertThat(html(get("/incidents/mine").with(TestUsers.as(staff.user()))))
                .contains(title);
        assertThat(html(get("/incidents/mine").with(TestUsers.as(colleague.user()))))
                .doesNotContain(title);
    }

    @OnEachHardDay
    void an_open_incident_past_its_deadline_is_highlighted_in_the_list() throws Exception {
        String title = "期限超過" + IncidentWorld.unique("");
        var request = new ReportRequest(
                title,
                "古い事案",
                TestClock.INSTANCE.instant().minus(java.time.Duration.ofDays(10)),
                "",
                java.util.List.of(),
                ThreatCategory.INTENTIONAL_ATTACK,
                new PersonalData(true, true, false, 5, false, false, false, false, false),
                null,
                "");
        IncidentId id = IncidentServiceTests.as(staff.user(), () -> incidents.report(request))
                .incident()
                .id();

        String page = html(get("/incidents").with(TestUsers.as(manager.user())));
        int row = page.indexOf(title);
        String rowStart = page.substring(page.lastIndexOf("<tr", row), row);
        assertThat(rowStart).contains("row--overdue").contains("data-overdue=\"true\"");
        assertThat(page.substring(row)).contains("日超過");

        // the incident page reads the same: one wording, one colour (never 「あと-9日」)
        String listed = countdown(page.substring(row));
        String detail = html(get("/incidents/{id}", id.value()).with(TestUsers.as(manager.user())));
        String shown = countdown(detail.substring(detail.indexOf("id=\"due-preliminary\"")));
        assertThat(shown).isEqualTo(listed).contains("badge badge--error").containsPattern(">\\d+日超過<");
        assertThat(detail).doesNotContain("あと-");
    }

    /** The first countdown span after the start of the text. */
    private static String countdown(String html) {
        int at = html.indexOf("<span class=\"countdown");
        return html.substring(at, html.indexOf("</span>", at) + 7);
    }

    @Test
    void the_manager_walks_the_incident_to_closure_and_the_timeline_shows_each_step() throws Exception {
        IncidentId id = reportedBy(staff, "端末の紛失", PersonalData.none());
        var as = TestUsers.as(manager.user());
        String base = "/incidents/" + id.value();

        mvc.perform(post(base + "/triage")
                        .param("severity", "2")
                        .param("priority", "HIGH")
                        .param("note", "確認")
                        .with(csrf())
                        .with(as))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/contain").param("note", "遠隔ロック").with(csrf()).with(as));
        mvc.perform(
                post(base + "/eradicate").param("note", "端末を回収").with(csrf()).with(as));
        mvc.perform(post(base + "/recover").param("note", "代替機を配備").with(csrf()).with(as));
        mvc.perform(post(base + "/close")
                .param("cause", "置き忘れ")
                .param("recurrencePrevention", "持出し簿の徹底")
                .with(csrf())
                .with(as));

        String page = html(get(base).with(as));
        assertThat(page).contains("data-state=\"CLOSED\"").contains("置き忘れ").contains("持出し簿の徹底");
        assertThat(page).contains("遠隔ロック", "端末を回収", "代替機を配備");
        for (String step : new String[] {"REPORT", "TRIAGE", "CONTAIN", "ERADICATE", "RECOVER", "CLOSE"}) {
            assertThat(page).contains("data-step=\"" + step + "\"");
        }
    }

    @Test
    void a_refused_step_comes_back_as_an_alert_and_changes_nothing() throws Exception {
        IncidentId id = reportedBy(staff, "順序違い", PersonalData.none());
        var flash = mvc.perform(
                        post("/incidents/{id}/recover", id.value()).with(csrf()).with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        assertThat(flash.get("alert")).isEqualTo("incident.error.stepNotAllowed");
        assertThat(IncidentServiceTests.as(manager.user(), () -> incidents.get(id))
                        .incident()
                        .state())
                .isEqualTo(IncidentState.REPORTED);
    }

    @Test
    void the_reporter_may_not_take_a_response_step() throws Exception {
        IncidentId id = reportedBy(staff, "報告者の操作", PersonalData.none());
        mvc.perform(post("/incidents/{id}/triage", id.value())
                        .param("severity", "1")
                        .param("priority", "LOW")
                        .accept(MediaType.TEXT_HTML)
                        .with(csrf())
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isForbidden());
    }

    @Test
    void evidence_is_uploaded_listed_with_its_hash_and_downloaded_as_an_attachment() throws Exception {
        IncidentId id = reportedBy(staff, "不審なメール", PersonalData.none());
        byte[] mail = "From: someone@example.invalid\r\nSubject: 請求書\r\n".getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(mail));

        mvc.perform(multipart("/incidents/{id}/evidence", id.value())
                        .file(new MockMultipartFile("file", "mail.eml", "message/rfc822", mail))
                        .with(csrf())
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().is3xxRedirection());

        assertThat(html(get("/incidents/{id}", id.value()).with(TestUsers.as(staff.user()))))
                .contains("mail.eml")
                .contains(sha);
        byte[] body = mvc.perform(
                        get("/incidents/{id}/evidence/{sha}", id.value(), sha).with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Evidence-SHA256", sha))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(mail);
        jdbc.sql("update inc_evidence_content set content = :c where incident_id = :id")
                .param("c", "altered".getBytes(StandardCharsets.UTF_8))
                .param("id", id.value())
                .update();
        String refused = mvc.perform(get("/incidents/{id}/evidence/{sha}", id.value(), sha)
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("SHA-256と一致しません").doesNotContain("altered");
        mvc.perform(get("/incidents/{id}/evidence/{sha}", id.value(), sha)
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(colleague.user())))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_checklist_step_is_ticked_from_the_page() throws Exception {
        IncidentId id = reportedBy(staff, "チェックリスト", PersonalData.none());
        String key = ResponsePlan.defaults(Severity.of(3)).steps().get(0).key();
        mvc.perform(post("/incidents/{id}/checklist", id.value())
                        .param("step", key)
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/incidents/{id}", id.value()).with(TestUsers.as(staff.user()))))
                .contains("data-step=\"" + key + "\" data-done=\"true\"");
    }

    @Test
    void an_affected_asset_named_by_its_number_links_to_the_asset_register() throws Exception {
        String number = AssetTestData.of(jdbc).informationAsset("組合員名簿", section, "3");
        var request = new ReportRequest(
                "名簿の持出し",
                "名簿を無断で持ち出した",
                TestClock.INSTANCE.instant().minusSeconds(60),
                "",
                java.util.List.of("台帳 " + number + " の写し", "管理番号のない紙のメモ"),
                ThreatCategory.INTENTIONAL_ATTACK,
                PersonalData.none(),
                null,
                "");
        IncidentId id = IncidentServiceTests.as(staff.user(), () -> incidents.report(request))
                .incident()
                .id();

        String page = html(get("/incidents/{id}", id.value()).with(TestUsers.as(staff.user())));
        assertThat(page)
                .contains("href=\"/assets/" + number + "\"")
                .contains("組合員名簿")
                .contains("管理番号のない紙のメモ");
        assertThat(page.split("href=\"/assets/", -1)).hasSize(2);
    }

    @OnEachHardDay
    void revised_facts_bring_the_deadlines_and_an_unticked_box_means_no() throws Exception {
        IncidentId id = reportedBy(staff, "事実の更新", PersonalData.none());
        assertThat(html(get("/incidents/{id}", id.value()).with(TestUsers.as(manager.user()))))
                .contains("id=\"decision-not-due\"");

        mvc.perform(post("/incidents/{id}/personal-data", id.value())
                        .param("personalInformation", "true")
                        .param("myNumber", "true")
                        .param("approximatePeople", "101")
                        .param("note", "件数が判明")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());

        Incident incident =
                IncidentServiceTests.as(manager.user(), () -> incidents.get(id)).incident();
        assertThat(incident.personalData())
                .isEqualTo(new PersonalData(true, false, true, 101, false, false, false, false, false));
        assertThat(html(get("/incidents/{id}", id.value()).with(TestUsers.as(manager.user()))))
                .contains("id=\"decision-due\"")
                .contains("件数が判明");
    }

    @Test
    void the_error_summary_names_each_field_and_links_to_it() throws Exception {
        String page = html(post("/incidents")
                .param("title", "")
                .param("description", "")
                .with(csrf())
                .with(TestUsers.as(staff.user())));
        String summary =
                page.substring(page.indexOf("error-summary"), page.indexOf("</ul>", page.indexOf("error-summary")));
        assertThat(summary)
                .contains("<a href=\"#title\">件名：")
                .contains("<a href=\"#description\">何が起きたか：")
                .contains("<a href=\"#threat\">脅威の区分：");
        assertThat(summary).doesNotContain("<li>入力してください。</li>");
        assertThat(page).contains("id=\"threat\"");
    }

    @Test
    void triage_starts_with_no_severity_chosen_and_refuses_one_left_unchosen_on_its_field() throws Exception {
        IncidentId id = reportedBy(staff, "重大度未選択", PersonalData.none());
        var as = TestUsers.as(manager.user());
        String page = html(get("/incidents/{id}", id.value()).with(as));
        String select = page.substring(
                page.indexOf("<select id=\"severity\""),
                page.indexOf("</select>", page.indexOf("<select id=\"severity\"")));
        assertThat(select).contains("<option value=\"\">選択してください</option>").doesNotContain("selected");

        String again = html(post("/incidents/{id}/triage", id.value())
                .param("severity", "")
                .param("priority", "HIGH")
                .with(csrf())
                .with(as));
        assertThat(again).contains("<a href=\"#severity\">重大度：重大度を選んでください。</a>").contains("id=\"severity-error\"");
        assertThat(IncidentServiceTests.as(manager.user(), () -> incidents.get(id))
                        .incident()
                        .state())
                .isEqualTo(IncidentState.REPORTED);
    }
}
