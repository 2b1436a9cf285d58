package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The account list for administrators: the steps that take something away ask first and say what follows. */
@MamoriSpringTest
class AdminUsersPagesTests {
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

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void disabling_from_the_list_asks_first_and_only_the_confirmation_form_acts() throws Exception {
        Account staff = fixtures.staff();
        String list = html(get("/admin/users"));
        assertThat(list)
                .doesNotContain("action=\"/admin/users/" + staff.id() + "/disable\"")
                .contains("href=\"/admin/users/" + staff.id() + "/disable\"");

        mvc.perform(post("/admin/users/{id}/disable", staff.id()).with(csrf()).with(TestUsers.admin()))
                .andExpect(redirectedUrl("/admin/users/" + staff.id() + "/disable"));
        assertThat(accounts.find(staff.id()).enabled()).isTrue();

        String ask = html(get("/admin/users/{id}/disable", staff.id()));
        assertThat(ask)
                .contains("アカウント「" + staff.login() + "」を無効にしますか")
                .contains("サインインできなくなります")
                .contains("name=\"confirmed\" value=\"yes\"")
                .contains("name=\"_csrf\"");

        mvc.perform(post("/admin/users/{id}/disable", staff.id())
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(TestUsers.admin()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find(staff.id()).enabled()).isFalse();
    }

    @Test
    void resetting_the_second_factor_asks_first_and_says_it_cannot_be_undone() throws Exception {
        Account staff = fixtures.staff();
        jdbc.sql("update sec_account set totp_secret = 'JBSWY3DPEHPK3PXP' where id = :id")
                .param("id", staff.id())
                .update();
        assertThat(html(get("/admin/users")))
                .doesNotContain("action=\"/admin/users/" + staff.id() + "/reset-mfa\"")
                .contains("href=\"/admin/users/" + staff.id() + "/reset-mfa\"");

        mvc.perform(post("/admin/users/{id}/reset-mfa", staff.id()).with(csrf()).with(TestUsers.admin()))
                .andExpect(redirectedUrl("/admin/users/" + staff.id() + "/reset-mfa"));
        assertThat(accounts.find(staff.id()).totpEnrolled()).isTrue();

        assertThat(html(get("/admin/users/{id}/reset-mfa", staff.id())))
                .contains("二要素認証をリセットしますか")
                .contains("元に戻せません");

        mvc.perform(post("/admin/users/{id}/reset-mfa", staff.id())
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(TestUsers.admin()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find(staff.id()).totpEnrolled()).isFalse();
    }
}
