package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

/**
 * Issue 12 point 4: sensitive changes ask for the person again; a password change ends the other
 * sessions; a password set by an administrator must be changed first.
 */
@MamoriSpringTest
class SensitiveChangesWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    SecondFactorEnrolment enrolment;

    @Autowired
    TotpCodes totp;

    SecurityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, accounts);
    }

    private Cookie signIn(String login, String password, String expected) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", login).param("password", password))
                .andExpect(redirectedUrl(expected))
                .andReturn()
                .getResponse()
                .getCookie(SignInWebTests.SESSION);
    }

    private long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and subject_id = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    @Test
    void new_recovery_codes_need_the_password_or_a_fresh_code() throws Exception {
        Account staff = fixtures.staff();
        String secret = enrolment.pendingSecret(staff.id());
        enrolment.confirm(staff.id(), totp.codeFor(secret, totp.currentStep() - 1));
        // staff need no second factor at sign-in, but have one enrolled
        Cookie session = signIn(staff.login(), SecurityFixtures.PASSWORD, "/");
        String before = jdbc.sql("select min(code_hash) from sec_recovery_code where account_id = :id")
                .param("id", staff.id())
                .query(String.class)
                .single();

        mvc.perform(post("/account/recovery-codes").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("alert", "reauth.required"));
        mvc.perform(post("/account/recovery-codes")
                        .cookie(session)
                        .with(csrf())
                        .param("confirmation", "not-my-password"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("alert", "reauth.wrong"));
        assertThat(jdbc.sql("select min(code_hash) from sec_recovery_code where account_id = :id")
                        .param("id", staff.id())
                        .query(String.class)
                        .single())
                .isEqualTo(before);
        assertThat(audited("reauthentication.failed", staff.login())).isEqualTo(1);

        mvc.perform(post("/account/recovery-codes")
                        .cookie(session)
                        .with(csrf())
                        .param("confirmation", totp.codeFor(secret, totp.currentStep())))
                .andExpect(redirectedUrl("/account/recovery-codes"));
        assertThat(audited("mfa.recovery-codes-renewed", staff.login())).isPositive();
    }

    @Test
    void changing_the_second_factor_of_a_signed_in_account_needs_the_password() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signIn(staff.login(), SecurityFixtures.PASSWORD, "/");
        mvc.perform(get("/account/totp").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"confirmation\"")));
        String secret = enrolment.pendingSecret(staff.id());
        mvc.perform(post("/account/totp")
                        .cookie(session)
                        .with(csrf())
                        .param("code", totp.codeFor(secret, totp.currentStep())))
                .andExpect(redirectedUrl("/account/totp"))
                .andExpect(flash().attribute("alert", "reauth.required"));
        assertThat(accounts.find(staff.id()).totpEnrolled()).isFalse();
        mvc.perform(post("/account/totp")
                        .cookie(session)
                        .with(csrf())
                        .param("code", totp.codeFor(secret, totp.currentStep()))
                        .param("confirmation", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/account/recovery-codes"));
        assertThat(accounts.find(staff.id()).totpEnrolled()).isTrue();
    }

    @Test
    void a_wrong_current_password_on_the_change_form_counts_towards_the_sign_in_throttle_by_login_and_source()
            throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signIn(staff.login(), SecurityFixtures.PASSWORD, "/");
        String source = "203.0.113.77";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password")
                            .cookie(session)
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr(source);
                                return request;
                            })
                            .param("currentPassword", "guess-" + i)
                            .param("newPassword", "a-fresh-long-secret-9")
                            .param("confirmPassword", "a-fresh-long-secret-9"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("現在のパスワードが正しくありません")));
        }
        assertThat(audited("reauthentication.failed", staff.login())).isEqualTo(5);
        // the fifth failure of the login starts its wait, as five wrong sign-ins would
        assertThat(accounts.waiting()).containsKey(staff.login());
        assertThat(jdbc.sql("select failures from sec_signin_throttle where throttle_key = :k")
                        .param("k", SignInThrottle.sourceKey(source))
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        // during the wait even the right current password is not evaluated, and the answer is the same
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", SecurityFixtures.PASSWORD)
                        .param("newPassword", "a-fresh-long-secret-9")
                        .param("confirmPassword", "a-fresh-long-secret-9"))
                .andExpect(status().isOk());
        assertThat(audited("password.changed", staff.login())).isZero();
        // and the sign-in of that login waits too
        signIn(staff.login(), SecurityFixtures.PASSWORD, "/login?error=bad-credentials");
    }

    @Test
    void a_password_change_ends_every_other_session_of_the_person_but_not_this_one() throws Exception {
        Account staff = fixtures.staff();
        Cookie elsewhere = signIn(staff.login(), SecurityFixtures.PASSWORD, "/");
        Cookie here = signIn(staff.login(), SecurityFixtures.PASSWORD, "/");
        mvc.perform(get("/account").cookie(elsewhere).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", SecurityFixtures.PASSWORD)
                        .param("newPassword", "a-fresh-long-secret-8")
                        .param("confirmPassword", "a-fresh-long-secret-8"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(elsewhere).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(here).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        assertThat(audited("session.ended", staff.login())).isEqualTo(1);
    }

    @Test
    void a_password_set_by_an_administrator_ends_all_sessions_and_must_be_changed_first() throws Exception {
        Account staff = fixtures.staff();
        Cookie before = signIn(staff.login(), SecurityFixtures.PASSWORD, "/");
        mvc.perform(post("/admin/users/{id}/password", staff.id())
                        .with(TestUsers.admin())
                        .with(csrf())
                        .param("newPassword", "set-by-the-helpdesk-3"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/account").cookie(before).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));

        Cookie session = signIn(staff.login(), "set-by-the-helpdesk-3", "/");
        // nothing but the account page until the password is the person's own
        mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("まずパスワードを変更してください")));
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "set-by-the-helpdesk-3")
                        .param("newPassword", "my-own-long-secret-5")
                        .param("confirmPassword", "my-own-long-secret-5"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
        assertThat(accounts.find(staff.id()).passwordMustChange()).isFalse();
    }

    @Test
    void an_account_an_administrator_creates_must_change_its_password_at_first_sign_in() throws Exception {
        String login = "helper" + System.nanoTime() % 100000;
        mvc.perform(post("/admin/users")
                        .with(TestUsers.admin())
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "補助者")
                        .param("password", "a-long-enough-secret-1")
                        .param("administrator", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.byLogin(login).orElseThrow().passwordMustChange()).isTrue();
    }
}
