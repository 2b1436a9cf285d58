package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's service on H2: numbers, checks, history, audit events, batches and disposal. */
@MamoriSpringTest
class AssetServiceTests {
    @Autowired
    Assets assets;

    @Autowired
    JdbcClient jdbc;

    AssetFixtures fx;
    long unit;

    @BeforeEach
    void unit() {
        fx = new AssetFixtures(jdbc);
        unit = fx.unit("年金課", null);
    }

    private <T> T as(String login, java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(AssetFixtures.ciso(login), () -> result.set(work.get()));
        return result.get();
    }

    @Test
    void every_page_of_a_list_gives_the_exact_total_whether_counted_or_taken_from_a_short_last_page() {
        String name = AssetFixtures.unique("頁数確認");
        for (int i = 0; i < 5; i++) {
            as("ciso-p", () -> assets.create(AssetFixtures.draft(name, unit)));
        }
        AssetFilter filter =
                new AssetFilter(null, null, null, null, null, name, AssetStatus.IN_USE, AssetFilter.Sort.NUMBER);
        // pages of 2: full, full, short (1), empty beyond the end; and one page holding everything
        assertThat(List.of(0, 1, 2, 3, 7))
                .allSatisfy(page ->
                        assertThat(assets.page(filter, null, page, 2).total()).isEqualTo(5));
        assertThat(assets.page(filter, null, 2, 2).items()).hasSize(1);
        assertThat(assets.page(filter, null, 3, 2).items()).isEmpty();
        assertThat(assets.page(filter, null, 0, 50).total()).isEqualTo(5);
        assertThat(assets.page(filter, null, 0, 5).total()).isEqualTo(5);
        AssetFilter none =
                new AssetFilter(null, null, null, null, null, name + "無し", AssetStatus.IN_USE, AssetFilter.Sort.NUMBER);
        assertThat(assets.page(none, null, 0, 50).total()).isZero();
        assertThat(assets.page(none, null, 1, 50).total()).isZero();
    }

