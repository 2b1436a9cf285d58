package jp.mamori.security;

import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.testing.TestClock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts for the security tests, each with a unique login. A person behind an account is made
 * through the organisation module's services ({@link OrganizationTestData}). Made by hand in each
 * test (not a bean), so the shared test context stays the same.
 */
class SecurityFixtures {
    static final String PASSWORD = "correct-horse-battery-9";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final Accounts accounts;

    SecurityFixtures(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** An administrator without a person (needs a second factor). */
    Account administrator() {
        String login = "adm" + next();
        return accounts.create(new Accounts.NewAccountRequest(null, login, "試験管理者", PASSWORD, true), "test");
    }

    /** A staff member in post without any role (no second factor needed). */
    Account staff() {
        String staffNumber = "T" + next();
        long unitId = organization().unit("SECT" + next(), "試験課" + staffNumber, null);
        organization()
                .person(new OrganizationTestData.PersonSpec("試験　職員" + staffNumber, unitId)
                        .staffNumber(staffNumber)
                        .kana("シケン")
                        .email(staffNumber.toLowerCase() + "@example.invalid"));
        return accounts.create(new Accounts.NewAccountRequest(staffNumber, null, null, PASSWORD, false), "test");
    }

    /** Ends the person's time in post yesterday (the application's yesterday), as the 離任処理 does. */
    void leave(Account account) {
        organization().leave(account.personId(), TestClock.today().minusDays(1));
    }

    /** Gives the person a body-wide role from today (the application's today). */
    void grant(Account account, jp.mamori.shared.Role role) {
        organization().grant(account.personId(), role, null, TestClock.today(), null);
    }

    private OrganizationTestData organization() {
        return OrganizationTestData.of(jdbc);
    }

    private static String next() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }
}
