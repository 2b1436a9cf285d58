package jp.mamori.shared;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Options that several commands take, each declared once as a picocli mixin (a command holds it in
 * a {@code @Mixin} field). Their names, labels and help texts are the commands' contract.
 */
public final class CommandOptions {
    private CommandOptions() {}

    /** {@code --dry-run}: check the file and report, write nothing. */
    public static final class DryRun {
        @Option(names = "--dry-run", description = "検証だけ行い、何も書き込みません")
        public boolean on;
    }

    /** {@code --version N}: the version to write; without it, the one in force. */
    public static final class Version {
        @Option(names = "--version", paramLabel = "N", description = "この版を書き出します(既定: 施行中の版)")
        public @Nullable Integer number;
    }
}
