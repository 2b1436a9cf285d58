package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The export's layout and the round trip: exporting and importing again changes nothing. */
@MamoriSpringTest
class AssetExportTests {
    @Autowired
    AssetExport exporter;

    @Autowired
    AssetImport importer;

    @Autowired
    Assets assets;

    @Autowired
    JdbcClient jdbc;

    AssetFixtures fx;
    long department;
    long unitA;
    long unitB;

    @BeforeEach
    void units() {
        fx = new AssetFixtures(jdbc);
        department = fx.unit(AssetFixtures.unique("総務部"), null);
        unitA = fx.unit(AssetFixtures.unique("庶務課"), department);
        // two units with the same name: the export names them by code so the import finds them again
        String shared = AssetFixtures.unique("庶務係");
        unitB = fx.unit(shared, department);
        fx.unit(shared, null);
    }

    private <T> T as(String login, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(AssetFixtures.ciso(login), () -> result.set(work.get()));
        return result.get();
    }

    /** Assets with every kind of value: restrictions, no count, no review date, a parent, text with line breaks. */
    private List<Asset> register() {
        Asset system = as(
                "exp-a",
                () -> assets.create(AssetFixtures.classified(AssetFixtures.draft("共済給付システム", unitA), "3", "MYNUMBER")));
        AssetDraft d = AssetFixtures.draft("給付台帳データ", unitA);
        Asset data = as(
                "exp-a",
                () -> assets.create(AssetFixtures.draftOf(
                        "name",
                        d.name(),
                        "kind",
                        AssetKind.INFORMATION,
                        "description",
                        "1行目\n2行目 - 補足",
                        "ownerUnitId",
                        unitA,
                        "custodian",
                        "-",
                        "users",
                        "給付係全員",
                        "location",
                        "サーバ室",
                        "form",
                        AssetForm.BOTH,
                        "zoneCode",
                        "MYNUMBER",
                        "confidentiality",
                        "3",
                        "integrity",
                        "2",
                        "availability",
                        "2",
                        "restrictionCodes",
                        List.of("NO_COPY", "ENCRYPTION", "PARTIES_ONLY"),
                        "personalInfo",
                        true,
                        "sensitivePersonalInfo",
                        true,
                        "specificPersonalInfo",
                        true,
                        "recordCount",
                        1200,
                        "retention",
                        "永年",
                        "nextReview",
                        LocalDate.of(2019, 5, 1),
                        "parentNumber",
                        system.number(),
                        "note",
                        "=SUM(A1:A3)")));
        AssetDraft p = AssetFixtures.draft("窓口申請書", unitB);
        Asset paper = as(
                "exp-a",
                () -> assets.create(AssetFixtures.draftOf(
                        "name", p.name(),
                        "kind", AssetKind.SYSTEM_DOCUMENT,
                        "description", "",
                        "ownerUnitId", unitB,
                        "custodian", "",
                        "users", "",
                        "location", "",
                        "form", AssetForm.PAPER,
                        "zoneCode", "NONE",
                        "confidentiality", "1",
                        "integrity", "1",
                        "availability", "1",
                        "restrictionCodes", List.of(),
                        "personalInfo", false,
                        "sensitivePersonalInfo", false,
                        "specificPersonalInfo", false,
                        "recordCount", null,
                        "retention", "",
                        "nextReview", null,
                        "parentNumber", "",
                        "note", "")));
        Asset disposed = as("exp-a", () -> assets.create(AssetFixtures.draft("旧名簿", unitB)));
        as(
                "exp-a",
                () -> assets.requestDisposal(
                        disposed.number(), new DisposalRequest(LocalDate.of(2024, 4, 1), "裁断", "庶務係長")));
        as("exp-b", () -> assets.approveDisposal(disposed.number(), null, null));
        return List.of(system, data, paper, disposed);
    }

    private AssetImport.Outcome reimport(byte[] file) throws LedgerUnreadableException {
        AtomicReference<AssetImport.Outcome> outcome = new AtomicReference<>();
        TestUsers.runAs(AssetFixtures.ciso("exp-c"), () -> {
            try {
                outcome.set(importer.run(new AssetImport.Request(
                        "export.xlsx",
                        file,
                        false,
                        Map.of(),
                        AssetImport.UnitPermission.everyUnit(),
                        "exp-c",
                        Locale.JAPANESE)));
            } catch (LedgerUnreadableException e) {
                throw new AssertionError(e);
            }
        });
        return outcome.get();
    }

    @Test
    void the_export_has_title_rows_then_the_standard_header_and_values_as_people_write_them() throws Exception {
        List<Asset> registered = register();
        byte[] file = exporter.export(unitA, false, id -> true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("情報資産管理台帳");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("情報資産管理台帳");
            Row header = sheet.getRow(AssetExport.HEADER_ROW - 1);
            List<String> headers = Arrays.stream(LedgerColumn.values())
                    .map(c -> header.getCell(c.ordinal()).getStringCellValue())
                    .toList();
            assertThat(headers.subList(0, 21)).containsExactlyElementsOf(LedgerWorkbooks.STANDARD_HEADER);
            Row data = sheet.getRow(AssetExport.HEADER_ROW + 1);
            assertThat(cell(data, LedgerColumn.NUMBER))
                    .isEqualTo(registered.get(1).number());
            assertThat(cell(data, LedgerColumn.KIND)).startsWith("②");
            assertThat(cell(data, LedgerColumn.ZONE)).isEqualTo("マイナンバー利用事務系");
            assertThat(cell(data, LedgerColumn.CONFIDENTIALITY)).isEqualTo("機密性3");
            assertThat(cell(data, LedgerColumn.RESTRICTIONS)).isEqualTo("暗号化必須、複製禁止、関係者限り");
            assertThat(cell(data, LedgerColumn.NEXT_REVIEW)).isEqualTo("令和元年5月1日");
            assertThat(cell(data, LedgerColumn.SPECIFIC_INFO)).isEqualTo("有");
            assertThat(data.getCell(LedgerColumn.RECORD_COUNT.ordinal()).getNumericCellValue())
                    .isEqualTo(1200);
            assertThat(cell(data, LedgerColumn.PARENT))
                    .isEqualTo(registered.get(0).number());
            // text that looks like a formula stays text
            assertThat(data.getCell(LedgerColumn.NOTE.ordinal()).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    private static String cell(Row row, LedgerColumn column) {
        return row.getCell(column.ordinal()).getStringCellValue();
    }

    @Test
    void exporting_and_importing_again_changes_nothing() throws Exception {
        register();
        byte[] file = exporter.export(department, false, id -> true);
        long historyBefore = jdbc.sql("select count(*) from ast_asset_history")
                .query(Long.class)
                .single();

        AssetImport.Outcome outcome = reimport(file);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(4);
        assertThat(outcome.unchanged()).isEqualTo(4);
        assertThat(outcome.created()).isZero();
        assertThat(outcome.updated()).isZero();
        assertThat(jdbc.sql("select count(*) from ast_asset_history")
                        .query(Long.class)
                        .single())
                .isEqualTo(historyBefore);
    }

    @Test
    void one_sheet_per_unit_round_trips_too() throws Exception {
        register();
        byte[] file = exporter.export(department, true, id -> true);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
        AssetImport.Outcome outcome = reimport(file);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.unchanged()).isEqualTo(4);
    }

    @Test
    void the_export_leaves_out_units_the_reader_may_not_see() throws Exception {
        register();
        byte[] file = exporter.export(department, false, id -> id == unitB);
        AssetImport.Outcome outcome = reimport(file);
        assertThat(outcome.rows()).isEqualTo(2);
    }
}
