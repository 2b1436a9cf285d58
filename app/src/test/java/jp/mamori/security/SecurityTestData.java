package jp.mamori.security;

import java.time.Clock;
import jp.mamori.testing.TestContexts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts for the tests of other modules (browser tests sign in with them), made through this
 * module's own service with its password rules, never written into its tables by hand.
 */
public final class SecurityTestData {
    private final Accounts accounts;
    private final AccountRepository repository;
    private final Clock clock;

    public SecurityTestData(ApplicationContext context) {
        this.accounts = context.getBean(Accounts.class);
        this.repository = context.getBean(AccountRepository.class);
        this.clock = context.getBean(Clock.class);
    }

    /** For the application behind that client (see {@link TestContexts}). */
    public static SecurityTestData of(JdbcClient jdbc) {
        return new SecurityTestData(TestContexts.of(jdbc));
    }

    /** An account for the person with that staff number, signing in as that login; returns the login. */
    public String account(String staffNumber, String login, String password) {
        return accounts.create(new Accounts.NewAccountRequest(staffNumber, login, null, password, false), "test")
                .login();
    }

    /**
     * The account's second factor enrolled with that TOTP secret, as the enrolment page does once the
     * first code is confirmed (no step spent, so the test may sign in with the current code).
     */
    public void enrolSecondFactor(String login, String totpSecret) {
        Account account = repository.findByLogin(login).orElseThrow();
        account.beginTotpEnrolment(totpSecret);
        account.confirmTotp(0);
        repository.save(account, clock.instant());
    }

    /**
     * An account without a person that confirms decisions with an authenticator app (the tests give
     * the roles on the request): created, then its second factor enrolled with that secret.
     */
    public String decider(String login, String password, String totpSecret) {
        administrator(login, login, password);
        enrolSecondFactor(login, totpSecret);
        return login;
    }

    /** An administrator's account without a person (a second factor is asked at first sign-in). */
    public String administrator(String login, @Nullable String displayName, String password) {
        return accounts.create(new Accounts.NewAccountRequest(null, login, displayName, password, true), "test")
                .login();
    }
}
