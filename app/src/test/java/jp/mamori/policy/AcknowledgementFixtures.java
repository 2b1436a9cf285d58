package jp.mamori.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * People and signed-in users for the acknowledgement tests, written straight into the organisation
 * tables (unique staff numbers; the test database is shared). Documents come from {@link PolicyTestData}.
 */
final class AcknowledgementFixtures {
    static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);
    static final CurrentUser CISO =
            new CurrentUser("ack-ciso", null, "確認 統括", false, List.of(new RoleGrant(Role.CISO, null)));

    final JdbcClient jdbc;
    final PolicyTestData data;

    AcknowledgementFixtures(JdbcClient jdbc, PolicyRepository documents, RevisionRepository revisions) {
        this.jdbc = jdbc;
        this.data = new PolicyTestData(jdbc, documents, revisions);
    }

    long unit(String name, @Nullable Long parent) {
        return data.unit(name, parent);
    }

    long category(String name) {
        return jdbc.sql("select id from org_employment_category where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** A person in post since 2024-04-01 (category 職員). */
    long person(String name, long unitId) {
        return person(name, unitId, category("職員"), APRIL_1, null, "");
    }

    long person(String name, long unitId, long categoryId, LocalDate from, @Nullable LocalDate to, String email) {
        String number = PolicyTestData.unique("AK");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime now = TestClock.now();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                                                in_post_to, created_at, updated_at)
                        values (:no, :name, :kana, :mail, :cat, :unit, :from, :to, :t, :t)
                        """)
                .param("no", number)
                .param("name", name)
                .param("kana", "カクニン " + number)
                .param("mail", email)
                .param("cat", categoryId)
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("t", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The person signed in as a member of staff, with extra grants if given. */
    static CurrentUser staff(long personId, long unitId, RoleGrant... more) {
        List<RoleGrant> grants = new ArrayList<>(List.of(new RoleGrant(Role.STAFF, unitId)));
        grants.addAll(List.of(more));
        return new CurrentUser("ack-staff-" + personId, personId, "職員" + personId, false, grants);
    }

    /** A document open to all staff with one revision in force since 2024-04-01. */
    InForce standard(String title) {
        return data.documentInForce(
                PolicyTier.STANDARD,
                title,
                Visibility.open(Audience.ALL_STAFF),
                "## 第1条 目的\n\nこの基準は、架空市職員共済組合の情報資産を守るための対策を定める。\n\n" + "1. 情報資産を分類する。\n2. 分類に応じて取り扱う。\n");
    }
}
