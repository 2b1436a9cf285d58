package jp.mamori.control.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The catalogue pages and API through MockMvc: reading, searching, tailoring and its approval chain. */
@MamoriSpringTest
class ControlPagesTests {
    static final CurrentUser CHIEF = TestUsers.user(
            "ctl-chief", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
    static final CurrentUser CISO =
            TestUsers.user("ctl-ciso", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.CISO, null));
    static final CurrentUser DEPUTY =
            TestUsers.user("ctl-deputy", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.DEPUTY_CISO, null));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogues catalogues;

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String json(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_shipped_catalogue_is_in_force_after_the_first_start() {
        CatalogueVersion inForce = catalogues.inForce();
        assertThat(catalogues.versions()).extracting(CatalogueVersion::number).contains(1);
        assertThat(catalogues.page(inForce, MeasureFilter.ALL, 0, 10).total()).isBetween(150L, 260L);
    }

    @Test
    void staff_browse_a_chapter_and_search_in_sql() throws Exception {
        String chapter = html(get("/controls").param("chapter", "3").with(TestUsers.staff()));
        assertThat(chapter).contains("data-measure=\"3.1.1\"").doesNotContain("data-measure=\"6.3.2\"");
        String search = html(get("/controls").param("q", "A.8.31").with(TestUsers.staff()));
        assertThat(search).contains("data-measure=\"6.3.2\"").doesNotContain("data-measure=\"1.1.1\"");
        String page2 = html(get("/controls").param("page", "1").with(TestUsers.staff()));
        assertThat(page2).doesNotContain("data-measure=\"1.1.1\"").contains("2 / ");
    }

    @Test
    void a_measure_page_shows_its_conditions_and_iso_numbers() throws Exception {
        String page = html(get("/controls/measures/3.3.4").with(TestUsers.staff()));
        assertThat(page).contains("機密性3以上", "INTERNET", "A.8.22");
        mvc.perform(get("/controls/measures/99.9.9").with(TestUsers.staff())).andExpect(status().isNotFound());
    }

    @Test
    void the_pages_need_a_signed_in_user() throws Exception {
        mvc.perform(get("/controls")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/controls")).andExpect(status().isUnauthorized());
    }

    @Test
    void the_api_lists_pages_with_the_contract_fields() throws Exception {
        String body = json(get("/api/v1/controls").param("size", "5").with(TestUsers.staff()));
        assertThat(body)
                .contains(
                        "\"items\":[",
                        "\"total\":",
                        "\"id\":\"1.1.1\"",
                        "\"chapter\":\"1\"",
                        "\"title\":",
                        "\"iso27001\":[\"A.5.2\"",
                        "\"appliesTo\":{}");
        String one = json(get("/api/v1/controls/3.1.1").with(TestUsers.staff()));
        assertThat(one).contains("\"id\":\"3.1.1\"", "\"appliesTo\":{\"zones\":[\"MY_NUMBER\"]}");
        String filtered = json(get("/api/v1/controls")
                .param("chapter", "8")
                .param("size", "200")
                .with(TestUsers.staff()));
        assertThat(filtered).contains("\"id\":\"8.3.2\"").doesNotContain("\"id\":\"1.1.1\"");
        mvc.perform(get("/api/v1/controls/9.9.99").with(TestUsers.staff())).andExpect(status().isNotFound());
    }

    @Test
    void staff_may_not_tailor() throws Exception {
        mvc.perform(post("/controls/versions").param("note", "x").with(csrf()).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }

    @Test
    void tailoring_makes_a_draft_that_comes_into_force_after_the_chain() throws Exception {
        int before = catalogues.inForce().number();
        mvc.perform(post("/controls/versions")
                        .param("note", "独自対策の追加")
                        .with(csrf())
                        .with(TestUsers.as(CHIEF)))
                .andExpect(status().is3xxRedirection());
        int draft = catalogues.open().orElseThrow().number();
        mvc.perform(post("/controls/versions/" + draft + "/measures/4.1.6/not-adopted")
                        .param("reason", "庁外に機器を置いていないため")
                        .with(csrf())
                        .with(TestUsers.as(CHIEF)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/controls/versions/" + draft + "/measures/5.1.7/reword")
                        .param("title", "クリアデスク")
                        .param("statement", "離席時は画面をロックし、書類をしまう。")
                        .param("evidence", "巡回記録")
                        .with(csrf())
                        .with(TestUsers.as(CHIEF)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/controls/versions/" + draft + "/measures")
                        .param("id", "6.1.90")
                        .param("title", "窓口端末ののぞき見防止")
                        .param("statement", "窓口の端末にはのぞき見防止フィルムを貼る。")
                        .param("role", "SECURITY_MANAGER")
                        .param("frequency", "ANNUAL")
                        .param("scope", "UNIT")
                        .param("iso27001", "A.7.7")
                        .with(csrf())
                        .with(TestUsers.as(CHIEF)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/controls/versions/" + draft + "/submit").with(csrf()).with(TestUsers.as(CHIEF)))
                .andExpect(status().is3xxRedirection());
        // the author may not approve, nor someone without the step's role
        mvc.perform(post("/controls/versions/" + draft + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(CHIEF)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/controls/versions/" + draft + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(DEPUTY)))
                .andExpect(status().isForbidden());
        CurrentUser otherChief = TestUsers.user(
                "ctl-chief-2", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
        mvc.perform(post("/controls/versions/" + draft + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(otherChief)))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogues.version(draft).state()).isEqualTo(VersionState.IN_APPROVAL);
        mvc.perform(post("/controls/versions/" + draft + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(CISO)))
                .andExpect(status().is3xxRedirection());

        assertThat(catalogues.version(draft).state()).isEqualTo(VersionState.IN_FORCE);
        assertThat(catalogues.version(draft).contentHash()).hasSize(64);
        assertThat(catalogues.version(before).state()).isEqualTo(VersionState.SUPERSEDED);
        String api = json(get("/api/v1/controls/6.1.90").with(TestUsers.staff()));
        assertThat(api).contains("\"origin\":\"OWN\"", "\"iso27001\":[\"A.7.7\"]");
        String notAdopted = json(get("/api/v1/controls/4.1.6").with(TestUsers.staff()));
        assertThat(notAdopted).contains("\"adopted\":false", "庁外に機器を置いていないため");
        String print = html(get("/controls/versions/" + draft + "/print").with(TestUsers.staff()));
        assertThat(print).contains("クリアデスク", "窓口端末ののぞき見防止", "庁外に機器を置いていないため");
        Long trail = jdbc.sql(
                        "select count(*) from audit_entry where action like 'control.catalogue.%' and subject_id = :n")
                .param("n", Integer.toString(draft))
                .query(Long.class)
                .single();
        assertThat(trail).isGreaterThanOrEqualTo(7);
    }
}
