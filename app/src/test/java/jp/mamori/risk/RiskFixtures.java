package jp.mamori.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Units, people, assets and users for risk tests, written straight into the other modules' tables
 * with unique names (the test database is shared by every test class).
 */
final class RiskFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    RiskFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static int next() {
        return SEQUENCE.incrementAndGet();
    }

    long unit(String name, @Nullable Long parent) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into org_unit (code, name, parent_id, created_at, updated_at) values (:code, :name, :parent, :now, :now)")
                .param("code", "RSK" + System.nanoTime() % 100_000_000 + next())
                .param("name", name + next())
                .param("parent", parent)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    String unitCode(long unitId) {
        return jdbc.sql("select code from org_unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    /** A person in post in the unit; returns the staff number. */
    String person(long unitId, String name) {
        String staffNumber = "R" + (System.nanoTime() % 10_000_000) + next();
        long category = jdbc.sql("select min(id) from org_employment_category")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:no, :name, 'カクウ タロウ', 'risk@example.invalid', :cat, :unit, :from, :t, :t)
                        """)
                .param("no", staffNumber)
                .param("name", name)
                .param("cat", category)
                .param("unit", unitId)
                .param("from", LocalDate.of(2020, 4, 1))
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return staffNumber;
    }

    /** An asset in use written into the register's table; returns its 管理番号. */
    String asset(long unitId, String name) {
        String number = "IA-R" + (System.nanoTime() % 10_000_000) + next();
        jdbc.sql("""
                        insert into ast_asset (asset_number, name, kind, description, owner_unit_id, custodian, asset_users,
                            location, form, zone_code, scheme, confidentiality, confidentiality_rank, integrity,
                            availability, personal_info, sensitive_personal_info, specific_personal_info, retention,
                            status, note, created_at, created_by, updated_at, updated_by)
                        values (:n, :name, 'NETWORK_SYSTEM_MEDIA', '', :unit, '', '', '', 'ELECTRONIC', 'LGWAN', 'R5-03',
                            '3', 3, '2', '2', true, false, false, '', 'IN_USE', '', :now, 'test', :now, 'test')
                        """)
                .param("n", number)
                .param("name", name)
                .param("unit", unitId)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return number;
    }

    static CurrentUser manager(long unitId) {
        return TestUsers.user(
                "risk-mgr-" + unitId + "-" + next(),
                new RoleGrant(Role.STAFF, unitId),
                new RoleGrant(Role.SECURITY_MANAGER, unitId));
    }
}
