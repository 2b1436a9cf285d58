package jp.mamori.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A small organisation written straight into the organisation's tables (its services are internal
 * to that module): units, people and role assignments with unique codes, since the test database is
 * shared by every test class in the JVM.
 */
final class IncidentWorld {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);

    private final JdbcClient jdbc;

    IncidentWorld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 100_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    long unit(String name, @Nullable Long parentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into org_unit (code, name, parent_id, created_at, updated_at) values (:code, :name, :parent, :now, :now)")
                .param("code", unique("U"))
                .param("name", name)
                .param("parent", parentId)
                .param("now", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A person in post since 2024-04-01, with the given roles (unitId null = body-wide). */
    Person person(String name, long unitId, RoleGrant... roles) {
        var keys = new GeneratedKeyHolder();
        String login = unique("login");
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:no, :name, 'テスト', :email, (select min(id) from org_employment_category), :unit,
                            :from, :now, :now)
                        """)
                .param("no", unique("P"))
                .param("name", name)
                .param("email", login + "@example.jp")
                .param("unit", unitId)
                .param("from", APRIL_1)
                .param("now", TestClock.now())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into org_person_unit (person_id, unit_id, valid_from) values (:p, :u, :from)")
                .param("p", id)
                .param("u", unitId)
                .param("from", APRIL_1)
                .update();
        List<RoleGrant> grants = new ArrayList<>();
        grants.add(new RoleGrant(Role.STAFF, unitId));
        for (RoleGrant role : roles) {
            jdbc.sql("""
                            insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                            values (:p, :role, :unit, :from, 'test', :now)
                            """)
                    .param("p", id)
                    .param("role", role.role().name())
                    .param("unit", role.unitId())
                    .param("from", APRIL_1)
                    .param("now", TestClock.now())
                    .update();
            grants.add(role);
        }
        return new Person(id, name, unitId, new CurrentUser(login, id, name, false, grants));
    }

    record Person(long id, String name, long unitId, CurrentUser user) {}

    static ReportRequest report(String title, PersonalData facts) {
        return new ReportRequest(
                title,
                "共有フォルダの権限設定の誤りで名簿が見えていた",
                TestClock.INSTANCE.instant().minusSeconds(3_600),
                "保険課 職員",
                List.of("共有フォルダ \\\\fs01\\hoken", "組合員名簿"),
                ThreatCategory.UNINTENTIONAL_ERROR,
                facts,
                null,
                "");
    }
}
