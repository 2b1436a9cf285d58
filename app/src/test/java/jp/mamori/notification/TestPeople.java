package jp.mamori.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** People to send notices to, written straight into the organisation tables with unique numbers. */
final class TestPeople {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestPeople() {}

    /** A person in post in a fresh unit, with this mail address (may be empty); returns the person id. */
    static long person(JdbcClient jdbc, String email) {
        int n = NEXT.incrementAndGet();
        String tag = "NTF" + System.nanoTime() % 1_000_000 + "-" + n;
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder unit = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (code, name, created_at, updated_at) values (:c, :n, :t, :t)")
                .param("c", tag)
                .param("n", "通知テスト課" + n)
                .param("t", now)
                .update(unit, "id");
        long categoryId = jdbc.sql("select min(id) from org_employment_category")
                .query(Long.class)
                .single();
        GeneratedKeyHolder person = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                                                created_at, updated_at)
                        values (:no, :name, :kana, :mail, :cat, :unit, :from, :t, :t)
                        """)
                .param("no", tag)
                .param("name", "通知 太郎" + n)
                .param("kana", "ツウチ タロウ")
                .param("mail", email)
                .param("cat", categoryId)
                .param("unit", unit.getKeyAs(Long.class))
                .param("from", LocalDate.of(2020, 4, 1))
                .param("t", now)
                .update(person, "id");
        return person.getKeyAs(Long.class);
    }

    /** A signed-in staff member who is that person. */
    static CurrentUser signedIn(long personId) {
        return new CurrentUser("ntf-" + personId, personId, "通知 太郎", false, List.of(new RoleGrant(Role.STAFF, null)));
    }
}
