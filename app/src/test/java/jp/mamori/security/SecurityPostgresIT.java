package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.shared.InvalidInputException;
import jp.mamori.testing.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The security module's tables and queries on a real PostgreSQL (the setup test first: it needs no accounts). */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SecurityPostgresIT extends PostgresApplicationTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    SignIns signIns;

    @Autowired
    SetupTokens setupTokens;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SecondFactorEnrolment enrolment;

    @Autowired
    TotpCodes totp;

    @Test
    @org.junit.jupiter.api.Order(1)
    void the_first_administrator_is_created_with_the_setup_token_and_the_token_is_then_spent() {
        String token = setupTokens.issueIfNoAccounts().orElseThrow();
        assertThatThrownBy(
                        () -> setupTokens.createFirstAdministrator("wrong", "root", "管理者", SecurityFixtures.PASSWORD))
                .isInstanceOf(InvalidInputException.class);
        Account admin = setupTokens.createFirstAdministrator(token, "root", "管理者", SecurityFixtures.PASSWORD);
        assertThat(admin.administrator()).isTrue();
        assertThat(admin.personId()).isNull();
        assertThat(setupTokens.open()).isFalse();
        assertThat(setupTokens.issueIfNoAccounts()).isEmpty();
        assertThat(jdbc.sql("select count(*) from sec_setup_token")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void sign_in_lockout_second_factor_password_history_and_api_tokens_work_on_postgresql() throws Exception {
        SecurityFixtures fixtures = new SecurityFixtures(jdbc, accounts);
        Account staff = fixtures.staff();
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", staff.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            signIns.password(staff.login(), "wrong-password", "192.0.2.7");
        }
        assertThat(signIns.password(staff.login(), SecurityFixtures.PASSWORD, "192.0.2.8"))
                .isEqualTo(new SignInOutcome.Refused(SignInOutcome.Reason.BAD_CREDENTIALS));
        assertThat(accounts.waiting()).containsKey(staff.login());
        assertThat(accounts.find(staff.id()).locked()).isFalse();
        assertThat(accounts.unlock(staff.id(), "test")).isTrue();
        assertThat(signIns.password(staff.login(), SecurityFixtures.PASSWORD, "192.0.2.8"))
                .isInstanceOf(SignInOutcome.Completed.class);

        accounts.changeOwnPassword(staff.id(), SecurityFixtures.PASSWORD, "another-long-secret-1", null);
        assertThatThrownBy(() -> accounts.changeOwnPassword(
                        staff.id(), "another-long-secret-1", SecurityFixtures.PASSWORD, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("password.rule.recentlyUsed"));

        Account admin = fixtures.administrator();
        String secret = enrolment.pendingSecret(admin.id());
        assertThat(enrolment.confirm(admin.id(), totp.codeFor(secret, totp.currentStep())))
                .hasValueSatisfying(codes -> assertThat(codes).hasSize(10));
        assertThat(signIns.secondFactor(admin.id(), totp.codeFor(secret, totp.currentStep() + 1), "192.0.2.9"))
                .isInstanceOf(SignInOutcome.Completed.class);

        String token = tokens.create(staff.id(), "pg", "test").text();
        mvc.perform(get("/api/v1/units")
                        .header("Authorization", "Bearer " + token)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
        tokens.revoke(staff.id(), tokens.of(staff.id()).get(0).id(), "test");
        assertThat(tokens.authenticate(token)).isEmpty();
    }
}
