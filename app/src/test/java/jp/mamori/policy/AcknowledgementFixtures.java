package jp.mamori.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.Directory;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestContexts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People and signed-in users for the acknowledgement tests, made through the organisation module's
 * services (unique staff numbers; the test database is shared). Documents come from {@link PolicyTestData}.
 */
final class AcknowledgementFixtures {
    /** When test people came into post: before every day the suite runs on. */
    static final LocalDate APRIL_1 = OrganizationTestData.SINCE;

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

    /** The id of the employment category of that name, from the organisation's directory. */
    long category(String name) {
        return directory().categories().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Directory directory() {
        return TestContexts.of(jdbc).getBean(Directory.class);
    }

    /** A person in post since {@link #APRIL_1} (category 職員). */
    long person(String name, long unitId) {
        return person(name, unitId, category("職員"), APRIL_1, null, "");
    }

    /** A person made through the organisation's services; an empty address becomes a unique one. */
    long person(String name, long unitId, long categoryId, LocalDate from, @Nullable LocalDate to, String email) {
        String category = directory().categories().stream()
                .filter(c -> c.id() == categoryId)
                .findFirst()
                .orElseThrow()
                .name();
        return OrganizationTestData.of(jdbc)
                .person(new OrganizationTestData.PersonSpec(name, unitId)
                        .kana("カクニン")
                        .category(category)
                        .inPost(from, to)
                        .email(email.isEmpty() ? PolicyTestData.unique("ak") + "@example.jp" : email));
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
