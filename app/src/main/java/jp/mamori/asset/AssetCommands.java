package jp.mamori.asset;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.CommandOptions;
import jp.mamori.shared.DatabaseCommandBase;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code mamori assets …}: the information asset register's Excel ledger on the command line. */
@Command(
        name = "assets",
        description = "情報資産管理台帳のコマンド（Excel の取込み・出力）",
        mixinStandardHelpOptions = true,
        subcommands = {AssetCommands.Import.class, AssetCommands.Export.class})
public class AssetCommands {
    static final int VALID = 0;
    static final int ROWS_WITH_ERRORS = 1;
    static final int BAD_USAGE = 2;

    /**
     * {@code mamori assets import FILE.xlsx [--dry-run] [--format text|json]}: exit 0 when every row
     * is valid (and imported unless a dry run), 1 when rows have errors (nothing written), 2 for bad
     * usage or a file that cannot be read.
     */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "情報資産管理台帳（Excel .xlsx）を取り込みます（全件成功か、何も書き込まないか）。",
                "管理番号のある行はその資産を更新し、空の行は新しい資産として登録します。",
                "終了コード: 0 正常（--dry-run 以外は取込み済み）、1 行にエラー（何も書き込まない）、2 使い方の誤り・読めないファイル"
            })
    public static class Import extends DatabaseCommandBase {
        @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "取り込む台帳 (.xlsx)")
        @Nullable
        Path file;

        @Mixin
        CommandOptions.DryRun dryRun = new CommandOptions.DryRun();

        @Option(
                names = "--format",
                paramLabel = "text|json",
                defaultValue = "text",
                description = "結果の形式: text（既定）または json")
        String format = "text";

        @Override
        public int run(ApplicationContext context) {
            PrintWriter out = out();
            PrintWriter err = err();
            return run(context.getBean(AssetImport.class), out, err);
        }

        int run(AssetImport importer, PrintWriter out, PrintWriter err) {
            try {
                if (!format.equals("text") && !format.equals("json")) {
                    err.println(importer.text(Locale.JAPANESE, "ledger.cli.format", format));
                    return BAD_USAGE;
                }
                Path path = Objects.requireNonNull(file);
                byte[] content;
                try {
                    if (!Files.isRegularFile(path)) {
                        err.println(importer.text(Locale.JAPANESE, "ledger.cli.noFile", path));
                        return BAD_USAGE;
                    }
                    if (Files.size(path) > LedgerReader.MAX_BYTES) {
                        err.println(path.getFileName() + ": "
                                + importer.text(
                                        Locale.JAPANESE,
                                        "ledger.file.tooLarge",
                                        LedgerReader.MAX_BYTES / (1024 * 1024)));
                        return BAD_USAGE;
                    }
                    content = Files.readAllBytes(path);
                } catch (IOException e) {
                    err.println(importer.text(Locale.JAPANESE, "ledger.cli.noFile", path));
                    return BAD_USAGE;
                }
                String name = String.valueOf(path.getFileName());
                String actor = actor();
                AssetImport.Outcome outcome;
                try {
                    outcome = importer.run(new AssetImport.Request(
                            name,
                            content,
                            dryRun.on,
                            Map.of(),
                            AssetImport.UnitPermission.everyUnit(),
                            actor,
                            Locale.JAPANESE));
                } catch (LedgerUnreadableException e) {
                    err.println(name + ": "
                            + importer.text(
                                    Locale.JAPANESE, e.messageKey(), e.args().toArray()));
                    return BAD_USAGE;
                }
                if (format.equals("json")) {
                    out.println(json(outcome));
                } else {
                    text(importer, name, outcome, out, err);
                }
                return outcome.valid() ? VALID : ROWS_WITH_ERRORS;
            } finally {
                out.flush();
                err.flush();
            }
        }

        private void text(AssetImport importer, String name, AssetImport.Outcome o, PrintWriter out, PrintWriter err) {
            for (AssetImport.CellError e : o.errors()) {
                err.println(importer.text(
                        Locale.JAPANESE, "ledger.cli.error", name, e.row(), e.column(), e.value(), e.message()));
            }
            for (AssetImport.UnknownHeader h : o.unknownHeaders()) {
                err.println(
                        importer.text(Locale.JAPANESE, "ledger.cli.unknownHeader", h.sheet(), h.column(), h.header()));
            }
            for (String sheet : o.skippedSheets()) {
                err.println(importer.text(Locale.JAPANESE, "ledger.cli.skippedSheet", sheet));
            }
            out.println(importer.text(
                    Locale.JAPANESE, "ledger.cli.summary", name, o.rows(), o.created(), o.updated(), o.unchanged()));
            if (!o.valid()) {
                err.println(importer.text(
                        Locale.JAPANESE, "ledger.cli.failed", o.errors().size()));
            } else {
                out.println(importer.text(Locale.JAPANESE, dryRun.on ? "ledger.cli.dryRun" : "ledger.cli.done"));
            }
        }
    }

    /** The JSON answer: exactly rows, created, updated, unchanged and errors (row, column, value, message). */
    static String json(AssetImport.Outcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rows", outcome.rows());
        body.put("created", outcome.created());
        body.put("updated", outcome.updated());
        body.put("unchanged", outcome.unchanged());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (AssetImport.CellError e : outcome.errors()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", e.row());
            error.put("column", e.column());
            error.put("value", e.value());
            error.put("message", e.message());
            errors.add(error);
        }
        body.put("errors", errors);
        return JsonMapper.builder().build().writeValueAsString(body);
    }

    /** {@code mamori assets export FILE.xlsx [--unit CODE] [--sheet-per-unit]}: writes the ledger. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "情報資産管理台帳を Excel（.xlsx）に出力します（標準の列、和暦の日付）。出力したファイルはそのまま取り込めます。",
                "終了コード: 0 出力済み、2 使い方の誤り・書き込めないファイル・見つからない部署"
            })
    public static class Export extends DatabaseCommandBase {
        @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "出力先 (.xlsx)")
        @Nullable
        Path file;

        @Option(names = "--unit", paramLabel = "CODE", description = "この部署（と下位の部署）の資産だけを出力します（部署コードか部署名）")
        @Nullable
        String unit;

        @Option(names = "--sheet-per-unit", description = "管理部署ごとにシートを分けます")
        boolean sheetPerUnit;

        @Override
        public int run(ApplicationContext context) {
            PrintWriter out = out();
            PrintWriter err = err();
            return run(
                    context.getBean(AssetExport.class),
                    context.getBean(Directory.class),
                    context.getBean(AssetImport.class),
                    out,
                    err);
        }

        int run(AssetExport exporter, Directory directory, AssetImport texts, PrintWriter out, PrintWriter err) {
            try {
                Path path = Objects.requireNonNull(file);
                if (!String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    err.println(texts.text(Locale.JAPANESE, "ledger.cli.notXlsxName", path));
                    return BAD_USAGE;
                }
                Long unitId = null;
                if (unit != null) {
                    Optional<UnitSummary> found = directory.unitByCodeOrName(unit);
                    if (found.isEmpty()) {
                        err.println(texts.text(Locale.JAPANESE, "ledger.unit.unknown", unit));
                        return BAD_USAGE;
                    }
                    unitId = found.get().id();
                }
                byte[] bytes = exporter.export(unitId, sheetPerUnit, id -> true);
                try {
                    Files.write(path, bytes);
                } catch (IOException e) {
                    err.println(texts.text(Locale.JAPANESE, "ledger.cli.cannotWrite", path, e.getMessage()));
                    return BAD_USAGE;
                }
                out.println(texts.text(Locale.JAPANESE, "ledger.cli.exported", path));
                return VALID;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }
}
