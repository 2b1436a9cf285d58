package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.mamori.Mamori;
import jp.mamori.organization.Directory;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code mamori assets import|export}: exit codes 0/1/2, text and JSON output, the file written. */
@MamoriSpringTest
class AssetImportCommandTests {
    @TempDir
    Path dir;

    @Autowired
    AssetImport importer;

    @Autowired
    AssetExport exporter;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    String unitName;
    String unitCode;
    long unitId;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void unit() {
        unitName = AssetFixtures.unique("共済課");
        unitId = new AssetFixtures(jdbc).unit(unitName, null);
        unitCode = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    private int importing(Path file, String... options) {
        AssetCommands.Import command = new AssetCommands.Import();
        command.file = file;
        List<String> list = List.of(options);
        command.dryRun.on = list.contains("--dry-run");
        command.format = list.contains("json") ? "json" : list.contains("xml") ? "xml" : "text";
        return command.run(importer, new PrintWriter(out), new PrintWriter(err));
    }

    private Path ledger(String secondUnit) throws Exception {
        Path file = dir.resolve("台帳.xlsx");
        Files.write(
                file,
                LedgerWorkbooks.rows(List.of(
                        List.of("管理番号", "資産名", "管理部署", "資産区分", "形態", "ネットワーク区分", "機密性", "完全性", "可用性"),
                        List.of("", "掛金台帳", unitName, "②", "電子", "LGWAN系", "3", "2", "2"),
                        List.of("", "貸付申込書", secondUnit, "②", "紙", "なし", "２", "1", "1"))));
        return file;
    }

    private long assets() {
        return jdbc.sql("select count(*) from ast_asset where owner_unit_id = :u")
                .param("u", unitId)
                .query(Long.class)
                .single();
    }

    @Test
    void rows_with_errors_exit_1_and_json_lists_them_in_the_documented_shape() throws Exception {
        int code = importing(ledger("架空の課"), "--format", "json");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString().strip())
                .startsWith("{\"rows\":2,\"created\":1,\"updated\":0,\"unchanged\":0,\"errors\":[{\"row\":3,"
                        + "\"column\":\"管理部署\",\"value\":\"架空の課\",\"message\":\"「架空の課」という部署はありません");
        assertThat(assets()).isZero();
    }

    @Test
    void a_dry_run_exits_0_and_writes_nothing_then_the_import_writes() throws Exception {
        assertThat(importing(ledger(unitCode), "--dry-run")).isZero();
        assertThat(out.toString()).contains("2 行（新規 2、更新 0、変更なし 0）", "何も書き込んでいません");
        assertThat(assets()).isZero();

        assertThat(importing(ledger(unitCode))).isZero();
        assertThat(out.toString()).contains("取り込みました");
        assertThat(assets()).isEqualTo(2);
    }

    @Test
    void the_assets_an_import_creates_are_created_by_the_importer_in_history_and_audit_trail() throws Exception {
        assertThat(importing(ledger(unitCode))).isZero();

        String importer = jdbc.sql("select actor from audit_entry where action = 'asset.imported' order by seq desc"
                        + " fetch first 1 rows only")
                .query(String.class)
                .single();
        assertThat(importer).isNotEqualTo("system");
        assertThat(jdbc.sql(
                                "select distinct e.actor from audit_entry e join ast_asset a on a.asset_number = e.subject_id"
                                        + " where e.action = 'asset.created' and a.owner_unit_id = :u")
                        .param("u", unitId)
                        .query(String.class)
                        .list())
                .containsExactly(importer);
        assertThat(jdbc.sql("select distinct h.actor from ast_asset_history h join ast_asset a on a.id = h.asset_id"
                                + " where a.owner_unit_id = :u")
                        .param("u", unitId)
                        .query(String.class)
                        .list())
                .containsExactly(importer);
    }

    @Test
    void text_output_names_the_row_column_and_value_of_each_error() throws Exception {
        assertThat(importing(ledger("架空の課"))).isEqualTo(1);
        assertThat(err.toString()).contains("台帳.xlsx 3行目 「管理部署」: 「架空の課」という部署はありません", "（値: 架空の課）");
    }

    @Test
    void an_unreadable_file_or_a_bad_format_exits_2() throws Exception {
        Path text = dir.resolve("台帳.xlsx");
        Files.writeString(text, "管理番号,資産名\n", StandardCharsets.UTF_8);
        assertThat(importing(text)).isEqualTo(2);
        assertThat(err.toString()).contains("Excel ブック（.xlsx）ではありません");
        assertThat(importing(dir.resolve("ない.xlsx"))).isEqualTo(2);
        assertThat(importing(ledger(unitCode), "--format", "xml")).isEqualTo(2);
    }

    @Test
    void export_writes_a_workbook_that_imports_back_unchanged() throws Exception {
        assertThat(importing(ledger(unitCode))).isZero();
        AssetCommands.Export export = new AssetCommands.Export();
        export.file = dir.resolve("出力.xlsx");
        export.unit = unitCode;
        int code = export.run(exporter, directory, importer, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("出力.xlsx に出力しました");

        StringWriter json = new StringWriter();
        AssetCommands.Import again = new AssetCommands.Import();
        again.file = export.file;
        again.format = "json";
        assertThat(again.run(importer, new PrintWriter(json), new PrintWriter(err)))
                .isZero();
        assertThat(json.toString().strip())
                .isEqualTo("{\"rows\":2,\"created\":0,\"updated\":0,\"unchanged\":2,\"errors\":[]}");
    }

    @Test
    void export_of_an_unknown_unit_or_to_a_name_without_xlsx_exits_2() {
        AssetCommands.Export export = new AssetCommands.Export();
        export.file = dir.resolve("出力.xlsx");
        export.unit = "存在しない部署コード";
        assertThat(export.run(exporter, directory, importer, new PrintWriter(out), new PrintWriter(err)))
                .isEqualTo(2);
        export.unit = null;
        export.file = dir.resolve("出力.csv");
        assertThat(export.run(exporter, directory, importer, new PrintWriter(out), new PrintWriter(err)))
                .isEqualTo(2);
    }

    @Test
    void the_launcher_knows_the_commands_and_answers_bad_usage_with_2_without_starting() {
        assertThat(Mamori.execute("assets", "import")).isEqualTo(2);
        assertThat(Mamori.execute("assets", "export")).isEqualTo(2);
        assertThat(Mamori.execute("assets", "import", "--help")).isZero();
    }
}
