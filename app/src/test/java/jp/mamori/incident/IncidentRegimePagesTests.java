package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The body's legal regime on the settings, plan and incident pages (issue 11 point 1): who chooses
 * it, that it is audited, and that it changes the decision; and the triage's priority that the person
 * must choose (issue 19).
 */
@MamoriSpringTest
class IncidentRegimePagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    BodyRegime regime;

    IncidentWorld.Person staff;
    IncidentWorld.Person manager;

    @BeforeEach
    void organisation() {
        jdbc.sql("delete from inc_regime_choice").update();
        var world = new IncidentWorld(jdbc);
        long section = world.unit("保険課", world.unit("事務局", null));
        staff = world.person("報告 花子", section);
        manager = world.person("管理 一郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
    }

    @AfterEach
    void nothingChosen() {
        jdbc.sql("delete from inc_regime_choice").update();
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void until_a_regime_is_chosen_the_public_body_rules_apply_and_every_page_says_so() throws Exception {
        assertThat(regime.current().source()).isEqualTo(RegimeChoice.Source.NOT_CHOSEN);
        String settings = html(get("/incidents/settings").with(TestUsers.as(staff.user())));
        assertThat(settings)
                .contains("id=\"regime-current\">行政機関等（地方公共団体の機関・地方独立行政法人）</strong>")
                .contains("まだ選択されていません")
                .contains("保有個人情報の本人が100人を超えるとき")
                .doesNotContain("id=\"regime-form\"");
        assertThat(html(get("/incidents/plan").with(TestUsers.as(staff.user()))))
                .contains("id=\"regime-line\"")
                .contains("適用する法的区分：行政機関等");
        assertThat(html(get("/incidents").with(TestUsers.as(staff.user())))).contains("適用する法的区分：行政機関等");
    }

    @Test
    void a_leak_of_500_peoples_information_is_due_for_a_public_body_and_not_for_a_business() throws Exception {
        var facts = new PersonalData(true, false, false, 500, false, false, false, false, false);
        IncidentId id = IncidentServiceTests.as(
                        staff.user(), () -> incidents.report(IncidentWorld.report("名簿の誤送信", facts)))
                .incident()
                .id();
        String page = html(get("/incidents/{id}", id.value()).with(TestUsers.as(staff.user())));
        assertThat(page)
                .contains("漏えい等のおそれがある保有個人情報の本人の数が100人を超えるため")
                .contains("個人情報保護法第68条第1項、同法施行規則第43条第4号")
                .contains("id=\"counted-from\"")
                .contains("（1日目）");

        mvc.perform(post("/incidents/settings/regime")
                        .param("choice", "BUSINESS")
                        .param("reason", "組合の顧問弁護士の確認により個人情報取扱事業者とする")
                        .with(csrf())
                        .with(TestUsers.ciso())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/incidents/settings"));

        assertThat(regime.current().regime()).isEqualTo(Regime.BUSINESS);
        assertThat(regime.current().source()).isEqualTo(RegimeChoice.Source.STORED);
        assertThat(html(get("/incidents/{id}", id.value()).with(TestUsers.as(staff.user()))))
                .contains("id=\"decision-not-due\"")
                .contains("適用する法的区分：個人情報取扱事業者");
        assertThat(jdbc.sql("select details from audit_entry where action = 'incident-regime.chosen'"
                                + " order by seq desc fetch first 1 rows only")
                        .query(String.class)
                        .single())
                .contains("BUSINESS")
                .contains("顧問弁護士");
    }

    @Test
    void only_body_wide_managers_choose_and_a_reason_is_required() throws Exception {
        long audited = chosenEntries();
        mvc.perform(post("/incidents/settings/regime")
                        .param("choice", "BUSINESS")
                        .param("reason", "理由")
                        .with(csrf())
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());

        String again = html(post("/incidents/settings/regime")
                .param("choice", "PUBLIC_BODY")
                .param("reason", " ")
                .with(csrf())
                .with(TestUsers.ciso()));
        assertThat(again).contains("id=\"regime-errors\"").contains("選択の理由を入力してください。");
        String none = html(post("/incidents/settings/regime")
                .param("reason", "理由だけ")
                .with(csrf())
                .with(TestUsers.ciso()));
        assertThat(none).contains("法的区分を選択してください。");
        assertThat(regime.current().source()).isEqualTo(RegimeChoice.Source.NOT_CHOSEN);
        assertThat(chosenEntries()).isEqualTo(audited);
    }

    long chosenEntries() {
        return jdbc.sql("select count(*) from audit_entry where action = 'incident-regime.chosen'")
                .query(Long.class)
                .single();
    }

    @Test
    void triage_starts_with_no_priority_chosen_and_refuses_one_left_unchosen_on_its_field() throws Exception {
        IncidentId id = IncidentServiceTests.as(
                        staff.user(), () -> incidents.report(IncidentWorld.report("優先度未選択", PersonalData.none())))
                .incident()
                .id();
        var as = TestUsers.as(manager.user());
        String page = html(get("/incidents/{id}", id.value()).with(as));
        String select = page.substring(
                page.indexOf("<select id=\"priority\""),
                page.indexOf("</select>", page.indexOf("<select id=\"priority\"")));
        assertThat(select).contains("<option value=\"\">選択してください</option>").doesNotContain("selected");

        String again = html(post("/incidents/{id}/triage", id.value())
                .param("severity", "2")
                .param("priority", "")
                .with(csrf())
                .with(as));
        assertThat(again)
                .contains("<a href=\"#priority\">優先度：優先度を選んでください。</a>")
                .contains("id=\"priority-error\"")
                .doesNotContain("<a href=\"#severity\">");
        String severity = again.substring(
                again.indexOf("<select id=\"severity\""),
                again.indexOf("</select>", again.indexOf("<select id=\"severity\"")));
        assertThat(severity).contains("<option value=\"2\" selected=\"selected\">");
        assertThat(IncidentServiceTests.as(manager.user(), () -> incidents.get(id))
                        .incident()
                        .state())
                .isEqualTo(IncidentState.REPORTED);
    }
}
