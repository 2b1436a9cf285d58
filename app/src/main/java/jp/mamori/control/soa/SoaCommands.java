package jp.mamori.control.soa;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import jp.mamori.control.catalogue.ShippedCatalogue;
import jp.mamori.shared.DatabaseCommandBase;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mamori soa …}: the statement of applicability (適用宣言書) on the command line. */
@NamedInterface("commands")
@Command(
        name = "soa",
        description = "適用宣言書のコマンド(Excel への出力)",
        mixinStandardHelpOptions = true,
        subcommands = {SoaCommands.Export.class})
public class SoaCommands {
    private SoaCommands() {}

    /**
     * {@code mamori soa export FILE.xlsx [--unit CODE | --system NUMBER]}: every unit × applicable
     * measure (or one unit's, or one information system's) into the workbook; the file is the only output, the summary line goes to standard
     * error with the logs.
     */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "適用宣言書を Excel に書き出します(所属 × 対策で 1 行)。既定はすべての所属。--system で情報システム 1 件。",
                "終了コード: 0 出力済み、2 使い方の誤り・ない所属・書き込めないファイル・施行中の対策基準がない"
            })
    public static class Export extends DatabaseCommandBase {
        @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "出力先 (.xlsx)")
        @Nullable
        Path file;

        @Option(names = "--unit", paramLabel = "CODE", description = "この所属(コードまたは名称)だけを書き出します")
        @Nullable
        String unit;

        @Option(names = "--system", paramLabel = "NUMBER", description = "この情報システム(情報資産の管理番号)の適用宣言書を書き出します")
        @Nullable
        String system;

        @Override
        public int run(ApplicationContext context) {
            context.getBean(ShippedCatalogue.class).loadIfAbsent();
            return run(context.getBean(SoaExport.class), context.getBean(MessageSource.class), err());
        }

        int run(SoaExport export, MessageSource messages, PrintWriter err) {
            try {
                Path path = Objects.requireNonNull(file);
                if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    err.println(text(messages, "control.cli.soa.notXlsx", path));
                    return BAD_USAGE;
                }
                SoaExport.Statement statement;
                try {
                    if (unit != null && system != null) {
                        err.println(text(messages, "control.cli.soa.unitOrSystem"));
                        return BAD_USAGE;
                    }
                    statement = export.forCommand(unit, system);
                } catch (NotFoundException e) {
                    err.println(
                            system != null
                                    ? text(messages, "control.cli.soa.noSystem", system)
                                    : unit == null
                                            ? text(messages, "control.cli.soa.noCatalogue")
                                            : text(messages, "control.cli.soa.noUnit", unit));
                    return BAD_USAGE;
                }
                byte[] workbook = export.workbook(statement, Locale.JAPANESE);
                if (!writeFile(path, workbook, messages, "control.cli", err)) {
                    return BAD_USAGE;
                }
                long units = statement.holders();
                err.println(
                        statement.systems()
                                ? text(
                                        messages,
                                        "control.cli.soa.exportedSystem",
                                        path,
                                        system,
                                        statement.rows().size(),
                                        statement.version().number())
                                : text(
                                        messages,
                                        "control.cli.soa.exported",
                                        path,
                                        units,
                                        statement.rows().size(),
                                        statement.version().number()));
                return VALID;
            } finally {
                err.flush();
            }
        }
    }
}
