package jp.mamori.security;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts for the security tests, each with a unique login. A person behind an account is
 * written straight into the organization's tables: test data only, so the security tests do not
 * depend on the organization module's services. Made by hand in each test (not a bean), so the
 * shared test context stays the same.
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
        long unitId = unit();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:number, :name, 'シケン', :email,
                            (select min(id) from org_employment_category), :unit, date '2000-01-01', :now, :now)
                        """)
                .param("number", staffNumber)
                .param("name", "試験 職員" + staffNumber)
                .param("email", staffNumber.toLowerCase() + "@example.invalid")
                .param("unit", unitId)
                .param("now", OffsetDateTime.now())
                .update();
        return accounts.create(new Accounts.NewAccountRequest(staffNumber, null, null, PASSWORD, false), "test");
    }

    /** Ends the person's time in post yesterday. */
    void leave(Account account) {
        jdbc.sql("update org_person set in_post_to = current_date - 1 where id = :id")
                .param("id", account.personId())
                .update();
    }

    /** Gives the person a body-wide role from today. */
    void grant(Account account, jp.mamori.shared.Role role) {
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, valid_from, assigned_by, assigned_at)
                        values (:person, :role, current_date, 'test', :now)
                        """)
                .param("person", account.personId())
                .param("role", role.name())
                .param("now", OffsetDateTime.now())
                .update();
    }

    private long unit() {
        String code = "SECT" + next();
        jdbc.sql("insert into org_unit (code, name, created_at, updated_at) values (:code, :name, :now, :now)")
                .param("code", code)
                .param("name", "試験課" + code)
                .param("now", OffsetDateTime.now())
                .update();
        return jdbc.sql("select id from org_unit where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private static String next() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }
}
