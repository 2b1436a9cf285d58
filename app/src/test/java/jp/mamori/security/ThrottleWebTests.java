package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import picocli.CommandLine;

/**
 * Issue 12 point 2: nobody can lock an account any more. Failures make the login (and the source)
 * wait, with the same answer whether the login exists or not; administrators and {@code ./mamori
 * account unlock} end a wait.
 */
@MamoriSpringTest
class ThrottleWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    SecurityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, accounts);
    }

    private ResultActions signIn(String login, String password, String source) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(source);
                    return request;
                })
                .param("username", login)
                .param("password", password));
    }

    private long audited(String action, String subject) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and subject_id = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    @Test
    void sixty_failures_from_anyone_never_lock_an_account_and_the_answer_is_that_of_an_unknown_login()
            throws Exception {
        Account admin = fixtures.administrator();
        String ghost = "ghost" + admin.id();
        for (int i = 0; i < 30; i++) {
            // each from another address, as a spread-out attacker would
            signIn(admin.login(), "guess-" + i, "198.51.100." + i)
                    .andExpect(redirectedUrl("/login?error=bad-credentials"));
            signIn(ghost, "guess-" + i, "198.51.100." + i).andExpect(redirectedUrl("/login?error=bad-credentials"));
        }
        mvc.perform(get("/login").param("error", "bad-credentials").accept(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("ロック"))));
        assertThat(accounts.find(admin.id()).locked()).isFalse();
        assertThat(accounts.waiting()).containsKey(admin.login());
        assertThat(audited("signin.delayed", admin.login())).isPositive();
        assertThat(audited("signin.delayed", ghost)).isPositive();
        assertThat(audited("account.locked", admin.login())).isZero();

        // the way back without an administrator: ./mamori account unlock LOGIN
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new AccountCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        AccountCommand.Unlock unlock = (AccountCommand.Unlock) cli.parseArgs("unlock", admin.login())
                .subcommand()
                .commandSpec()
                .userObject();
        assertThat(unlock.run(context)).isZero();
        assertThat(out.toString()).contains(admin.login()).contains("解除しました");
        assertThat(jdbc.sql("select actor from audit_entry where action = 'account.unlocked' and subject_id = :login")
                        .param("login", admin.login())
                        .query(String.class)
                        .list())
                .containsExactly("cli:" + System.getProperty("user.name"));
        signIn(admin.login(), SecurityFixtures.PASSWORD, "198.51.100.200").andExpect(redirectedUrl("/account/totp"));
    }

    @Test
    void unlock_of_an_unknown_login_ends_with_exit_code_1() {
        CommandLine cli = new CommandLine(new AccountCommand());
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        AccountCommand.Unlock unlock = (AccountCommand.Unlock) cli.parseArgs("unlock", "no-such-login-at-all")
                .subcommand()
                .commandSpec()
                .userObject();
        assertThat(unlock.run(context)).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-login-at-all");
    }

    @Test
    void a_disabled_account_with_a_wrong_password_gets_the_usual_answer() throws Exception {
        Account staff = fixtures.staff();
        accounts.setEnabled(staff.id(), false, "test");
        signIn(staff.login(), "not-the-password", "198.51.100.250")
                .andExpect(redirectedUrl("/login?error=bad-credentials"));
        signIn(staff.login(), SecurityFixtures.PASSWORD, "198.51.100.250")
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-04-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void the_waits_grow_end_by_themselves_and_a_busy_source_waits_for_every_login() {
        MovingClock clock = new MovingClock();
        SecuritySettings settings = new SecuritySettings(
                12,
                5,
                new SecuritySettings.Mfa(List.of()),
                "mamori",
                new SecuritySettings.Throttle(
                        3, 4, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)),
                List.of());
        SignInThrottle throttle = new SignInThrottle(jdbc, settings, events, clock);
        String login = "throttled" + System.nanoTime();
        String source = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.begin(login, "192.0.2.1")).isEmpty();
            throttle.failed(login, "192.0.2.1");
        }
        assertThat(throttle.begin(login, "192.0.2.1")).contains(Duration.ofSeconds(30));
        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.begin(login, "192.0.2.1")).isEmpty();
        throttle.failed(login, "192.0.2.1");
        assertThat(throttle.begin(login, "192.0.2.1")).contains(Duration.ofMinutes(1));
        // failures older than an hour no longer count
        clock.now = clock.now.plus(Duration.ofHours(2));
        throttle.failed(login, "192.0.2.1");
        assertThat(throttle.begin(login, "192.0.2.1")).isEmpty();

        // four failures from one source on four logins: the fifth login from there waits too
        for (int i = 0; i < 4; i++) {
            throttle.failed(login + "-" + i, source);
        }
        assertThat(throttle.begin(login + "-other", source)).contains(Duration.ofSeconds(30));
        assertThat(throttle.begin(login + "-other", "192.0.2.99")).isEmpty();
    }
}
