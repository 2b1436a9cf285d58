package jp.mamori.control.exceptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.control.catalogue.ControlCommands;
import jp.mamori.shared.DatabaseCommand;
import jp.mamori.shared.DatabaseOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
    public static class Export implements DatabaseCommand {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--netcheck", paramLabel = "FILE.yaml", description = "netcheck の例外ファイルとして書き出す先")
        @Nullable
        Path netcheck;

        @Spec
        @Nullable
        CommandSpec spec;

        @Override
        public DatabaseOptions database() {
            return database;
        }

        @Override
        public int run(ApplicationContext context) {
            return run(
                    context.getBean(Exceptions.class),
                    context.getBean(MessageSource.class),
                    LocalDate.now(context.getBean(Clock.class)),
                    ControlCommands.out(spec),
                    ControlCommands.err(spec));
        }

        int run(Exceptions exceptions, MessageSource messages, LocalDate today, PrintWriter out, PrintWriter err) {
            try {
                if (netcheck == null) {
                    err.println(ControlCommands.text(messages, "control.cli.exceptions.noTarget"));
                    return ControlCommands.BAD_USAGE;
                }
                String yaml = exceptions.netcheckYaml(today);
                try {
                    Files.writeString(netcheck, yaml, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println(ControlCommands.text(messages, "control.cli.cannotWrite", netcheck, e.getMessage()));
                    return ControlCommands.BAD_USAGE;
                }
                out.println(ControlCommands.text(
                        messages,
                        "control.cli.exceptions.exported",
                        netcheck,
                        exceptions.networkHoldingOn(today).size(),
                        today));
                return ControlCommands.VALID;
            } finally {
                out.flush();
                err.flush();
            }
        }
    }
}
