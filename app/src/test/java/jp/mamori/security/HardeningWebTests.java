package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

/** Issue 12: the smaller holes of sign-in and accounts, each with the request that showed it. */
@MamoriSpringTest
class HardeningWebTests {
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

    @Test
    void a_half_signed_in_request_for_new_recovery_codes_is_sent_back_to_its_step_not_a_500() throws Exception {
        Account admin = fixtures.administrator();
        Cookie session = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", admin.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/account/totp"))
                .andReturn()
                .getResponse()
                .getCookie(SignInWebTests.SESSION);
        mvc.perform(post("/account/recovery-codes").cookie(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account/totp"));
        assertThat(accounts.unusedRecoveryCodes(admin.id())).isZero();
    }

    @Test
    void a_login_chosen_by_hand_has_at_least_three_characters() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(TestUsers.admin())
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .param("login", "x")
                        .param("displayName", "一文字")
                        .param("password", "a-long-enough-secret-1")
                        .param("administrator", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ログインIDは3〜100文字")));
        assertThat(accounts.byLogin("x")).isEmpty();
    }
}
