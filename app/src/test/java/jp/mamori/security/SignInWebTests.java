package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@MamoriSpringTest
class SignInWebTests {
    static final String SESSION = "MAMORI_SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Accounts accountService;

    SecurityFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, accountService);
    }

    @Autowired
    AccountRepository accounts;

    @Autowired
    TotpCodes totp;

    @Autowired
    SignIns signIns;

    @Test
    void an_anonymous_page_request_is_sent_to_the_sign_in_page() throws Exception {
        mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_sign_in_page_is_japanese_and_carries_the_security_headers() throws Exception {
        mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ログインID")))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void a_staff_member_without_rights_gets_403_on_the_account_administration() throws Exception {
        mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML).with(TestUsers.admin()))
                .andExpect(status().isOk());
    }

    @Test
    void a_post_without_a_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/account/api-tokens").param("name", "x").with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "nobody").param("password", "whatever-password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signing_in_gives_a_new_session_id_and_the_old_one_stays_anonymous() throws Exception {
        Account staff = fixtures.staff();
        MvcResult page = mvc.perform(get("/login").accept(MediaType.TEXT_HTML)).andReturn();
        Cookie before = page.getResponse().getCookie(SESSION);
        assertThat(before)
                .as("the sign-in page starts a session for its CSRF token")
                .isNotNull();

        MvcResult signIn = mvc.perform(post("/login")
                        .cookie(before)
                        .with(csrf())
                        .param("username", staff.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie after = signIn.getResponse().getCookie(SESSION);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());

        open("/account", after).andExpect(status().isOk());
        open("/account", before).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void five_wrong_passwords_make_the_login_wait_with_the_usual_answer_and_an_administrator_can_end_the_wait()
            throws Exception {
        Account staff = fixtures.staff();
        for (int i = 1; i <= 5; i++) {
            signIn(staff.login(), "wrong-password-" + i).andExpect(redirectedUrl("/login?error=bad-credentials"));
        }
        // the right password is not even evaluated while the login waits; the answer says nothing more
        signIn(staff.login(), SecurityFixtures.PASSWORD).andExpect(redirectedUrl("/login?error=bad-credentials"));
        assertThat(accounts.findById(staff.id()).orElseThrow().locked()).isFalse();

        mvc.perform(post("/admin/users/{id}/unlock", staff.id()).with(csrf()).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/unlock", staff.id()).with(csrf()).with(TestUsers.admin()))
                .andExpect(redirectedUrl("/admin/users"));
        signIn(staff.login(), SecurityFixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void an_unknown_login_and_a_wrong_password_get_the_same_answer() throws Exception {
        signIn("no-such-login", "some-password-1").andExpect(redirectedUrl("/login?error=bad-credentials"));
    }

    @Test
    void a_leaver_cannot_sign_in_and_is_signed_out_on_the_next_request() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signedIn(staff.login(), "/");
        fixtures.leave(staff);
        open("/account", session).andExpect(redirectedUrl("/login?ended"));
        signIn(staff.login(), SecurityFixtures.PASSWORD).andExpect(redirectedUrl("/login?error=not-in-post"));
    }

    @Test
    void a_disabled_account_is_signed_out_on_the_very_next_request() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signedIn(staff.login(), "/");
        open("/account", session).andExpect(status().isOk());
        accountService.setEnabled(staff.id(), false, "test-admin");
        open("/account", session).andExpect(redirectedUrl("/login?ended"));
        // and the session is over: enabling the account again does not bring it back
        accountService.setEnabled(staff.id(), true, "test-admin");
        open("/account", session).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_role_given_counts_and_a_role_taken_away_is_refused_on_the_very_next_request() throws Exception {
        Account staff = fixtures.staff();
        var organization = jp.mamori.organization.OrganizationTestData.of(jdbc);
        Cookie session = signedIn(staff.login(), "/");
        open("/audit-trail", session).andExpect(status().isForbidden());
        long grant = organization.grant(staff.personId(), jp.mamori.shared.Role.AUDITOR, null);
        open("/audit-trail", session).andExpect(status().isOk());
        organization.endGrant(grant, jp.mamori.testing.TestClock.today().minusDays(1));
        open("/audit-trail", session).andExpect(status().isForbidden());
    }

    @Test
    void a_move_to_another_unit_counts_on_the_very_next_request() throws Exception {
        Account staff = fixtures.staff();
        var organization = jp.mamori.organization.OrganizationTestData.of(jdbc);
        long home = jdbc.sql("select unit_id from org_person where id = :id")
                .param("id", staff.personId())
                .query(Long.class)
                .single();
        long elsewhere = organization.unit("異動先課" + staff.login(), null);
        // what the session keeps from the sign-in; the filter rechecks it on every request
        SignedInUser session = signIns.current(staff.id()).orElseThrow();
        assertThat(signIns.recheck(session).orElseThrow().user().user().grants())
                .containsExactly(new jp.mamori.shared.RoleGrant(jp.mamori.shared.Role.STAFF, home));

        organization.move(staff.personId(), elsewhere);

        assertThat(signIns.recheck(session).orElseThrow().user().user().grants())
                .containsExactly(new jp.mamori.shared.RoleGrant(jp.mamori.shared.Role.STAFF, elsewhere));
        assertThat(session.user().grants())
                .as("the snapshot in the session is not what counts")
                .containsExactly(new jp.mamori.shared.RoleGrant(jp.mamori.shared.Role.STAFF, home));
    }

    @Test
    void a_session_without_a_second_factor_ends_when_the_account_is_made_ciso() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = signedIn(staff.login(), "/");
        open("/account", session).andExpect(status().isOk());
        fixtures.grant(staff, jp.mamori.shared.Role.CISO);
        open("/account", session).andExpect(redirectedUrl("/login?ended"));
        signIn(staff.login(), SecurityFixtures.PASSWORD).andExpect(redirectedUrl("/account/totp"));
    }

    @Test
    void an_administrator_enrols_totp_then_signs_in_with_a_code_and_a_recovery_code_works_once() throws Exception {
        Account admin = fixtures.administrator();
        Cookie pending = signedIn(admin.login(), "/account/totp");
        // half signed in: nothing else is reachable
        open("/admin/users", pending).andExpect(redirectedUrl("/account/totp"));
        open("/account/totp", pending).andExpect(status().isOk());
        mvc.perform(get("/account/totp/qr.png").cookie(pending))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));
        String secret = accounts.findById(admin.id()).orElseThrow().totpPendingSecret();
        assertThat(secret).isNotNull();

        MvcResult enrolled = mvc.perform(post("/account/totp")
                        .cookie(pending)
                        .with(csrf())
                        .param("code", totp.codeFor(secret, totp.currentStep())))
                .andExpect(redirectedUrl("/account/recovery-codes"))
                .andReturn();
        Cookie full = enrolled.getResponse().getCookie(SESSION);
        assertThat(full.getValue()).isNotEqualTo(pending.getValue());
        @SuppressWarnings("unchecked")
        java.util.List<String> recoveryCodes =
                (java.util.List<String>) enrolled.getFlashMap().get("recoveryCodes");
        assertThat(recoveryCodes).hasSize(10);
        open("/admin/users", full).andExpect(status().isOk());

        // later sign-in: password, then a code (the enrolment spent this step's code)
        Cookie second = signedIn(admin.login(), "/login/totp");
        open("/", second).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(post("/login/totp").cookie(second).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/login/totp?error"));
        MvcResult withCode = mvc.perform(post("/login/totp")
                        .cookie(second)
                        .with(csrf())
                        .param("code", totp.codeFor(secret, totp.currentStep() + 1)))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(withCode.getResponse().getCookie(SESSION).getValue()).isNotEqualTo(second.getValue());

        // a recovery code works once
        Cookie third = session(signIn(admin.login(), SecurityFixtures.PASSWORD));
        mvc.perform(post("/login/totp").cookie(third).with(csrf()).param("code", recoveryCodes.get(0)))
                .andExpect(redirectedUrl("/"));
        Cookie fourth = session(signIn(admin.login(), SecurityFixtures.PASSWORD));
        mvc.perform(post("/login/totp").cookie(fourth).with(csrf()).param("code", recoveryCodes.get(0)))
                .andExpect(redirectedUrl("/login/totp?error"));
    }

    /** Signs in with the test password, checks where that leads and returns the session's cookie. */
    private Cookie signedIn(String login, String leadsTo) throws Exception {
        return session(signIn(login, SecurityFixtures.PASSWORD).andExpect(redirectedUrl(leadsTo)));
    }

    private static Cookie session(ResultActions answer) {
        return answer.andReturn().getResponse().getCookie(SESSION);
    }

    /** A page asked for with the session's cookie. */
    private ResultActions open(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).cookie(session));
    }

    private ResultActions signIn(String login, String password) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .accept(MediaType.TEXT_HTML)
                .param("username", login)
                .param("password", password));
    }
}
