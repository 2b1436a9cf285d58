package jp.mamori.shared;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Mixin;

/**
 * The base of a command that imports one file as a new draft version, all or nothing
 * ({@code mamori controls import}, {@code mamori zones import}): it takes {@code --dry-run} and
 * runs the one flow such an import has. The command declares its FILE parameter (the help text is
 * its own) and says what its module makes of the file.
 *
 * <p>The messages are the module's, under one prefix: {@code .noFile}, {@code .tooLarge},
 * {@code .unreadable} (name, line, detail), {@code .failed} (number of problems), {@code .dryRun}
 * and {@code .done} (version number).
 */
public abstract class FileImportCommand extends DatabaseCommandBase {
    @Mixin
    public CommandOptions.DryRun dryRun = new CommandOptions.DryRun();

    /**
     * What the module made of the file, in the command's words: each problem as a line naming the
     * file and its line; the summary (null when there is none to give); the version stored.
     */
    public record Imported(
            boolean valid,
            List<String> problems,
            @Nullable String summary,
            @Nullable Integer versionNumber) {}

    /** The module's import of the file (a check only on a dry run). */
    @FunctionalInterface
    protected interface Importer {
        /**
         * @throws UnreadableFileException when the file cannot be read in its format
         * @throws InvalidInputException when the module refuses the import as a whole
         */
        Imported run(String fileName, byte[] bytes);
    }

    /**
     * Reads the file, imports it and reports: the problems and the failure on {@code err}, the
     * summary and the outcome on {@code out}. Exit {@link #VALID}, {@link #PROBLEMS} (nothing
     * written) or {@link #BAD_USAGE} (no file, too large, unreadable).
     */
    protected int importFile(
            Path path,
            long maxBytes,
            MessageSource messages,
            String prefix,
            PrintWriter out,
            PrintWriter err,
            Importer importer) {
        try {
            byte[] bytes = readFile(path, maxBytes, messages, prefix, err);
            if (bytes == null) {
                return BAD_USAGE;
            }
            String name = String.valueOf(path.getFileName());
            Imported imported;
            try {
                imported = importer.run(name, bytes);
            } catch (UnreadableFileException e) {
                err.println(text(messages, prefix + ".unreadable", name, e.line, e.detail));
                return BAD_USAGE;
            } catch (InvalidInputException e) {
                e.problems()
                        .forEach(p -> err.println(
                                text(messages, p.messageKey(), p.args().toArray())));
                return PROBLEMS;
            }
            imported.problems().forEach(err::println);
            if (imported.summary() != null) {
                out.println(imported.summary());
            }
            if (!imported.valid()) {
                err.println(
                        text(messages, prefix + ".failed", imported.problems().size()));
                return PROBLEMS;
            }
            out.println(
                    dryRun.on
                            ? text(messages, prefix + ".dryRun")
                            : text(messages, prefix + ".done", imported.versionNumber()));
            return VALID;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
