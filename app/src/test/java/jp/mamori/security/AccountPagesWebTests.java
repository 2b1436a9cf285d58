package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MamoriSpringTest
class AccountPagesWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    SecurityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, accounts);
    }

    private Cookie signIn(Account account) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", account.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie(SignInWebTests.SESSION);
    }

    @Test
    void a_password_breaking_the_rules_is_refused_with_japanese_messages_naming_each_rule() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signIn(staff);
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .param("currentPassword", SecurityFixtures.PASSWORD)
                        .param("newPassword", staff.login())
                        .param("confirmPassword", staff.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("【最小文字数】パスワードは12文字以上にしてください。")))
                .andExpect(content().string(containsString("【個人情報の使用禁止】")));
        assertThat(accounts.find(staff.id()).passwordHash()).isEqualTo(staff.passwordHash());
    }

    @Test
    void a_password_change_needs_the_current_password_and_then_the_new_one_signs_in() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signIn(staff);
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "not-my-password")
                        .param("newPassword", "a-brand-new-secret-7")
                        .param("confirmPassword", "a-brand-new-secret-7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("現在のパスワードが正しくありません")));
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", SecurityFixtures.PASSWORD)
                        .param("newPassword", "a-brand-new-secret-7")
                        .param("confirmPassword", "a-brand-new-secret-7"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", staff.login())
                        .param("password", "a-brand-new-secret-7"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void an_administrator_creates_an_account_for_a_person_with_the_staff_number_as_login() throws Exception {
        Account existing = fixtures.staff();
        mvc.perform(post("/admin/users")
                        .with(TestUsers.admin())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .param("staffNumber", "NO-SUCH-NUMBER")
                        .param("password", "a-long-enough-secret-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("職員番号「NO-SUCH-NUMBER」の職員が見つかりません")));
        mvc.perform(post("/admin/users")
                        .with(TestUsers.admin())
                        .with(csrf())
                        .param("staffNumber", existing.login())
                        .param("password", "a-long-enough-secret-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("すでにアカウントがあります")));
        mvc.perform(post("/admin/users")
                        .with(TestUsers.admin())
                        .with(csrf())
                        .param("login", "helpdesk" + existing.id())
                        .param("displayName", "ヘルプデスク")
                        .param("password", "a-long-enough-secret-1")
                        .param("administrator", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        Account created = accounts.byLogin("helpdesk" + existing.id()).orElseThrow();
        assertThat(created.administrator()).isTrue();
        assertThat(created.personId()).isNull();
    }

    @Test
    void the_setup_page_is_closed_once_an_account_exists() throws Exception {
        fixtures.staff();
        mvc.perform(get("/setup").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/setup")
                        .with(csrf())
                        .param("token", "anything")
                        .param("login", "intruder")
                        .param("displayName", "x")
                        .param("password", "a-long-enough-secret-1")
                        .param("confirmPassword", "a-long-enough-secret-1"))
                .andExpect(redirectedUrl("/login"));
        assertThat(accounts.byLogin("intruder")).isEmpty();
    }

    @Test
    void the_enrolment_page_shows_the_secret_as_text_and_the_qr_code_from_this_server() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signIn(staff);
        mvc.perform(get("/account/totp").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"totp-secret\"")))
                .andExpect(content().string(containsString("src=\"/account/totp/qr.png\"")));
    }
}