    @Test
    void the_whole_register_in_use_is_counted_exactly_also_after_a_disposal() {
        Asset kept = as("ciso-q", () -> assets.create(AssetFixtures.draft("計数確認", unit)));
        Asset gone = as("ciso-q", () -> assets.create(AssetFixtures.draft("計数確認(廃棄)", unit)));
        as(
                "ciso-q",
                () -> assets.requestDisposal(
                        gone.number(), new DisposalRequest(LocalDate.of(2025, 3, 31), "溶解処理", "庶務係 見本")));
        as("ciso-r", () -> assets.approveDisposal(gone.number(), null, null));
        long inUse = jdbc.sql("select count(*) from ast_asset where status = 'IN_USE'")
                .query(Long.class)
                .single();
        assertThat(inUse).isPositive();
        Page<AssetRow> first = assets.page(AssetFilter.inUse(), null, 0, 1);
        assertThat(first.total()).isEqualTo(inUse);
        assertThat(assets.page(AssetFilter.inUse(), java.util.Set.of(unit), 0, 1)
                        .total())
                .isEqualTo(jdbc.sql("select count(*) from ast_asset where status = 'IN_USE' and owner_unit_id = :u")
                        .param("u", unit)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(kept.status()).isEqualTo(AssetStatus.IN_USE);
    }

    @Test
    void a_new_asset_gets_the_next_readable_number_and_keeps_it() {
        Asset first = as("ciso-a", () -> assets.create(AssetFixtures.draft("年金受給者名簿", unit)));
        Asset second = as("ciso-a", () -> assets.create(AssetFixtures.draft("住所変更届", unit)));
        assertThat(first.number()).matches("IA-\\d{6}");
        assertThat(Integer.parseInt(second.number().substring(3)))
                .isGreaterThan(Integer.parseInt(first.number().substring(3)));
        Asset changed = as(
                "ciso-a",
                () -> assets.update(
                        first.number(),
                        AssetFixtures.classified(AssetFixtures.draft("年金受給者名簿(改)", unit), "3", "LGWAN")));
        assertThat(changed.number()).isEqualTo(first.number());
        assertThat(changed.scheme()).isEqualTo("R5-03");
        assertThat(changed.restrictionCodes()).containsExactly("NO_COPY");
    }

    @Test
    void a_change_is_kept_in_the_history_with_who_and_old_and_new_values_and_in_the_audit_trail() {
        Asset asset = as("ciso-b", () -> assets.create(AssetFixtures.draft("給付記録", unit)));
        as(
                "ciso-c",
                () -> assets.update(
                        asset.number(), AssetFixtures.classified(AssetFixtures.draft("給付記録", unit), "3", "MYNUMBER")));
        List<HistoryEntry> history = assets.history(asset);
        assertThat(history).anySatisfy(h -> {
            assertThat(h.actor()).isEqualTo("ciso-c");
            assertThat(h.field()).isEqualTo("confidentiality");
            assertThat(h.before()).isEqualTo("2");
            assertThat(h.after()).isEqualTo("3");
        });
        assertThat(history)
                .anySatisfy(h -> assertThat(h.field() + h.before() + h.after()).isEqualTo("zoneCodeLGWANMYNUMBER"));
        assertThat(history).anySatisfy(h -> assertThat(h.action() + h.actor()).isEqualTo("createdciso-b"));
        String details = jdbc.sql("select details from audit_entry where action = 'asset.changed' and subject_id = :n")
                .param("n", asset.number())
                .query(String.class)
                .single();
        assertThat(details).contains("2 → 3").contains("LGWAN → MYNUMBER");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'asset.created' and subject_id = :n")
                        .param("n", asset.number())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void saving_the_same_values_writes_no_history_and_no_event() {
        Asset asset = as("ciso-d", () -> assets.create(AssetFixtures.draft("窓口日誌", unit)));
        int before = assets.history(asset).size();
        assertThat(assets.same(asset, AssetDraft.of(asset))).isTrue();
        as("ciso-d", () -> assets.update(asset.number(), AssetDraft.of(asset)));
        assertThat(assets.history(asset)).hasSize(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'asset.changed' and subject_id = :n")
                        .param("n", asset.number())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void every_problem_is_named_by_its_field() {
        AssetDraft bad = AssetFixtures.draftOf(
                "name", "",
                "kind", null,
                "description", "",
                "ownerUnitId", 987_654_321L,
                "custodian", "",
                "users", "",
                "location", "",
                "form", AssetForm.PAPER,
                "zoneCode", "NOWHERE",
                "confidentiality", "3A",
                "integrity", "9",
                "availability", "",
                "restrictionCodes", List.of("NO_SUCH"),
                "personalInfo", false,
                "sensitivePersonalInfo", false,
                "specificPersonalInfo", false,
                "recordCount", -1,
                "retention", "",
                "nextReview", null,
                "parentNumber", "IA-999999",
                "note", "");
        assertThatThrownBy(() -> as("ciso-e", () -> assets.create(bad)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder(
                                        "name",
                                        "kind",
                                        "availability",
                                        "recordCount",
                                        "ownerUnitId",
                                        "zoneCode",
                                        "confidentiality",
                                        "integrity",
                                        "restrictionCodes",
                                        "parentNumber"));
    }

    @Test
    void an_unknown_number_is_not_found() {
        assertThatThrownBy(() -> assets.get("IA-987654")).isInstanceOf(NotFoundException.class);
        assertThat(assets.check(AssetFixtures.draft("x", unit), "IA-987654"))
                .extracting(InvalidInputException.Problem::field)
                .containsExactly("number");
    }

    @Test
    void an_asset_cannot_be_held_by_itself_or_by_an_asset_it_holds() {
        Asset system = as("ciso-f", () -> assets.create(AssetFixtures.draft("給付システム", unit)));
        Asset data = as(
                "ciso-f",
                () -> assets.create(AssetFixtures.heldBy(AssetFixtures.draft("給付データ", unit), system.number())));
        assertThat(data.parentNumber()).isEqualTo(system.number());
        assertThatThrownBy(() -> as(
                        "ciso-f",
                        () -> assets.update(
                                system.number(),
                                AssetFixtures.heldBy(AssetFixtures.draft("給付システム", unit), data.number()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("asset.parent.cycle"));
    }

    @Test
    void a_batch_with_one_bad_row_writes_nothing_and_names_the_row() {
        long before =
                jdbc.sql("select count(*) from ast_asset").query(Long.class).single();
        Asset existing = as("ciso-g", () -> assets.create(AssetFixtures.draft("既存台帳", unit)));
        List<NumberedDraft> rows = List.of(
                new NumberedDraft("", AssetFixtures.draft("新規1", unit)),
                new NumberedDraft(
                        existing.number(), AssetFixtures.classified(AssetFixtures.draft("既存台帳", unit), "9", "LGWAN")),
                new NumberedDraft("", AssetFixtures.draft("新規2", unit)));
        assertThatThrownBy(() -> as("ciso-g", () -> assets.saveAll(rows)))
                .isInstanceOfSatisfying(
                        AssetRowsException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.index()).isEqualTo(1);
                            assertThat(p.field()).isEqualTo("confidentiality");
                        }));
        assertThat(jdbc.sql("select count(*) from ast_asset").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void a_good_batch_counts_created_updated_and_unchanged() {
        Asset a = as("ciso-h", () -> assets.create(AssetFixtures.draft("台帳A", unit)));
        Asset b = as("ciso-h", () -> assets.create(AssetFixtures.draft("台帳B", unit)));
        ImportCounts counts = as(
                "ciso-h",
                () -> assets.saveAll(List.of(
                        new NumberedDraft(a.number(), AssetDraft.of(a)),
                        new NumberedDraft(b.number(), AssetFixtures.draft("台帳B(改)", unit)),
                        new NumberedDraft("", AssetFixtures.draft("台帳C", unit)))));
        assertThat(counts).isEqualTo(new ImportCounts(1, 1, 1));
        assertThat(assets.get(b.number()).name()).isEqualTo("台帳B(改)");
    }

    @Test
    void a_batch_writes_numbers_in_row_order_restrictions_history_and_one_audit_entry_per_asset_in_row_order() {
        Asset parent = as("ciso-h", () -> assets.create(AssetFixtures.draft("保管庫", unit)));
        Asset changed = as("ciso-h", () -> assets.create(AssetFixtures.draft("変更前台帳", unit)));
        AssetFixtures.checkBatchImport(assets, jdbc, unit, parent, changed);
    }

    @Test
    void disposal_needs_a_second_person_and_leaves_the_asset_read_only() {
        Asset asset = as("mgr-1", () -> assets.create(AssetFixtures.draft("旧申請書綴", unit)));
        as(
                "mgr-1",
                () -> assets.requestDisposal(
                        asset.number(), new DisposalRequest(LocalDate.of(2025, 3, 31), "溶解処理", "庶務係 見本")));
        assertThat(assets.get(asset.number()).disposalPending()).isTrue();
        assertThatThrownBy(() -> as("mgr-1", () -> assets.update(asset.number(), AssetFixtures.draft("x", unit))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as("mgr-1", () -> assets.approveDisposal(asset.number(), null, null)))
                .isInstanceOfSatisfying(
                        NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("asset.disposal.selfApproval"));
        Asset disposed = as("mgr-2", () -> assets.approveDisposal(asset.number(), null, null));
        assertThat(disposed.status()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(disposed.disposal().requestedBy()).isEqualTo("mgr-1");
        assertThat(disposed.disposal().approvedBy()).isEqualTo("mgr-2");
        assertThat(disposed.disposal().method()).isEqualTo("溶解処理");
        assertThatThrownBy(() -> as("mgr-2", () -> assets.update(asset.number(), AssetFixtures.draft("x", unit))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("asset.disposed.readOnly"));
        assertThat(jdbc.sql("select actor from audit_entry where action = 'asset.disposed' and subject_id = :n")
                        .param("n", asset.number())
                        .query(String.class)
                        .single())
                .isEqualTo("mgr-2");
    }

    @Test
    void a_container_cannot_be_disposed_while_it_holds_assets_in_use() {
        Asset system = as("mgr-3", () -> assets.create(AssetFixtures.draft("端末", unit)));
        as("mgr-3", () -> assets.create(AssetFixtures.heldBy(AssetFixtures.draft("端末内データ", unit), system.number())));
        assertThatThrownBy(() -> as(
                        "mgr-3",
                        () -> assets.requestDisposal(
                                system.number(), new DisposalRequest(LocalDate.of(2025, 3, 31), "物理破壊", "見本"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("asset.disposal.holdsAssets"));
    }

    @Test
    void the_register_lookup_finds_by_number_in_full_width_and_by_words_in_the_name() {
        Asset asset = as("ciso-i", () -> assets.create(AssetFixtures.draft("共済組合員台帳XQ", unit)));
        RegisterLookup lookup = new RegisterLookup(assets, jdbc);
        String fullWidth = asset.number().replace("IA-", "ＩＡ－").replace('0', '０');
        assertThat(lookup.byNumber(fullWidth)).map(AssetSummary::name).contains("共済組合員台帳XQ");
        assertThat(lookup.byNumber(asset.number()).orElseThrow().confidentiality())
                .isEqualTo("機密性2");
        assertThat(lookup.search("員台帳xq", 5)).extracting(AssetSummary::number).containsExactly(asset.number());
    }
}
