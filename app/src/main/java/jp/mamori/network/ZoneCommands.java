package jp.mamori.network;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import jp.mamori.shared.FileImportCommand;
import jp.mamori.shared.VersionExportCommand;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mamori zones …}: the body's zone model as netcheck's zone file on the command line. */
@Command(
        name = "zones",
        description = "ゾーンモデルのコマンド(netcheck のゾーンファイルの出力・取込み)",
        mixinStandardHelpOptions = true,
        subcommands = {ZoneCommands.Export.class, ZoneCommands.Import.class})
public class ZoneCommands {
    private ZoneCommands() {}

    /**
     * {@code mamori zones export FILE.yaml [--version N]}: netcheck's zone file of the model in force
     * (or version N), with the register's network exceptions holding today. Exit 0 written, 2 no such
     * version or a file that cannot be written.
     */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "ゾーンモデル(既定は承認済みで施行中の版)を netcheck のゾーンファイルとして書き出します。" + "例外措置台帳の今日有効なネットワーク例外も含めます。",
                "使い方: netcheck rules|flows --zones FILE.yaml …",
                "終了コード: 0 出力済み、2 使い方の誤り・ない版・書き込めないファイル"
            })
    public static class Export extends VersionExportCommand {
        @Override
        public int run(ApplicationContext context) {
            return run(context.getBean(ZoneModels.class), context.getBean(MessageSource.class), out(), err());
        }

        int run(ZoneModels models, MessageSource messages, PrintWriter out, PrintWriter err) {
            return exportFile(
                    messages,
                    "network.cli",
                    out,
                    err,
                    () -> version.number == null
                            ? text(messages, "network.cli.noneInForce")
                            : text(messages, "network.cli.noVersion", version.number),
                    path -> new Exported(
                            models.export(version.number, actor()).text().getBytes(StandardCharsets.UTF_8),
                            text(messages, "network.cli.exported", path)));
        }
    }

    /**
     * {@code mamori zones import FILE.yaml [--dry-run]}: reads a zone file into the open draft of
     * the zone model (approval on the page). Exit 0 valid (stored unless a dry run), 1 problems
     * (nothing written, each naming its line), 2 bad usage or a file that is not YAML.
     */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "netcheck のゾーンファイルを読み込み、ゾーンモデルの改定案にします。施行には画面での承認(別の人)が要ります。" + "全件成功か、何も書き込まないか。",
                "終了コード: 0 正常(--dry-run 以外は取込み済み)、1 誤りあり(何も書き込まない)、2 使い方の誤り・読めないファイル"
            })
    public static class Import extends FileImportCommand {
        @Parameters(index = "0", paramLabel = "FILE.yaml", description = "取り込むゾーンファイル (.yaml)")
        @Nullable
        Path file;

        @Override
        public int run(ApplicationContext context) {
            return run(context.getBean(ZoneModels.class), context.getBean(MessageSource.class), out(), err());
        }

        int run(ZoneModels models, MessageSource messages, PrintWriter out, PrintWriter err) {
            return importFile(
                    Objects.requireNonNull(file),
                    ZoneFile.MAX_BYTES,
                    messages,
                    "network.cli",
                    out,
                    err,
                    (name, bytes) -> {
                        ZoneModels.ImportOutcome outcome = models.importFile(name, bytes, dryRun.on, actor());
                        List<String> problems = outcome.read().problems().stream()
                                .map(p -> text(
                                        messages,
                                        "network.cli.problem",
                                        name,
                                        p.line(),
                                        text(messages, p.messageKey(), p.args().toArray())))
                                .toList();
                        return new Imported(
                                outcome.valid(), problems, summary(messages, name, outcome), outcome.versionNumber());
                    });
        }

        /** The counts of what a valid file holds; none for a file with problems. */
        private static @Nullable String summary(MessageSource messages, String name, ZoneModels.ImportOutcome outcome) {
            ZoneDocument doc = outcome.read().document();
            if (!outcome.valid() || doc == null) {
                return null;
            }
            return text(
                    messages,
                    "network.cli.summary",
                    name,
                    doc.zones().size(),
                    doc.policy().size(),
                    doc.relays().size(),
                    doc.paths().size(),
                    doc.interfaces().size(),
                    outcome.read().registerExceptions().size());
        }
    }
}
