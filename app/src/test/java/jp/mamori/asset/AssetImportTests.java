package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing a realistic ledger on H2: the dry run's error list, all or nothing, updates, permissions, audit. */
@MamoriSpringTest
class AssetImportTests {
    @Autowired
    AssetImport importer;

    @Autowired
    Assets assets;

    @Autowired
    JdbcClient jdbc;

    AssetFixtures fx;
    long unitA;
    long unitB;
    String nameA;
    String codeA;
    String nameB;

    @BeforeEach
    void units() {
        fx = new AssetFixtures(jdbc);
        nameA = AssetFixtures.unique("組合員課");
        nameB = AssetFixtures.unique("情報政策課");
        unitA = fx.unit(nameA, null);
        unitB = fx.unit(nameB, null);
        codeA = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unitA)
                .query(String.class)
                .single();
    }

    private AssetImport.Outcome run(byte[] file, boolean dryRun) {
        return run(file, dryRun, AssetImport.UnitPermission.everyUnit(), Map.of());
    }

    private AssetImport.Outcome run(
            byte[] file, boolean dryRun, AssetImport.UnitPermission permission, Map<String, LedgerColumn> mapping) {
        AtomicReference<AssetImport.Outcome> outcome = new AtomicReference<>();
        TestUsers.runAs(AssetFixtures.ciso("ledger-importer"), () -> {
            try {
                outcome.set(importer.run(new AssetImport.Request(
                        "台帳.xlsx", file, dryRun, mapping, permission, "ledger-importer", Locale.JAPANESE)));
            } catch (LedgerUnreadableException e) {
                throw new AssertionError(e);
            }
        });
        return outcome.get();
    }

    private long assetsOf(long unitId) {
        return jdbc.sql("select count(*) from ast_asset where owner_unit_id = :u")
                .param("u", unitId)
                .query(Long.class)
                .single();
    }

    @Test
    void the_dry_run_of_a_ledger_with_bad_rows_names_every_problem_by_row_column_and_value_and_writes_nothing() {
        byte[] file = LedgerFixtures.ledger(nameA, codeA, nameB, true);

        AssetImport.Outcome outcome = run(file, true);

        assertThat(outcome.written()).isFalse();
        assertThat(outcome.rows()).isEqualTo(LedgerFixtures.ASSET_ROWS);
        assertThat(outcome.errors())
                .extracting(AssetImport.CellError::row, AssetImport.CellError::column, AssetImport.CellError::value)
                .containsExactly(
                        tuple(LedgerFixtures.BAD_UNIT_ROW, "所管課", "存在しない課"),
                        tuple(LedgerFixtures.BAD_UNIT_ROW, "格付 機密性", "4"),
                        tuple(LedgerFixtures.BAD_UNIT_ROW, "個人情報の取扱い 個人情報", "たぶん"),
                        tuple(LedgerFixtures.BAD_UNIT_ROW, "件数（概数）", "多数"),
                        tuple(LedgerFixtures.BAD_UNIT_ROW, "見直し予定日", "来年度"),
                        tuple(LedgerFixtures.NO_NAME_ROW, "情報資産名", ""),
                        tuple(LedgerFixtures.UNKNOWN_NUMBER_ROW, "資産番号", "IA-999999"),
                        tuple(LedgerFixtures.BAD_LEVEL_ROW, "格付 機密性", "完全性2"),
                        tuple(LedgerFixtures.BAD_LEVEL_ROW, "取扱制限", "持出禁止"));
        assertThat(outcome.errors())
                .extracting(AssetImport.CellError::message)
                .contains(
                        "「存在しない課」という部署はありません。部署コードか部署名（同名の部署がある場合は部署コード）で指定してください",
                        "「4」は機密性の格付として読めません。使える値: 3、2、1",
                        "「情報資産名」は必須です",
                        "管理番号「IA-999999」の情報資産はありません。新しく登録する行は管理番号を空けてください");
        // the valid rows are counted as what they would do
        assertThat(outcome.created()).isEqualTo(4);
        assertThat(outcome.skippedSheets()).containsExactly("記入要領");
        assertThat(outcome.unknownHeaders())
                .extracting(AssetImport.UnknownHeader::header)
                .containsExactly("No.");
        assertThat(assetsOf(unitA) + assetsOf(unitB)).isZero();
    }

    @Test
    void a_real_import_with_bad_rows_writes_nothing_either() {
        AssetImport.Outcome outcome = run(LedgerFixtures.ledger(nameA, codeA, nameB, true), false);
        assertThat(outcome.written()).isFalse();
        assertThat(outcome.errors()).hasSize(9);
        assertThat(assetsOf(unitA) + assetsOf(unitB)).isZero();
    }

    @Test
    void the_corrected_ledger_imports_every_row_with_the_values_as_meant() {
        AssetImport.Outcome dry = run(LedgerFixtures.ledger(nameA, codeA, nameB, false), true);
        assertThat(dry.errors()).isEmpty();
        assertThat(dry.created()).isEqualTo(LedgerFixtures.ASSET_ROWS);
        assertThat(assetsOf(unitA)).isZero();

        AssetImport.Outcome outcome = run(LedgerFixtures.ledger(nameA, codeA, nameB, false), false);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.written()).isTrue();
        assertThat(outcome.created()).isEqualTo(LedgerFixtures.ASSET_ROWS);
        assertThat(assetsOf(unitA)).isEqualTo(6);
        assertThat(assetsOf(unitB)).isEqualTo(2);
        Asset residents = assets.all(unitA).stream()
                .filter(a -> a.name().equals("住民情報ファイル"))
                .findFirst()
                .orElseThrow();
        assertThat(residents.kind()).isEqualTo(AssetKind.INFORMATION);
        assertThat(residents.zoneCode()).isEqualTo("MYNUMBER");
        assertThat(residents.classification().confidentiality()).isEqualTo("3");
        assertThat(residents.restrictionCodes()).containsExactlyInAnyOrder("NO_COPY", "ENCRYPTION");
        assertThat(residents.personalData().personalInfo()).isTrue();
        assertThat(residents.personalData().sensitivePersonalInfo()).isFalse();
        assertThat(residents.personalData().specificPersonalInfo()).isTrue();
        assertThat(residents.personalData().recordCount()).isEqualTo(12_000);
        assertThat(residents.nextReview()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
        Asset network = assets.all(unitB).stream()
                .filter(a -> a.name().equals("庁内ネットワーク機器一式"))
                .findFirst()
                .orElseThrow();
        assertThat(network.kind()).isEqualTo(AssetKind.NETWORK_SYSTEM_MEDIA);
        assertThat(network.zoneCode()).isEqualTo("LGWAN");
        assertThat(network.nextReview()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
        assertThat(network.personalData().recordCount()).isNull();
        Asset diagram = assets.all(unitB).stream()
                .filter(a -> a.kind() == AssetKind.SYSTEM_DOCUMENT)
                .findFirst()
                .orElseThrow();
        assertThat(diagram.zoneCode()).isEqualTo("NONE");
        assertThat(diagram.form()).isEqualTo(AssetForm.PAPER);
        // the import itself is in the audit trail, with its counts
        String details = jdbc.sql(
                        "select details from audit_entry where action = 'asset.imported' order by seq desc limit 1")
                .query(String.class)
                .single();
        assertThat(details).contains("\"created\":\"8\"", "\"rows\":\"8\"");
        // and every asset has its own entry
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'asset.created' and subject_id = :n")
                        .param("n", residents.number())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_row_with_a_number_updates_that_asset_and_an_equal_row_leaves_it_unchanged() {
        Asset asset = assets_create("共済台帳", unitA);
        byte[] changed = LedgerWorkbooks.rows(
                List.of(List.of("管理番号", "資産名", "管理部署", "概要"), List.of(asset.number(), "共済台帳（改）", codeA, "変更後の概要")));

        AssetImport.Outcome outcome = run(changed, false);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.updated()).isEqualTo(1);
        Asset after = assets.get(asset.number());
        assertThat(after.name()).isEqualTo("共済台帳（改）");
        assertThat(after.description()).isEqualTo("変更後の概要");
        // columns the file does not have keep their values
        assertThat(after.classification().confidentiality())
                .isEqualTo(asset.classification().confidentiality());
        assertThat(after.restrictionCodes()).isEqualTo(asset.restrictionCodes());
        assertThat(assets.history(after))
                .anySatisfy(h -> assertThat(h.field() + ":" + h.after()).isEqualTo("name:共済台帳（改）"));

        AssetImport.Outcome again = run(changed, false);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.updated()).isZero();
    }

    @Test
    void the_same_number_twice_is_an_error() {
        Asset asset = assets_create("重複台帳", unitA);
        byte[] file = LedgerWorkbooks.rows(List.of(
                List.of("管理番号", "資産名", "管理部署"),
                List.of(asset.number(), "一行目", codeA),
                List.of(asset.number(), "二行目", codeA)));
        AssetImport.Outcome outcome = run(file, true);
        assertThat(outcome.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.message()).contains("2行目");
        });
    }

    @Test
    void a_section_manager_may_import_only_rows_of_units_they_manage() {
        Asset ofB = assets_create("情報係の資産", unitB);
        byte[] file = LedgerWorkbooks.rows(List.of(
                List.of("管理番号", "資産名", "管理部署", "資産区分", "形態", "ネットワーク区分", "機密性", "完全性", "可用性"),
                List.of("", "自課の資産", nameA, "②", "紙", "なし", "1", "1", "1"),
                List.of("", "他課の資産", nameB, "②", "紙", "なし", "1", "1", "1"),
                List.of(ofB.number(), "他課の資産を自課へ", nameA, "②", "紙", "なし", "1", "1", "1")));

        AssetImport.Outcome outcome = run(file, false, id -> id == unitA, Map.of());

        assertThat(outcome.errors())
                .extracting(AssetImport.CellError::row, AssetImport.CellError::column)
                .containsExactly(tuple(3, "管理部署"), tuple(4, "管理番号"));
        assertThat(assetsOf(unitA)).isZero();
    }

    @Test
    void a_header_mapped_by_the_person_is_read() {
        byte[] file = LedgerWorkbooks.rows(List.of(
                List.of("システム名称", "担当", "資産区分", "形態", "ネットワーク区分", "機密性", "完全性", "可用性"),
                List.of("共済給付システム", nameA, "①", "電子", "LGWAN系", "2", "2", "2")));
        AssetImport.Outcome unmapped = run(file, true);
        assertThat(unmapped.errors()).extracting(AssetImport.CellError::message).allMatch(m -> m.contains("見出し行"));

        AssetImport.Outcome mapped = run(
                file,
                true,
                AssetImport.UnitPermission.everyUnit(),
                Map.of("システム名称", LedgerColumn.NAME, "担当", LedgerColumn.OWNER_UNIT));
        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.created()).isEqualTo(1);
    }

    @Test
    void the_status_column_cannot_dispose_of_an_asset() {
        Asset asset = assets_create("廃棄予定の資産", unitA);
        byte[] file = LedgerWorkbooks.rows(List.of(
                List.of("管理番号", "資産名", "管理部署", "状態"),
                List.of(asset.number(), asset.name(), codeA, "廃棄済"),
                List.of("", "新規なのに廃棄済", codeA, "廃棄")));
        AssetImport.Outcome outcome = run(file, true);
        assertThat(outcome.errors())
                .extracting(AssetImport.CellError::row, AssetImport.CellError::column)
                .contains(tuple(2, "状態"), tuple(3, "状態"));
    }

    private Asset assets_create(String name, long unitId) {
        AtomicReference<Asset> created = new AtomicReference<>();
        TestUsers.runAs(
                AssetFixtures.ciso("ledger-setup"),
                () -> created.set(assets.create(AssetFixtures.draft(name, unitId))));
        return created.get();
    }
}
