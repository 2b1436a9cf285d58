package jp.mamori.control.exceptions;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.shared.DatabaseCommandBase;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mamori exceptions …}: the register of exceptions (例外措置) on the command line. */
@NamedInterface("commands")
@Command(
        name = "exceptions",
        description = "例外措置のコマンド(netcheck への書き出し)",
        mixinStandardHelpOptions = true,
        subcommands = {ExceptionCommands.Export.class})
public class ExceptionCommands {
    private ExceptionCommands() {}

    /**
     * {@code mamori exceptions export --netcheck FILE.yaml}: writes the approved network exceptions
     * that hold today in netcheck's form (docs/netcheck.md, "Exceptions file"). Exit 0 written, 2 bad
     * usage or a file that cannot be written.
     */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "承認済みで今日有効なネットワーク経路の例外措置を、netcheck が読む形(exceptions: の一覧)で書き出します。",
                "使い方: netcheck rules|flows --zones ZONES.yaml --exceptions FILE.yaml",
                "終了コード: 0 出力済み、2 使い方の誤り・書き込めないファイル"
            })
    public static class Export extends DatabaseCommandBase {
        @Option(names = "--netcheck", paramLabel = "FILE.yaml", description = "netcheck の例外ファイルとして書き出す先")
        @Nullable
        Path netcheck;

        @Override
        public int run(ApplicationContext context) {
            return run(
                    context.getBean(Exceptions.class),
                    context.getBean(MessageSource.class),
                    LocalDate.now(context.getBean(Clock.class)),
                    out(),
                    err());
        }

        int run(Exceptions exceptions, MessageSource messages, LocalDate today, PrintWriter out, PrintWriter err) {
            try {
                if (netcheck == null) {
                    err.println(text(messages, "control.cli.exceptions.noTarget"));
                    return BAD_USAGE;
                }
                String yaml = exceptions.netcheckYaml(today);
                if (!writeFile(netcheck, yaml.getBytes(StandardCharsets.UTF_8), messages, "control.cli", err)) {
                    return BAD_USAGE;
                }
                out.println(text(
                        messages,
                        "control.cli.exceptions.exported",
                        netcheck,
                        exceptions.networkHoldingOn(today).size(),
                        today));
                return VALID;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }
}
