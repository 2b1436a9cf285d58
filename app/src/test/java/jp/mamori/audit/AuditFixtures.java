package jp.mamori.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.Totp;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Units, people, roles and accounts for the audit tests, written straight into the tables and dated
 * relative to the test clock (in post and holding their roles from six years before today).
 */
final class AuditFixtures {
    private final JdbcClient jdbc;

    AuditFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    long unit(String name, @Nullable Long parent) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (code, name, parent_id, created_at, updated_at) values (:c, :n, :p, :t, :t)")
                .param("c", unique("AU"))
                .param("n", name)
                .param("p", parent)
                .param("t", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long person(String name, long unit) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:s, :n, 'カンサ', :m, (select min(id) from org_employment_category), :u, :from, :t, :t)
                        """)
                .param("s", unique("AU"))
                .param("n", name)
                .param("m", unique("m") + "@kakuu-city.example.jp")
                .param("u", unit)
                .param("from", TestClock.today().minusYears(6))
                .param("t", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void grant(long person, Role role, @Nullable Long unit) {
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                        values (:p, :r, :u, :from, 'test', :t)
                        """)
                .param("p", person)
                .param("r", role.name())
                .param("u", unit)
                .param("from", TestClock.today().minusYears(6))
                .param("t", TestClock.now())
                .update();
    }

    /** The signed-in user of a person of a unit holding these roles ({@code role, unit} pairs, null unit = body-wide). */
    static CurrentUser user(long person, long home, Object... roles) {
        List<RoleGrant> grants = new ArrayList<>();
        grants.add(new RoleGrant(Role.STAFF, home));
        for (int i = 0; i + 1 < roles.length; i += 2) {
            grants.add(new RoleGrant((Role) roles[i], (Long) roles[i + 1]));
        }
        return new CurrentUser("au-" + person, person, "監査テスト " + person, false, grants);
    }

    /** A person of the unit with the role in the database and its signed-in user. */
    CurrentUser holder(String name, long home, Role role, @Nullable Long scope) {
        long person = person(name, home);
        grant(person, role, scope);
        return user(person, home, role, scope);
    }

    /** A contractor in the supplier register (its name made unique), as the register would hold it. */
    long contractor(String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_contractor (name, address, contact_name, contact_phone, contact_email, note,
                            created_at, created_by, updated_at, updated_by)
                        values (:n, '架空市本町1-1', '委託 花子', '000-0000-0000', 'contact@kakuu-system.example.jp', '',
                            :t, 'test', :t, 'test')
                        """).param("n", unique(name)).param("t", TestClock.now()).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * An account for the signed-in user's login with the authenticator secret {@link Totp#SECRET}, so
     * the user can confirm decisions with a fresh second factor.
     */
    CurrentUser withSecondFactor(CurrentUser user) {
        SecurityTestData.of(jdbc).decider(user.login(), "audit-decider-pass-42", Totp.SECRET);
        return user;
    }

    /** A sign-in account for the person (browser journeys). */
    String account(long person, String password, @Nullable String totp, PasswordEncoder encoder) {
        String login = unique("au");
        OffsetDateTime now = TestClock.now();
        jdbc.sql("""
                        insert into sec_account (login, person_id, display_name, password_hash, administrator, enabled,
                            locked, failed_attempts, password_changed_at, created_at, updated_at, totp_secret)
                        values (:login, :person, '監査 テスト', :hash, false, true, false, 0, :now, :now, :now, :totp)
                        """)
                .param("login", login)
                .param("person", person)
                .param("hash", encoder.encode(password))
                .param("now", now)
                .param("totp", totp)
                .update();
        return login;
    }
}
