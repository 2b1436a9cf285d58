package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.asset.AssetTestData;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The affected assets inside the report form (issue 11): the assets the incident links are
 * pre-selected, the register is searched with htmx (or without script), the personal-data facts are
 * suggested from the register and overridden by the officer; nothing changes until confirmed, and the
 * confirmation is authorised and audited.
 */
@MamoriSpringTest
class ReportAssetPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    IncidentAssets assets;

    @Autowired
    ReportAssets reportAssets;

    IncidentWorld.Person staff;
    IncidentWorld.Person manager;
    IncidentWorld.Person outsider;
    String roster;
    String rosterName;
    String health;
    String healthName;
    IncidentId id;

    @BeforeEach
    void incidentWithOneLinkedAsset() {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("保険課", world.unit("保険部", null));
        long other = world.unit("土木課", null);
        staff = world.person("報告 一郎", section);
        manager = world.person("管理 二郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        outsider = world.person("他課 三郎", other);
        AssetTestData data = AssetTestData.of(jdbc);
        rosterName = IncidentWorld.unique("組合員名簿");
        roster = data.personalDataAsset(rosterName, section, false, false, 150, "LGWAN");
        healthName = IncidentWorld.unique("健診結果");
        health = data.personalDataAsset(healthName, section, true, false, null, "LGWAN");
        id = IncidentServiceTests.as(
                        staff.user(), () -> incidents.report(IncidentWorld.report("名簿の誤送付", PersonalData.none())))
                .incident()
                .id();
        IncidentServiceTests.as(manager.user(), () -> assets.link(id, roster));
    }

    String page(IncidentWorld.Person who) throws Exception {
        return mvc.perform(get("/incidents/{id}/report", id.value())
                        .with(TestUsers.as(who.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long audited(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :id")
                .param("a", action)
                .param("id", id.value().toString())
                .query(Long.class)
                .single();
    }

    PersonalData current() {
        return IncidentServiceTests.as(manager.user(), () -> reportAssets.selection(id))
                .current();
    }

    long linked() {
        return jdbc.sql("select count(*) from inc_linked_asset where incident_id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    @Test
    void the_report_form_preselects_the_linked_assets_and_suggests_the_facts_from_the_register() throws Exception {
        String html = page(manager);

        assertThat(html).contains("id=\"report-assets\"", "id=\"ra-linked-" + roster + "\"", rosterName);
        // the register says the roster holds personal information of 150 records: both suggested
        assertThat(html)
                .containsPattern("name=\"personalInformation\" value=\"true\" id=\"ra-personalInformation\" checked");
        assertThat(html).contains("id=\"ra-people\" value=\"150\"", "台帳の件数の合計 150件", "台帳：" + roster);
        assertThat(html).doesNotContainPattern("id=\"ra-sensitive\" checked");
        // the incident itself is unchanged until the officer confirms
        assertThat(current()).isEqualTo(PersonalData.none());
    }

    @Test
    void the_register_search_answers_htmx_with_the_candidates_only_and_leaves_out_linked_assets() throws Exception {
        String fragment = mvc.perform(get("/incidents/{id}/report/assets/search", id.value())
                        .param("assetQuery", healthName)
                        .header("HX-Request", "true")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment)
                .contains("id=\"report-asset-candidates\"", "value=\"" + health + "\"")
                .doesNotContain("<html", "<main");

        String byNumber = mvc.perform(get("/incidents/{id}/report/assets/search", id.value())
                        .param("assetQuery", roster)
                        .header("HX-Request", "true")
                        .with(TestUsers.as(manager.user())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(byNumber).doesNotContain("ra-candidate-" + roster).contains("該当する資産はありません");

        // without script: the report page itself, the candidates in the form
        String whole = mvc.perform(get("/incidents/{id}/report", id.value())
                        .param("assetQuery", healthName)
                        .with(TestUsers.as(manager.user())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(whole).contains("<main", "id=\"ra-candidate-" + health + "\"");
    }

    @Test
    void a_suggestion_for_picked_assets_changes_nothing_until_confirmed() throws Exception {
        String html = mvc.perform(post("/incidents/{id}/report/assets", id.value())
                        .param("assets", health)
                        .param("action", "suggest")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("id=\"report-assets-suggested\"", "id=\"ra-picked-" + health + "\"", "選択中（未保存）");
        assertThat(html).containsPattern("id=\"ra-sensitive\" checked");
        assertThat(linked()).isEqualTo(1);
        assertThat(audited("incident.report-assets-confirmed")).isZero();
        assertThat(audited("incident.personal-data-revised")).isZero();
    }

    @Test
    void confirming_links_the_picked_assets_saves_the_facts_as_overridden_and_is_audited() throws Exception {
        mvc.perform(post("/incidents/{id}/report/assets", id.value())
                        .param("assets", health)
                        .param("personalInformation", "true")
                        .param("sensitive", "true")
                        .param("approximatePeople", "120")
                        .param("note", "台帳の件数より少ない")
                        .param("action", "confirm")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());

        assertThat(linked()).isEqualTo(2);
        PersonalData saved = current();
        assertThat(saved.personalInformation()).isTrue();
        assertThat(saved.sensitive()).isTrue();
        assertThat(saved.approximatePeople()).isEqualTo(120);
        assertThat(audited("incident.asset-linked")).isEqualTo(2);
        assertThat(audited("incident.personal-data-revised")).isEqualTo(1);
        assertThat(audited("incident.report-assets-confirmed")).isEqualTo(1);
        String details = jdbc.sql("""
                        select details from audit_entry
                        where action = 'incident.report-assets-confirmed' and subject_id = :id""")
                .param("id", id.value().toString())
                .query(String.class)
                .single();
        assertThat(details).contains(health, "approximatePeople");
        // the report's 対象の情報資産 now names both assets from the register
        assertThat(page(manager))
                .contains(roster + " " + rosterName + "（情報資産管理台帳）")
                .contains(health + " " + healthName + "（情報資産管理台帳）");
        // the suggestion now starts from the saved facts: the count given is kept
        assertThat(IncidentServiceTests.as(manager.user(), () -> reportAssets.selection(id))
                        .suggested()
                        .approximatePeople())
                .isEqualTo(120);
    }

    @Test
    void only_those_who_respond_pick_and_confirm_and_an_unknown_number_changes_nothing() throws Exception {
        // the reporter reads the report but gets no form, and may not confirm
        assertThat(page(staff)).doesNotContain("id=\"report-assets\"");
        mvc.perform(post("/incidents/{id}/report/assets", id.value())
                        .param("assets", health)
                        .param("action", "confirm")
                        .with(csrf())
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isForbidden());
        // someone who may not read the incident is told it does not exist
        mvc.perform(get("/incidents/{id}/report/assets/search", id.value())
                        .param("assetQuery", healthName)
                        .with(TestUsers.as(outsider.user())))
                .andExpect(status().isNotFound());

        String html = mvc.perform(post("/incidents/{id}/report/assets", id.value())
                        .param("assets", "IA-999999998")
                        .param("personalInformation", "true")
                        .param("action", "confirm")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"report-assets-errors\"", "IA-999999998");
        assertThat(linked()).isEqualTo(1);
        assertThat(current()).isEqualTo(PersonalData.none());
        assertThat(audited("incident.report-assets-confirmed")).isZero();
        assertThat(List.of(audited("incident.personal-data-revised"))).containsExactly(0L);
    }
}
