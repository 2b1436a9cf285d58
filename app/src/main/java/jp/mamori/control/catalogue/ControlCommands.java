package jp.mamori.control.catalogue;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import jp.mamori.shared.FileImportCommand;
import jp.mamori.shared.VersionExportCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mamori controls …}: the control catalogue (対策基準) as YAML on the command line. */
@NamedInterface("commands")
@Command(
        name = "controls",
        description = "対策基準(対策の一覧)のコマンド(YAML の取込み・出力)",
        mixinStandardHelpOptions = true,
        subcommands = {ControlCommands.Import.class, ControlCommands.Export.class})
public class ControlCommands {
    private ControlCommands() {}

    /**
     * {@code mamori controls import FILE.yaml [--dry-run]}: exit 0 when the file is valid (and stored
     * as a draft version unless a dry run), 1 when it has problems (nothing written), 2 for bad usage
     * or a file that is not YAML.
     */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "対策基準の YAML を取り込み、改定案(新しい版)にします。施行には画面での決裁が要ります。全件成功か、何も書き込まないか。",
                "終了コード: 0 正常(--dry-run 以外は取込み済み)、1 誤りあり(何も書き込まない)、2 使い方の誤り・読めないファイル"
            })
    public static class Import extends FileImportCommand {
        @Parameters(index = "0", paramLabel = "FILE.yaml", description = "取り込む対策基準 (.yaml)")
        @Nullable
        Path file;

        @Override
        public int run(ApplicationContext context) {
            if (!dryRun.on) {
                context.getBean(ShippedCatalogue.class).loadIfAbsent();
            }
            return run(context.getBean(Catalogues.class), context.getBean(MessageSource.class), out(), err());
        }

        int run(Catalogues catalogues, MessageSource messages, PrintWriter out, PrintWriter err) {
            return importFile(
                    Objects.requireNonNull(file),
                    CatalogueFile.MAX_BYTES,
                    messages,
                    "control.cli",
                    out,
                    err,
                    (name, bytes) -> {
                        Catalogues.ImportOutcome outcome = catalogues.importFile(bytes, dryRun.on, actor(), "コマンドライン");
                        List<String> problems = outcome.problems().stream()
                                .map(p -> problem(messages, name, p))
                                .toList();
                        String summary = text(messages, "control.cli.summary", name, outcome.measures());
                        return new Imported(outcome.valid(), problems, summary, outcome.versionNumber());
                    });
        }

        private static String problem(MessageSource messages, String name, CatalogueFile.Problem p) {
            String where = p.measureId().isEmpty() ? "" : p.measureId() + " ";
            String field = p.field().isEmpty() ? "" : p.field() + ": ";
            return text(
                    messages,
                    "control.cli.problem",
                    name,
                    p.line(),
                    where + field,
                    text(messages, p.messageKey(), p.args().toArray()));
        }
    }

    /** {@code mamori controls export FILE.yaml [--version N]}: writes a version (default: in force). */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {"対策基準を YAML に書き出します(既定は施行中の版)。書き出したファイルはそのまま取り込めます。", "終了コード: 0 出力済み、2 使い方の誤り・書き込めないファイル・ない版"
            })
    public static class Export extends VersionExportCommand {
        @Override
        public int run(ApplicationContext context) {
            context.getBean(ShippedCatalogue.class).loadIfAbsent();
            return run(context.getBean(Catalogues.class), context.getBean(MessageSource.class), out(), err());
        }

        int run(Catalogues catalogues, MessageSource messages, PrintWriter out, PrintWriter err) {
            return exportFile(
                    messages,
                    "control.cli",
                    out,
                    err,
                    () -> text(messages, "control.cli.noVersion", version.number),
                    path -> {
                        int number = version.number != null
                                ? version.number
                                : catalogues.inForce().number();
                        return new Exported(
                                catalogues.export(number), text(messages, "control.cli.exported", path, number));
                    });
        }
    }
}
