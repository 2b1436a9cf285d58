package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The policy pages through MockMvc: what each shows, the editor and approval forms, and safe rendering. */
class PolicyPagesTests extends PolicyWebTestCase {
    static final CurrentUser AUTHOR = TestUsers.user("p-author", new RoleGrant(Role.DEPUTY_CISO, null));
    static final CurrentUser CHIEF = TestUsers.user("p-chief", new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
    static final CurrentUser CISO = TestUsers.user("p-ciso", new RoleGrant(Role.CISO, null));

    PolicyPagesTests() {
        super("p-");
    }

    String html(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String redirect(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        MvcResult result = mvc.perform(
                        request.accept(MediaType.TEXT_HTML).with(csrf()).with(TestUsers.as(user)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void a_revision_page_shows_the_rendered_text_with_dates_in_wareki_and_escapes_raw_html() throws Exception {
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD,
                PolicyTestData.unique("対策基準"),
                unit,
                Visibility.open(Audience.ALL_STAFF),
                "7架共第5号",
                LocalDate.of(2025, 4, 1),
                "## 第1条 目的\n\n<script>alert('x')</script>\n\n1. 一つ目\n2. 二つ目");
        String page = html(
                get(
                        "/policies/{id}/revisions/{rid}",
                        doc.document().id(),
                        doc.revision().id()),
                staff);
        assertThat(page)
                .contains("<h2>第1条 目的</h2>")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(")
                .contains("令和7年4月1日")
                .contains("7架共第5号")
                .contains("施行中")
                .contains(doc.revision().contentHash());
    }

    @Test
    void the_document_page_answers_which_revision_was_in_force_on_a_day() throws Exception {
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD, PolicyTestData.unique("基準"), Visibility.open(Audience.ALL_STAFF), "第1版の本文");
        Revision second = data.approvedRevision(doc.document().id(), "7架共第9号", LocalDate.of(2025, 10, 1), "第2版の本文");
        String before = html(get("/policies/{id}", doc.document().id()).param("on", "2025-09-30"), staff);
        assertThat(before).contains("令和7年9月30日 に施行されていた版").contains("テスト第1号");
        String after = html(get("/policies/{id}", doc.document().id()).param("on", "2025-10-01"), staff);
        assertThat(after).contains("7架共第9号");
        String none = html(get("/policies/{id}", doc.document().id()).param("on", "2020-01-01"), staff);
        assertThat(none).contains("施行されていた版はありません");
        assertThat(html(get("/policies/{id}", doc.document().id()), staff))
                .contains("改正済（旧版）")
                .contains("/policies/" + doc.document().id() + "/revisions/" + second.id());
    }

    @Test
    void the_compare_page_marks_the_changed_characters() throws Exception {
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD,
                PolicyTestData.unique("基準"),
                Visibility.open(Audience.ALL_STAFF),
                "職員は、パスワードを定期的に変更しなければならない。");
        Revision second =
                data.approvedRevision(doc.document().id(), LocalDate.of(2025, 10, 1), "職員は、パスワードを適切に管理しなければならない。");
        String page = html(
                get("/policies/{id}/compare", doc.document().id())
                        .param("from", "" + doc.revision().id())
                        .param("to", "" + second.id()),
                staff);
        assertThat(page).contains("<del>定期的に変更</del>").contains("<ins>適切に管理</ins>");
        // the dates compared read in 和暦 like every other page, never 2025-10-01
        String fields =
                page.substring(page.indexOf("id=\"fields\""), page.indexOf("</table>", page.indexOf("id=\"fields\"")));
        assertThat(fields).contains("令和7年10月1日").contains("令和2年4月1日").doesNotContain("2025-10-01");

        // the revision sheet puts the amendment's 文書番号 beside the amendment date, not the enactment date
        String sheet = html(get("/policies/{id}/revisions/{rid}", doc.document().id(), second.id()), staff);
        assertThat(sheet)
                .containsPattern("最近改正 令和7年10月1日</span>\\s*<span id=\"document-number\">テスト第2号")
                .contains("令和2年4月1日制定");
    }

    @Test
    void the_list_searches_text_of_the_revision_in_force_ignoring_width() throws Exception {
        String word = PolicyTestData.unique("ＵＳＢ媒体");
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD,
                PolicyTestData.unique("基準"),
                Visibility.open(Audience.ALL_STAFF),
                "本文に" + word + "を含む。");
        String halfWidth = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
        assertThat(html(get("/policies").param("q", halfWidth), staff))
                .contains(doc.document().title());
    }

    @Test
    void an_author_drafts_in_the_editor_and_two_approvers_approve_through_the_pages() throws Exception {
        PolicyDocument doc = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        assertThat(html(get("/policies/{id}/revisions/new", doc.id()), AUTHOR)).contains("下書きを保存");
        String location = redirect(
                post("/policies/{id}/revisions", doc.id())
                        .param("documentNumber", "7架共第20号")
                        .param("enactedOn", "2025-04-01")
                        .param("effectiveOn", TestClock.today().toString())
                        .param("reason", "新規制定")
                        .param("body", "# 目的\n\n本文です。")
                        .param("supplementaryProvisions", "公表の日から施行する。"),
                AUTHOR);
        assertThat(location).startsWith("/policies/" + doc.id() + "/revisions/");
        assertThat(redirect(post(location + "/submit"), AUTHOR)).isEqualTo(location);
        assertThat(html(get(location), AUTHOR)).contains("起案・編集した人は、その版を決裁できません");
        redirect(post(location + "/approve"), CHIEF);
        redirect(post(location + "/approve"), CISO);
        assertThat(html(get(location), staff)).contains("施行中").contains("本文です。");
        // the history counts steps from 1; drafting and submitting belong to no step
        String history = html(get(location), staff);
        history = history.substring(history.indexOf("policy-history"));
        assertThat(history).contains("（第1段）").contains("（第2段）").doesNotContain("第0段");
    }

    @Test
    void a_return_needs_a_reason_and_shows_it_in_the_history() throws Exception {
        PolicyDocument doc = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        String location = redirect(
                post("/policies/{id}/revisions", doc.id())
                        .param("documentNumber", "7架共第21号")
                        .param("enactedOn", "2025-04-01")
                        .param("effectiveOn", "2099-04-01")
                        .param("body", "本文"),
                AUTHOR);
        redirect(post(location + "/submit"), AUTHOR);
        mvc.perform(post(location + "/reject")
                        .param("comment", " ")
                        .with(csrf())
                        .with(TestUsers.as(CHIEF)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(location), AUTHOR)).contains("決裁中");
        redirect(post(location + "/reject").param("comment", "第2条の用語を統一すること"), CHIEF);
        assertThat(html(get(location), AUTHOR)).contains("起案中").contains("第2条の用語を統一すること");
    }

    @Test
    void a_staff_member_may_not_open_the_editor_of_a_document_they_can_read() throws Exception {
        PolicyDocument doc = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        mvc.perform(get("/policies/{id}/revisions/new", doc.id())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/policies/{id}/revisions", doc.id())
                        .param("body", "x")
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_settings_page_shows_the_approval_chain_of_each_tier() throws Exception {
        String page = html(get("/policies/settings"), staff);
        assertThat(page).contains("基本方針").contains("統括情報セキュリティ責任者").contains("最高情報セキュリティ責任者 (CISO)");
    }

    @Test
    void a_body_wide_manager_creates_a_restricted_procedure_under_a_standard() throws Exception {
        PolicyDocument standard = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        assertThat(html(get("/policies/new").param("tier", "PROCEDURE").param("parentId", "" + standard.id()), CISO))
                .contains("文書を追加");
        String title = PolicyTestData.unique("手順");
        String location = redirect(
                post("/policies")
                        .param("tier", "PROCEDURE")
                        .param("parentId", "" + standard.id())
                        .param("title", title)
                        .param("subject", "共済システム")
                        .param("ownerUnitId", "" + unit)
                        .param("audience", "RESTRICTED")
                        .param("roles", "CSIRT"),
                CISO);
        String page = html(get(location), CISO);
        assertThat(page).contains(title).contains("限定").contains("CSIRT");
    }

    @Test
    void a_procedure_cannot_hang_directly_under_nothing() throws Exception {
        String page = mvc.perform(post("/policies")
                        .param("tier", "PROCEDURE")
                        .param("title", "宙に浮いた手順")
                        .param("ownerUnitId", "" + unit)
                        .param("audience", "RESTRICTED")
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(CISO)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("実施手順は対策基準の下に置きます");
    }
}
