package jp.mamori.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of the command-line commands that work on the database ({@link DatabaseCommand}).
 * A command extends this class and so gets, once for all commands, the database options
 * ({@code --data}, {@code --url} …, {@code --verbose}) as a picocli mixin and its own
 * {@link CommandSpec} (for its standard output and error); it declares only its own options.
 *
 * <p>It also holds what the commands that read or write a file share: the exit codes, the output
 * and error streams, the Japanese messages, the actor the audit trail names and the reading and
 * writing of the file with its error messages ({@code <prefix>.noFile}, {@code <prefix>.tooLarge},
 * {@code <prefix>.cannotWrite}, each given the path).
 */
public abstract class DatabaseCommandBase implements DatabaseCommand {
    /** Exit code: done, or the file is valid. */
    public static final int VALID = 0;

    /** Exit code: the file has problems; nothing was written. */
    public static final int PROBLEMS = 1;

    /** Exit code: bad usage, or a file that cannot be read or written. */
    public static final int BAD_USAGE = 2;

    @Mixin
    protected DatabaseOptions database = new DatabaseOptions();

    /** Set by picocli when it parses the command line. */
    @Spec
    protected @Nullable CommandSpec spec;

    @Override
    public DatabaseOptions database() {
        return database;
    }

    @Override
    public abstract int run(ApplicationContext context) throws Exception;

    /** The command's standard output (the process's when the command runs outside picocli). */
    protected PrintWriter out() {
        return spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
    }

    /** The command's standard error (the process's when the command runs outside picocli). */
    protected PrintWriter err() {
        return spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
    }

    /** A message in Japanese, the command line's language; the key itself when there is none. */
    protected static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.JAPANESE);
    }

    /** Who the audit trail names for a change made on the command line. */
    protected static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /**
     * The bytes of the file to read; null when it is not a file, is larger than {@code maxBytes} or
     * cannot be read, the reason written to {@code err} ({@code <prefix>.noFile} or
     * {@code <prefix>.tooLarge}, given the path).
     */
    protected static byte @Nullable [] readFile(
            Path path, long maxBytes, MessageSource messages, String prefix, PrintWriter err) {
        try {
            if (!Files.isRegularFile(path)) {
                err.println(text(messages, prefix + ".noFile", path));
                return null;
            }
            if (Files.size(path) > maxBytes) {
                err.println(text(messages, prefix + ".tooLarge", path));
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            err.println(text(messages, prefix + ".noFile", path));
            return null;
        }
    }

    /**
     * Writes the file; false when it cannot, the reason written to {@code err}
     * ({@code <prefix>.cannotWrite}, given the path and the system's message).
     */
    protected static boolean writeFile(
            Path path, byte[] bytes, MessageSource messages, String prefix, PrintWriter err) {
        try {
            Files.write(path, bytes);
            return true;
        } catch (IOException e) {
            err.println(text(messages, prefix + ".cannotWrite", path, e.getMessage()));
            return false;
        }
    }
}
