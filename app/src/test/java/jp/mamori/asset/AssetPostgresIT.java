package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's SQL on a real PostgreSQL: V6, the number sequence, filtered paging, text search, rules. */
class AssetPostgresIT extends PostgresApplicationTest {
    @Autowired
    Assets assets;

    @Autowired
    RegisterCheck check;

    @Autowired
    JdbcClient jdbc;

    private <T> T asCiso(java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(AssetFixtures.ciso("pg-ciso"), () -> result.set(work.get()));
        return result.get();
    }

    @Test
    void the_register_works_on_postgresql() {
        AssetFixtures fx = new AssetFixtures(jdbc);
        long office = fx.unit("事務局", null);
        long section = fx.unit("年金課", office);
        long other = fx.unit("福祉課", null);
        fx.holder(Role.SECURITY_MANAGER, section);

        Asset system = asCiso(() -> assets.create(AssetFixtures.draft("年金システム", section)));
        Asset data = asCiso(() -> assets.create(AssetFixtures.heldBy(
                AssetFixtures.classified(AssetFixtures.draft("受給者データ_100%", section), "3", "INTERNET"),
                system.number())));
        asCiso(() -> assets.create(AssetFixtures.classified(AssetFixtures.draft("福祉台帳", other), "1", "NONE")));
        assertThat(data.number()).isNotEqualTo(system.number()).startsWith("IA-");
        assertThat(data.parentNumber()).isEqualTo(system.number());

        Page<AssetRow> byUnit = assets.page(
                new AssetFilter(office, null, null, null, null, null, AssetStatus.IN_USE, AssetFilter.Sort.CLASS),
                null,
                0,
                10);
        assertThat(byUnit.total()).isEqualTo(2);
        assertThat(byUnit.items()).extracting(AssetRow::number).containsExactly(data.number(), system.number());

        Page<AssetRow> text = assets.page(
                new AssetFilter(null, null, null, null, AssetFilter.PersonalData.PERSONAL, "データ_100%", null, null),
                null,
                0,
                10);
        assertThat(text.items()).extracting(AssetRow::number).containsExactly(data.number());
        Page<AssetRow> escaped =
                assets.page(new AssetFilter(null, null, null, null, null, "_1%0", null, null), null, 0, 10);
        assertThat(escaped.total()).isZero();

        Page<AssetRow> visible = assets.page(
                new AssetFilter(
                        null, "NONE", AssetKind.INFORMATION, "1", AssetFilter.PersonalData.ANY, null, null, null),
                java.util.Set.of(other),
                0,
                10);
        assertThat(visible.total()).isEqualTo(1);

        // the list as it opens counts "all less not in use"; the same number as counting those in use
        assertThat(assets.page(AssetFilter.inUse(), null, 0, 1).total())
                .isEqualTo(jdbc.sql("select count(*) from ast_asset where status = 'IN_USE'")
                        .query(Long.class)
                        .single())
                .isPositive();

        // the ledger import's batched writes (JDBC batches, numbers a thousand per statement)
        AssetFixtures.checkBatchImport(
                assets, jdbc, section, system, asCiso(() -> assets.create(AssetFixtures.draft("変更前台帳", section))));

        List<Finding> findings = check.findings(null);
        assertThat(findings)
                .filteredOn(f -> f.number().equals(system.number()))
                .extracting(Finding::rule)
                .containsExactly("CONTAINER_CLASS");
        assertThat(findings)
                .filteredOn(f -> f.number().equals(data.number()))
                .extracting(Finding::rule)
                .containsExactly("INTERNET_ZONE");

        asCiso(() ->
                assets.requestDisposal(data.number(), new DisposalRequest(LocalDate.of(2025, 3, 31), "物理破壊", "係員")));
        TestUsers.runAs(AssetFixtures.ciso("pg-other"), () -> assets.approveDisposal(data.number(), null, null));
        assertThat(assets.get(data.number()).disposed()).isTrue();
        assertThat(assets.history(assets.get(data.number())))
                .extracting(HistoryEntry::action)
                .contains("created", "disposal-requested", "disposed");
    }
}
