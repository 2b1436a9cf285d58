package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.Html;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The organisation pages through MockMvc: who may do what, and field messages in Japanese. */
@MamoriSpringTest
class OrganizationPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    RoleAssignments assignments;

    OrgFixtures fx;
    Unit office;
    Unit section;

    @BeforeEach
    void tree() {
        fx = new OrgFixtures(units, people);
        office = fx.unit("事務局", null);
        section = fx.unit("保険課", office);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return Html.page(mvc, request);
    }

    @Test
    void a_staff_member_reads_the_unit_tree_with_units_indented_below_their_parent() throws Exception {
        String page = html(get("/units").with(TestUsers.staff()));
        assertThat(page).contains(office.name()).contains(section.code());
        assertThat(page).contains("data-depth=\"1\"");
        assertThat(page).doesNotContain("部署を追加");
    }

    @Test
    void a_unit_page_lists_its_people_and_role_holders() throws Exception {
        Person person = fx.person("見本 太郎", section);
        String page = html(get("/units/{id}", section.id()).with(TestUsers.staff()));
        assertThat(page).contains("見本\u3000太郎").contains(office.name());
    }

    @Test
    void a_staff_member_may_not_open_the_unit_form() throws Exception {
        mvc.perform(get("/units/new").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_body_wide_manager_creates_a_unit_and_is_sent_to_it() throws Exception {
        String code = OrgFixtures.unique("N");
        var result = mvc.perform(Html.form("/units")
                        .param("code", code)
                        .param("name", "企画経理課")
                        .param("parentId", Long.toString(office.id()))
                        .with(TestUsers.ciso()))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/units/");
        assertThat(units.tree()).anySatisfy(n -> assertThat(n.unit().code()).isEqualTo(code));
    }

    @Test
    void a_unit_form_without_code_and_name_names_both_fields_in_japanese() throws Exception {
        String page =
                html(Html.form("/units").param("code", "").param("name", "").with(TestUsers.ciso()));
        assertThat(page).contains("部署コードを入力してください。").contains("部署名を入力してください。");
    }

    @Test
    void moving_a_unit_under_its_own_child_is_shown_on_the_parent_field() throws Exception {
        String page = html(Html.form("/units/{id}", office.id())
                .param("code", office.code())
                .param("name", office.name())
                .param("parentId", Long.toString(section.id()))
                .with(TestUsers.ciso()));
        assertThat(page).contains("上位部署に、この部署自身またはその下位部署は選べません。");
    }

    @Test
    void a_person_form_with_bad_kana_mail_and_date_names_each_field() throws Exception {
        String page = html(personForm(section, "試験 花子", "Hanako", "hanako-at-example", "令和6年2月30日")
                .with(TestUsers.ciso()));
        assertThat(page).contains("着任日は日付で入力してください");
        // the date is checked first; once it is right the other fields are named
        page = html(personForm(section, "試験 花子", "Hanako", "hanako-at-example", "令和6年4月1日")
                .with(TestUsers.ciso()));
        assertThat(page).contains("フリガナはカタカナで入力してください。").contains("メールアドレスの形式が正しくありません");
    }

    @Test
    void a_section_manager_edits_people_of_their_unit_but_not_of_another() throws Exception {
        Unit other = fx.unit("年金課", office);
        Person mine = fx.person("見本 一郎", section);
        Person theirs = fx.person("見本 二郎", other);
        CurrentUser manager = TestUsers.user(
                "sec-mgr", new RoleGrant(Role.STAFF, section.id()), new RoleGrant(Role.SECURITY_MANAGER, section.id()));
        mvc.perform(get("/people/{id}/edit", mine.id())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk());
        mvc.perform(get("/people/{id}/edit", theirs.id())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(Html.form("/people/{id}/deactivate", theirs.id())
                        .param("lastDay", "2025-03-31")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_section_manager_adds_people_to_their_unit_only() throws Exception {
        Unit other = fx.unit("福祉課", office);
        CurrentUser manager = TestUsers.user(
                "sec-mgr2",
                new RoleGrant(Role.STAFF, section.id()),
                new RoleGrant(Role.SECURITY_MANAGER, section.id()));
        String form = html(get("/people/new").with(TestUsers.as(manager)));
        assertThat(form).contains(section.name()).doesNotContain(other.name());
        mvc.perform(newPerson(other).with(TestUsers.as(manager))).andExpect(status().isForbidden());
        mvc.perform(newPerson(section).with(TestUsers.as(manager))).andExpect(status().isFound());
        mvc.perform(get("/people/new").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
    }

    MockHttpServletRequestBuilder newPerson(Unit unit) {
        return personForm(unit, "追加 太郎", "ツイカ タロウ", "tsuika@example.jp", "2024-04-01");
    }

    /** The new-person form of a 職員 with a fresh staff number, as posted: add the user. */
    static MockHttpServletRequestBuilder personForm(
            Unit unit, String name, String kana, String email, String inPostFrom) {
        return Html.form("/people")
                .param("staffNumber", OrgFixtures.unique("P"))
                .param("name", name)
                .param("kana", kana)
                .param("email", email)
                .param("category", "職員")
                .param("unitId", Long.toString(unit.id()))
                .param("inPostFrom", inPostFrom);
    }

    @Test
    void a_person_page_shows_the_period_in_wareki_and_deactivation_keeps_the_person() throws Exception {
        Person person = fx.person("模擬 花子", section, java.time.LocalDate.of(2024, 4, 1), null);
        mvc.perform(Html.form("/people/{id}/deactivate", person.id())
                        .param("lastDay", "2025-03-31")
                        .with(TestUsers.ciso()))
                .andExpect(status().isFound());
        String page = html(get("/people/{id}", person.id()).with(TestUsers.staff()));
        assertThat(page).contains("令和6年4月1日 〜 令和7年3月31日").contains("離任・着任前");
    }

    @Test
    void the_people_list_filters_by_text_and_pages_on_the_server() throws Exception {
        String name = "検索 " + OrgFixtures.unique("N");
        fx.person(name, section);
        String page = html(get("/people")
                .param("q", name.substring(3))
                .param("status", "ALL")
                .with(TestUsers.staff()));
        assertThat(page).contains("該当 1 人");
    }

    @Test
    void an_unknown_person_is_a_404_page() throws Exception {
        mvc.perform(get("/people/{id}", 999_999_999L)
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_roles_page_lists_each_role_and_refuses_a_unit_scope_for_the_ciso() throws Exception {
        Person person = fx.person("見本 三郎", section);
        String page = html(roleForm(person, "CISO", section, "2024-04-01").with(TestUsers.ciso()));
        assertThat(page).contains("この役割は全庁でのみ割り当てられます").contains("情報セキュリティ管理者");
        mvc.perform(roleForm(person, "SECURITY_MANAGER", section, "R6.4.1").with(TestUsers.ciso()))
                .andExpect(status().isFound());
        assertThat(html(get("/people/{id}", person.id()).with(TestUsers.staff())))
                .contains("情報セキュリティ管理者")
                .contains("令和6年4月1日");
    }

    /** The role-assignment form, as posted: add the user. */
    static MockHttpServletRequestBuilder roleForm(Person person, String role, Unit unit, String validFrom) {
        return Html.form("/roles")
                .param("staffNumber", person.staffNumber())
                .param("role", role)
                .param("unitId", Long.toString(unit.id()))
                .param("validFrom", validFrom);
    }

    @Test
    void the_category_list_is_editable_by_a_body_wide_manager_only() throws Exception {
        String name = OrgFixtures.unique("任期付職員");
        mvc.perform(Html.form("/people/categories").param("name", name).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(Html.form("/people/categories").param("name", name).with(TestUsers.ciso()))
                .andExpect(status().isFound());
        assertThat(html(get("/people/categories").with(TestUsers.staff())))
                .contains(name)
                .contains("会計年度任用職員");
    }

    @Test
    void the_roles_list_prefills_no_end_date_and_ending_asks_first_naming_the_person_and_what_follows()
            throws Exception {
        Person holder = fx.person("確認 三郎", section);
        RoleAssignment made = assignments.assign(
                new RoleAssignmentDraft(holder.id(), Role.SECURITY_MANAGER, section.id(), OrgFixtures.APRIL_1, null));

        String list = html(get("/roles").with(TestUsers.ciso()));
        assertThat(list).doesNotContain("name=\"lastDay\"").contains("/roles/" + made.id() + "/end");

        String ask = html(get("/roles/{id}/end", made.id()).with(TestUsers.ciso()));
        assertThat(ask)
                .contains("確認\u3000三郎さんの「情報セキュリティ管理者」の割当てを終了しますか")
                .contains("最終日の翌日から")
                .contains("name=\"_csrf\"");
        assertThat(ask.substring(ask.indexOf("id=\"lastDay\""))).doesNotContain("value=");

        String refused = html(Html.form("/roles/{id}/end", made.id()).with(TestUsers.ciso()));
        assertThat(refused).contains("<a href=\"#lastDay\">最終日：最終日を入力してください。</a>");
        assertThat(assignments.get(made.id()).validTo()).isNull();

        mvc.perform(Html.form("/roles/{id}/end", made.id())
                        .param("lastDay", "2025-03-31")
                        .with(TestUsers.ciso()))
                .andExpect(status().isFound());
        assertThat(assignments.get(made.id()).validTo()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
    }

    @Test
    void leaving_needs_a_typed_last_day_and_the_person_page_prefills_none() throws Exception {
        Person person = fx.person("確認 四郎", section);
        String page = html(get("/people/{id}", person.id()).with(TestUsers.ciso()));
        assertThat(page.substring(page.indexOf("id=\"lastDay\"")))
                .startsWith("id=\"lastDay\" name=\"lastDay\" required>");
        mvc.perform(Html.form("/people/{id}/deactivate", person.id()).with(TestUsers.ciso()))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("alert", "organization.person.lastDay.required"));
        assertThat(people.get(person.id()).isDeactivated()).isFalse();
    }
}
