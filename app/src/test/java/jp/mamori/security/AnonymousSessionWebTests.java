package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 12 point 6: anonymous visitors leave no session rows, and expired sessions are removed. */
@MamoriSpringTest
class AnonymousSessionWebTests {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    org.springframework.security.web.FilterChainProxy filters;

    /**
     * spring-security-test's {@code csrf()} (used by other classes of this shared context) swaps the
     * CSRF filter's repository for a session one for good; put the product's back.
     */
    @org.junit.jupiter.api.BeforeEach
    void productCsrfRepository() {
        filters.getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream())
                .filter(f -> f instanceof org.springframework.security.web.csrf.CsrfFilter)
                .forEach(f -> org.springframework.test.util.ReflectionTestUtils.setField(
                        f, "tokenRepository", new SessionlessCsrfTokens()));
    }

    private long sessionRows() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    @Test
    void two_hundred_anonymous_requests_store_no_session() throws Exception {
        long before = sessionRows();
        for (int i = 0; i < 50; i++) {
            MvcResult login = mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk())
                    .andReturn();
            assertThat(login.getResponse().getCookie(SignInWebTests.SESSION)).isNull();
            assertThat(login.getResponse().getCookie(SessionlessCsrfTokens.COOKIE))
                    .isNotNull();
            mvc.perform(get("/setup").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
            mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/login").param("error", "bad-credentials").accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk());
        }
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void the_sign_in_form_works_with_the_cookie_token_and_then_gets_a_session() throws Exception {
        Account staff = new SecurityFixtures(jdbc, accounts).staff();
        MvcResult form = mvc.perform(get("/login").accept(MediaType.TEXT_HTML)).andReturn();
        Cookie xsrf = form.getResponse().getCookie(SessionlessCsrfTokens.COOKIE);
        Matcher m = CSRF.matcher(form.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        // without the cookie the form's token is refused
        mvc.perform(post("/login")
                        .param("_csrf", m.group(1))
                        .param("username", staff.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(status().isForbidden());
        Cookie session = mvc.perform(post("/login")
                        .cookie(xsrf)
                        .param("_csrf", m.group(1))
                        .param("username", staff.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie(SignInWebTests.SESSION);
        assertThat(session).isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :login")
                        .param("login", staff.login())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void the_page_first_asked_for_is_kept_in_a_cookie_and_reached_after_sign_in() throws Exception {
        Account staff = new SecurityFixtures(jdbc, accounts).staff();
        Cookie saved = mvc.perform(get("/account").accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"))
                .andReturn()
                .getResponse()
                .getCookie("REDIRECT_URI");
        assertThat(saved).isNotNull();
        MvcResult form = mvc.perform(get("/login").accept(MediaType.TEXT_HTML)).andReturn();
        Matcher m = CSRF.matcher(form.getResponse().getContentAsString());
        assertThat(m.find()).isTrue();
        mvc.perform(post("/login")
                        .cookie(saved, form.getResponse().getCookie(SessionlessCsrfTokens.COOKIE))
                        .param("_csrf", m.group(1))
                        .param("username", staff.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("http://localhost/account"));
    }

    @Test
    void expired_sessions_are_deleted_by_the_cleanup_job() {
        long past = System.currentTimeMillis() - 3_600_000L;
        jdbc.sql("""
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                            max_inactive_interval, expiry_time, principal_name)
                        values ('expired-0000-0000-0000-000000000001', 'expired-0000-0000-0000-000000000002',
                            :t, :t, 60, :t, null)
                        """).param("t", past).update();
        sessions.cleanUpExpiredSessions();
        assertThat(jdbc.sql("select count(*) from spring_session where primary_id like 'expired-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
