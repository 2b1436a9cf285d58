package jp.mamori.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test data for the 情報システム台帳: units, people and assets written straight into the other
 * modules' tables (their services are internal to them), with unique codes since the test database
 * is shared by every test class.
 */
public final class SystemFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public SystemFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 10_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    /** A new unit, under the parent when given; returns its id. */
    public long unit(String name, @Nullable Long parentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (code, name, parent_id, created_at, updated_at) values (:c, :n, :p, :t, :t)")
                .param("c", unique("SY"))
                .param("n", name)
                .param("p", parentId)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A person of the unit in post from six years before today (until {@code lastDay} when given); returns their id. */
    public long person(long unitId, String name, @Nullable LocalDate lastDay) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            in_post_to, created_at, updated_at)
                        values (:s, :name, 'カクウ', :m, (select min(id) from org_employment_category), :u, :from, :to,
                            :t, :t)
                        """)
                .param("s", unique("S"))
                .param("name", name)
                .param("m", unique("m") + "@example.jp")
                .param("u", unitId)
                .param("from", TestClock.today().minusYears(6))
                .param("to", lastDay)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public String staffNumber(long personId) {
        return jdbc.sql("select staff_number from org_person where id = :id")
                .param("id", personId)
                .query(String.class)
                .single();
    }

    /** Grants the person the role for the unit from six years before today. */
    public void grant(long personId, Role role, @Nullable Long unitId) {
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                        values (:p, :r, :u, :from, 'test', :t)
                        """)
                .param("p", personId)
                .param("r", role.name())
                .param("u", unitId)
                .param("from", TestClock.today().minusYears(6))
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** A signed-in user for MockMvc who is that person and holds these grants. */
    public static CurrentUser user(long personId, RoleGrant... grants) {
        return new CurrentUser(unique("sys-user-"), personId, "試験 利用者", false, java.util.List.of(grants));
    }

    /** A 情報セキュリティ管理者 of the unit (with a person behind the account). */
    public CurrentUser manager(long unitId) {
        long p = person(unitId, "課長 一郎", null);
        return user(p, new RoleGrant(Role.STAFF, unitId), new RoleGrant(Role.SECURITY_MANAGER, unitId));
    }

    /** An asset in use written straight into the register's table; returns its 管理番号. */
    public String asset(long unitId, String name, String kind, String zone, int confidentiality, boolean specific) {
        String number = "IA-S" + (System.nanoTime() % 1_000_000) + SEQUENCE.incrementAndGet();
        jdbc.sql("""
                        insert into ast_asset (asset_number, name, kind, description, owner_unit_id, custodian, asset_users,
                            location, form, zone_code, scheme, confidentiality, confidentiality_rank, integrity,
                            availability, personal_info, sensitive_personal_info, specific_personal_info, retention,
                            status, note, created_at, created_by, updated_at, updated_by)
                        values (:n, :name, :kind, '', :unit, '', '', '', 'ELECTRONIC', :zone, 'R5-03', :c, :rank,
                            '2', '2', :specific, false, :specific, '', 'IN_USE', '', :now, 'test', :now, 'test')
                        """)
                .param("n", number)
                .param("name", name)
                .param("kind", kind)
                .param("unit", unitId)
                .param("zone", zone)
                .param("c", Integer.toString(confidentiality))
                .param("rank", confidentiality)
                .param("specific", specific)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return number;
    }

    /** The asset is disposed of (as the register's disposal flow leaves it). */
    public void dispose(String number) {
        jdbc.sql("update ast_asset set status = 'DISPOSED' where asset_number = :n")
                .param("n", number)
                .update();
    }
}
