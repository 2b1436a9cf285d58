package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
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
 * A restricted procedure from every entry point: a member of staff outside its audience never sees
 * it — not in the list, not in search, not on a page, not through the API, not by guessing its id —
 * and every refused attempt is in the audit trail. Someone inside the audience does see it.
 */
@MamoriSpringTest
// the fixtures are a fixed calendar (施行日 2024-04-01 and 2025, approvals dated then): today is set
@OnDay("2026-11-26")
class PolicyVisibilityTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    String secretWord;
    String title;
    InForce procedure;
    CurrentUser outsider;
    CurrentUser insider;

    @BeforeEach
    void restrictedProcedure() {
        var data = new PolicyTestData(jdbc, documentRows, revisionRows);
        long office = data.unit("事務局", null);
        long systems = data.unit("情報システム係", office);
        long insurance = data.unit("保険課", office);
        secretWord = PolicyTestData.unique("秘匿語");
        title = PolicyTestData.unique("共済システム運用手順");
        procedure = data.documentInForce(
                PolicyTier.PROCEDURE,
                title,
                systems,
                Visibility.restricted(Set.of(Role.CSIRT), Set.of(systems)),
                "7架共第99号",
                java.time.LocalDate.of(2025, 4, 1),
                "# 手順\n\n管理者パスワードの保管場所は " + secretWord + " とする。");
        outsider = TestUsers.user("v-outsider", new RoleGrant(Role.STAFF, insurance));
        insider = TestUsers.user("v-insider", new RoleGrant(Role.STAFF, systems));
    }

    long refusals() {
        return jdbc.sql("select count(*) from audit_entry where action = 'policy.document.access-refused'"
                        + " and subject_id = :id")
                .param("id", Long.toString(procedure.document().id()))
                .query(Long.class)
                .single();
    }

    String body(MockHttpServletRequestBuilder request, CurrentUser user, int status) throws Exception {
        return mvc.perform(request.with(TestUsers.as(user)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The page without its per-request CSRF tokens. */
    static String withoutTokens(String html) {
        return html.replaceAll("[A-Za-z0-9_-]{40,}", "TOKEN");
    }

    MockHttpServletRequestBuilder page(String path, Object... vars) {
        return get(path, vars).accept(MediaType.TEXT_HTML);
    }

    MockHttpServletRequestBuilder api(String path, Object... vars) {
        return get(path, vars).accept(MediaType.APPLICATION_JSON);
    }

    @Test
    void the_list_and_search_pages_leave_it_out() throws Exception {
        assertThat(body(page("/policies"), outsider, 200)).doesNotContain(title);
        assertThat(body(page("/policies").param("q", secretWord), outsider, 200))
                .doesNotContain(title)
                .contains("0 件見つかりました");
        assertThat(body(page("/policies").param("q", title), outsider, 200))
                .doesNotContain("/policies/" + procedure.document().id())
                .contains("0 件見つかりました");
    }

    @Test
    void its_pages_answer_404_like_an_unknown_id_and_each_refusal_is_audited() throws Exception {
        long before = refusals();
        long id = procedure.document().id();
        long rid = procedure.revision().id();
        String refused = body(page("/policies/{id}", id), outsider, 404);
        body(page("/policies/{id}/revisions/{rid}", id, rid), outsider, 404);
        body(page("/policies/{id}/compare", id).param("from", "" + rid).param("to", "" + rid), outsider, 404);
        body(page("/policies/{id}/revisions/new", id), outsider, 404);
        String unknown = body(page("/policies/{id}", Long.MAX_VALUE), outsider, 404);
        assertThat(refused).doesNotContain(title).doesNotContain(secretWord);
        assertThat(withoutTokens(refused)).isEqualTo(withoutTokens(unknown));
        assertThat(refusals()).isEqualTo(before + 4);
    }

    @Test
    void the_api_leaves_it_out_of_lists_and_answers_404_for_its_ids() throws Exception {
        long before = refusals();
        long id = procedure.document().id();
        long rid = procedure.revision().id();
        assertThat(body(api("/api/v1/policies").param("size", "200"), outsider, 200))
                .doesNotContain(title);
        assertThat(body(api("/api/v1/policies").param("q", secretWord), outsider, 200))
                .contains("\"total\":0");
        assertThat(body(api("/api/v1/policies/{id}", id), outsider, 404)).doesNotContain(title);
        assertThat(body(api("/api/v1/policies/{id}/revisions/{rid}", id, rid), outsider, 404))
                .doesNotContain(secretWord);
        body(api("/api/v1/policies/{id}/in-force", id), outsider, 404);
        assertThat(refusals()).isEqualTo(before + 3);
    }

    @Test
    void a_member_of_the_named_unit_reads_it_everywhere() throws Exception {
        long id = procedure.document().id();
        assertThat(body(page("/policies"), insider, 200)).contains(title);
        assertThat(body(page("/policies").param("q", secretWord), insider, 200)).contains(title);
        assertThat(body(
                        page(
                                "/policies/{id}/revisions/{rid}",
                                id,
                                procedure.revision().id()),
                        insider,
                        200))
                .contains(secretWord);
        assertThat(body(api("/api/v1/policies/{id}/in-force", id).param("on", "2025-04-01"), insider, 200))
                .contains(secretWord);
    }

    @Test
    void a_holder_of_a_named_role_reads_it_and_an_auditor_reads_everything() throws Exception {
        CurrentUser csirt = TestUsers.user(
                "v-csirt",
                new RoleGrant(Role.STAFF, outsider.grants().get(0).unitId()),
                new RoleGrant(Role.CSIRT, null));
        long id = procedure.document().id();
        body(page("/policies/{id}", id), csirt, 200);
        mvc.perform(get("/policies/{id}", id).accept(MediaType.TEXT_HTML).with(TestUsers.auditor()))
                .andExpect(status().isOk());
    }

    @Test
    void a_draft_is_hidden_from_readers_who_neither_edit_nor_approve() throws Exception {
        var data = new PolicyTestData(jdbc, documentRows, revisionRows);
        long unit = data.unit("総務課", null);
        PolicyDocument standard = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        long draftId = revisionRows.insert(Revision.draft(
                standard.id(),
                1,
                new RevisionDraft("", null, null, null, "", "", "起案中の本文" + secretWord),
                "someone",
                null,
                "起案 者",
                TestClock.now()));
        CurrentUser staff = TestUsers.user("v-staff", new RoleGrant(Role.STAFF, unit));
        assertThat(body(page("/policies/{id}", standard.id()), staff, 200)).doesNotContain("起案中");
        body(page("/policies/{id}/revisions/{rid}", standard.id(), draftId), staff, 404);
        assertThat(body(page("/policies").param("q", secretWord), staff, 200)).doesNotContain(standard.title());
        mvc.perform(get("/policies/{id}/revisions/{rid}", standard.id(), draftId)
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.ciso()))
                .andExpect(status().isOk());
    }
}
