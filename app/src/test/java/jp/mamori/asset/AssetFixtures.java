package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the asset module: units and people made through the organisation module's services
 * ({@link OrganizationTestData}), unique codes per call since the test database is shared, and
 * drafts with sensible defaults.
 */
final class AssetFixtures {
    private final OrganizationTestData organization;

    AssetFixtures(JdbcClient jdbc) {
        this.organization = OrganizationTestData.of(jdbc);
    }

    static String unique(String prefix) {
        return OrganizationTestData.unique(prefix);
    }

    /** A new unit, under the parent when given; returns its id. */
    long unit(String name, @Nullable Long parentId) {
        return organization.unit(unique("AU"), name, parentId);
    }

    /** A person in the unit holding the role for it from {@link OrganizationTestData#SINCE}; returns the person's id. */
    long holder(Role role, long unitId) {
        long personId = organization.person(new OrganizationTestData.PersonSpec("見本　管理者", unitId).kana("ミホン"));
        organization.grant(personId, role, unitId);
        return personId;
    }

    /** A draft of an in-use information asset of the unit: 機密性2, 完全性2, 可用性1, LGWAN zone. */
    static AssetDraft draft(String name, long unitId) {
        return draftOf(
                "name", name,
                "kind", AssetKind.INFORMATION,
                "description", "テスト用の情報資産",
                "ownerUnitId", unitId,
                "custodian", "庶務係",
                "users", "課員",
                "location", "書庫A",
                "form", AssetForm.ELECTRONIC,
                "zoneCode", "LGWAN",
                "confidentiality", "2",
                "integrity", "2",
                "availability", "1",
                "restrictionCodes", List.of("NO_COPY"),
                "personalInfo", true,
                "recordCount", 120,
                "retention", "5年",
                "nextReview", LocalDate.of(2099, 3, 31));
    }

    /**
     * A draft of the fields named (name, value, name, value …); every other field empty, unchosen or
     * off, so that a new field of the register needs no change to the tests that build drafts.
     */
    static AssetDraft draftOf(Object... namesAndValues) {
        return with(AssetField.blank(), namesAndValues);
    }

    /** The draft with the named fields replaced (name, value, name, value …). */
    static AssetDraft with(AssetDraft d, Object... namesAndValues) {
        AssetDraft result = d;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            result = AssetField.with(result, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return result;
    }

    /** The draft with other levels and zone. */
    static AssetDraft classified(AssetDraft d, String c, String zone) {
        return with(d, "zoneCode", zone, "confidentiality", c);
    }

    /** The draft held by the parent asset. */
    static AssetDraft heldBy(AssetDraft d, String parentNumber) {
        return with(d, "parentNumber", parentNumber);
    }

    /** A body-wide manager (CISO) for services called outside a request. */
    static jp.mamori.shared.CurrentUser ciso(String login) {
        return TestUsers.user(login, new RoleGrant(Role.CISO, null));
    }

    /** A 情報セキュリティ管理者 of the unit. */
    static jp.mamori.shared.CurrentUser manager(String login, long unitId) {
        return TestUsers.user(login, new RoleGrant(Role.STAFF, unitId), new RoleGrant(Role.SECURITY_MANAGER, unitId));
    }

    /**
     * Imports a batch of three new assets (one held by {@code parent}, one without restrictions)
     * and one change of {@code changed}, and checks what a batch must write on any database: numbers
     * in row order, values, restrictions, a 'created' history row each, one audit entry per asset
     * in row order and the change. Shared by the H2 and PostgreSQL tests.
     */
    static void checkBatchImport(Assets assets, JdbcClient jdbc, long unit, Asset parent, Asset changed) {
        String name = unique("一括");
        List<NumberedDraft> rows = List.of(
                new NumberedDraft("", draft(name + "1", unit)),
                new NumberedDraft(changed.number(), draft(changed.name() + "(改)", unit)),
                new NumberedDraft("", heldBy(draft(name + "2", unit), parent.number())),
                new NumberedDraft("", with(draft(name + "3", unit), "restrictionCodes", List.of())));
        long auditBefore = jdbc.sql("select coalesce(max(seq), 0) from audit_entry")
                .query(Long.class)
                .single();
        AtomicReference<ImportCounts> counts = new AtomicReference<>();
        TestUsers.runAs(ciso("batch-ciso"), () -> counts.set(assets.saveAll(rows)));

        assertThat(counts.get()).isEqualTo(new ImportCounts(3, 1, 0));
        List<Asset> created = List.of(1, 2, 3).stream()
                .map(i -> jdbc.sql("select asset_number from ast_asset where name = :n")
                        .param("n", name + i)
                        .query(String.class)
                        .single())
                .map(assets::get)
                .toList();
        List<Integer> numbers = created.stream()
                .map(a -> Integer.parseInt(a.number().substring(3)))
                .toList();
        assertThat(numbers).isSorted().doesNotHaveDuplicates();
        assertThat(created.get(0).restrictionCodes()).containsExactly("NO_COPY");
        assertThat(created.get(1).parentNumber()).isEqualTo(parent.number());
        assertThat(created.get(1).restrictionCodes()).containsExactly("NO_COPY");
        assertThat(created.get(2).restrictionCodes()).isEmpty();
        assertThat(created).allSatisfy(a -> {
            assertThat(a.createdBy()).isEqualTo("batch-ciso");
            assertThat(a.status()).isEqualTo(AssetStatus.IN_USE);
            assertThat(a.classification().confidentiality()).isEqualTo("2");
            assertThat(assets.history(a)).singleElement().satisfies(h -> {
                assertThat(h.action()).isEqualTo("created");
                assertThat(h.actor()).isEqualTo("batch-ciso");
            });
        });
        assertThat(assets.get(changed.number()).name()).isEqualTo(changed.name() + "(改)");
        List<String> audited = jdbc.sql(
                        "select action || ' ' || subject_id from audit_entry where seq > :seq order by seq")
                .param("seq", auditBefore)
                .query(String.class)
                .list();
        assertThat(audited)
                .filteredOn(a -> a.startsWith("asset."))
                .containsExactly(
                        "asset.created " + created.get(0).number(),
                        "asset.changed " + changed.number(),
                        "asset.created " + created.get(1).number(),
                        "asset.created " + created.get(2).number());
    }
}
