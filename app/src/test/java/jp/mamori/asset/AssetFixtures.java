package jp.mamori.asset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test data for the asset module: units and people written straight into the organisation tables
 * (their services are internal to that module), unique codes per call since the test database is
 * shared, and drafts with sensible defaults.
 */
final class AssetFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    AssetFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 100_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    /** A new unit, under the parent when given; returns its id. */
    long unit(String name, @Nullable Long parentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (code, name, parent_id, created_at, updated_at) values (:c, :n, :p, :t, :t)")
                .param("c", unique("AU"))
                .param("n", name)
                .param("p", parentId)
                .param("t", OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A person in the unit holding the role for it from 2024-04-01; returns the person's id. */
    long holder(Role role, long unitId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:s, '見本 管理者', 'ミホン', :m, (select min(id) from org_employment_category), :u,
                            :from, :t, :t)
                        """)
                .param("s", unique("AP"))
                .param("m", unique("m") + "@example.jp")
                .param("u", unitId)
                .param("from", LocalDate.of(2024, 4, 1))
                .param("t", OffsetDateTime.now())
                .update(keys, "id");
        long personId = keys.getKey().longValue();
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                        values (:p, :r, :u, :from, 'test', :t)
                        """)
                .param("p", personId)
                .param("r", role.name())
                .param("u", unitId)
                .param("from", LocalDate.of(2024, 4, 1))
                .param("t", OffsetDateTime.now())
                .update();
        return personId;
    }

    /** A draft of an in-use information asset of the unit: 機密性2, 完全性2, 可用性1, LGWAN zone. */
    static AssetDraft draft(String name, long unitId) {
        return new AssetDraft(
                name,
                AssetKind.INFORMATION,
                "テスト用の情報資産",
                unitId,
                "庶務係",
                "課員",
                "書庫A",
                AssetForm.ELECTRONIC,
                "LGWAN",
                "2",
                "2",
                "1",
                List.of("NO_COPY"),
                true,
                false,
                false,
                120,
                "5年",
                LocalDate.of(2099, 3, 31),
                "",
                "");
    }

    /** The draft with other levels and zone. */
    static AssetDraft classified(AssetDraft d, String c, String zone) {
        return new AssetDraft(
                d.name(),
                d.kind(),
                d.description(),
                d.ownerUnitId(),
                d.custodian(),
                d.users(),
                d.location(),
                d.form(),
                zone,
                c,
                d.integrity(),
                d.availability(),
                d.restrictionCodes(),
                d.personalInfo(),
                d.sensitivePersonalInfo(),
                d.specificPersonalInfo(),
                d.recordCount(),
                d.retention(),
                d.nextReview(),
                d.parentNumber(),
                d.note());
    }

    /** The draft held by the parent asset. */
    static AssetDraft heldBy(AssetDraft d, String parentNumber) {
        return new AssetDraft(
                d.name(),
                d.kind(),
                d.description(),
                d.ownerUnitId(),
                d.custodian(),
                d.users(),
                d.location(),
                d.form(),
                d.zoneCode(),
                d.confidentiality(),
                d.integrity(),
                d.availability(),
                d.restrictionCodes(),
                d.personalInfo(),
                d.sensitivePersonalInfo(),
                d.specificPersonalInfo(),
                d.recordCount(),
                d.retention(),
                d.nextReview(),
                parentNumber,
                d.note());
    }

    /** A body-wide manager (CISO) for services called outside a request. */
    static jp.mamori.shared.CurrentUser ciso(String login) {
        return TestUsers.user(login, new RoleGrant(Role.CISO, null));
    }

    /** A 情報セキュリティ管理者 of the unit. */
    static jp.mamori.shared.CurrentUser manager(String login, long unitId) {
        return TestUsers.user(login, new RoleGrant(Role.STAFF, unitId), new RoleGrant(Role.SECURITY_MANAGER, unitId));
    }
}
