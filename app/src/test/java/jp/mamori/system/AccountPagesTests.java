package jp.mamori.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts on systems: a manager requests an account, the system's 管理者 approves it; when its
 * holder leaves the account is listed for removal until the removal is confirmed; shared accounts
 * without an owner and privileged IDs without a 代行者 are findings; every step is audited.
 */
@MamoriSpringTest
class AccountPagesTests extends SystemAccountsTestCase {
    @BeforeEach
    void data() throws Exception {
        office("戸籍課", "管理　四郎", "利用　五郎", "戸籍システム");
        String location = mvc.perform(post("/systems")
                        .param("assetNumber", systemAsset)
                        .param("zone", "MY_NUMBER")
                        .param("administrators", fx.staffNumber(adminPerson))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        systemId = Long.parseLong(location.substring("/systems/".length()));
    }

    /** The manager's request for an account on the system (holder: a person's id, or null for none). */
    MockHttpServletRequestBuilder accountRequest(String name, String kind, @Nullable Long holderPerson) {
        MockHttpServletRequestBuilder request = post("/systems/" + systemId + "/accounts")
                .param("accountName", name)
                .param("kind", kind)
                .with(csrf())
                .with(TestUsers.as(manager));
        return holderPerson == null ? request : request.param("holder", fx.staffNumber(holderPerson));
    }

    MockHttpServletRequestBuilder approval(long accountId, CurrentUser as) {
        return post("/systems/" + systemId + "/accounts/" + accountId + "/approve")
                .with(csrf())
                .with(TestUsers.as(as));
    }

    String html(MockHttpServletRequestBuilder request, CurrentUser as) throws Exception {
        return mvc.perform(request.with(TestUsers.as(as)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long accountId(String name) {
        return jdbc.sql("select id from sys_account where system_id = :s and account_name = :n")
                .param("s", systemId)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void a_leavers_account_is_listed_for_removal_until_the_removal_is_confirmed() throws Exception {
        String name = SystemFixtures.unique("koseki");
        mvc.perform(accountRequest(name, "NORMAL", holder)).andExpect(status().is3xxRedirection());
        long id = accountId(name);
        // the manager who requested may not approve; the system's 管理者 does
        mvc.perform(approval(id, manager)).andExpect(status().isForbidden());
        mvc.perform(approval(id, admin)).andExpect(status().is3xxRedirection());
        assertThat(html(get("/systems/" + systemId), manager)).contains(name, "利用中", "利用　五郎");
        assertThat(html(get("/systems/accounts/removals"), manager)).doesNotContain(name);

        jdbc.sql("update org_person set in_post_to = :d where id = :id")
                .param("d", TestClock.today().minusYears(5))
                .param("id", holder)
                .update();
        assertThat(html(get("/systems/accounts/removals"), admin))
                .contains("data-account=\"" + name + "\"", "data-rule=\"LEAVER_HOLDS_ACCOUNT\"", systemAsset);
        assertThat(html(get("/systems/" + systemId), manager)).contains("離任者のアカウント");

        mvc.perform(post("/systems/" + systemId + "/accounts/" + id + "/removed")
                        .param("back", "removals")
                        .with(csrf())
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/systems/" + systemId + "/accounts/" + id + "/removed")
                        .param("back", "removals")
                        .with(csrf())
                        .with(TestUsers.as(admin)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/systems/accounts/removals"), admin)).doesNotContain(name);
        assertThat(html(get("/systems/" + systemId), manager)).contains(name, "削除済");
        assertThat(jdbc.sql("""
                                select action from audit_entry where subject_type = 'system' and subject_id = :n
                                and action like 'system.account-%' order by seq""").param("n", systemAsset).query(String.class).list())
                .containsExactly("system.account-requested", "system.account-approved", "system.account-removed");
    }

    @Test
    void shared_accounts_without_an_owner_and_privileged_ids_without_a_deputy_are_findings() throws Exception {
        mvc.perform(accountRequest("kyoyo01", "SHARED", null)).andExpect(status().is3xxRedirection());
        mvc.perform(accountRequest("admin01", "PRIVILEGED", holder)).andExpect(status().is3xxRedirection());
        String page = html(get("/systems/" + systemId), manager);
        assertThat(page).contains("data-rule=\"SHARED_WITHOUT_OWNER\"", "data-rule=\"PRIVILEGED_WITHOUT_DEPUTY\"");

        // a normal account needs its holder; the same name twice is refused; nothing is stored
        long before = jdbc.sql("select count(*) from sys_account where system_id = :s")
                .param("s", systemId)
                .query(Long.class)
                .single();
        mvc.perform(accountRequest("nobody01", "NORMAL", null)).andExpect(status().is3xxRedirection());
        mvc.perform(accountRequest("KYOYO01", "SHARED", null)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from sys_account where system_id = :s")
                        .param("s", systemId)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void the_systems_own_account_list_is_compared_with_the_register_and_a_bad_file_is_refused_whole() throws Exception {
        String leaverAccount = SystemFixtures.unique("juki");
        mvc.perform(accountRequest(leaverAccount, "NORMAL", holder)).andExpect(status().is3xxRedirection());
        mvc.perform(approval(accountId(leaverAccount), admin)).andExpect(status().is3xxRedirection());
        mvc.perform(accountRequest("kyoyo99", "SHARED", null)).andExpect(status().is3xxRedirection());
        jdbc.sql("update org_person set in_post_to = :d where id = :id")
                .param("d", TestClock.today().minusYears(5))
                .param("id", holder)
                .update();
        String csv = "アカウント名,氏名\r\n" + leaverAccount.toUpperCase(java.util.Locale.ROOT)
                + ",利用 五郎\r\n\"guest99\",不明\r\nkyoyo99,\r\n";
        String page = mvc.perform(multipart("/systems/" + systemId + "/accounts/compare")
                        .file(new MockMultipartFile(
                                "file",
                                "accounts.csv",
                                "text/csv",
                                csv.getBytes(java.nio.charset.Charset.forName("windows-31j"))))
                        .with(csrf())
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.substring(page.indexOf("id=\"compare-unknown\""), page.indexOf("id=\"compare-leavers\"")))
                .contains("guest99")
                .doesNotContain("kyoyo99");
        assertThat(page.substring(page.indexOf("id=\"compare-leavers\""), page.indexOf("id=\"compare-shared\"")))
                .contains(leaverAccount);
        assertThat(page.substring(page.indexOf("id=\"compare-shared\""), page.indexOf("id=\"compare-removed\"")))
                .contains("kyoyo99");
        assertThat(page).contains("一覧の 3 件を台帳と照合しました");
        long compared = jdbc.sql(
                        "select count(*) from audit_entry where action = 'system.accounts-compared' and subject_id = :n")
                .param("n", systemAsset)
                .query(Long.class)
                .single();
        assertThat(compared).isEqualTo(1);

        String bad = "ok01\nok02\nbad\u0007name\n";
        String refused = mvc.perform(multipart("/systems/" + systemId + "/accounts/compare")
                        .file(new MockMultipartFile(
                                "file", "accounts.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("3 行目", "制御文字").doesNotContain("id=\"compare-result\"");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'system.accounts-compared' and subject_id = :n")
                        .param("n", systemAsset)
                        .query(Long.class)
                        .single())
                .isEqualTo(compared);
        mvc.perform(multipart("/systems/" + systemId + "/accounts/compare")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(TestUsers.auditor()))
                .andExpect(status().isForbidden());
    }
}
