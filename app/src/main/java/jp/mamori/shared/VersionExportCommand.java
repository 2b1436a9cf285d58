package jp.mamori.shared;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The base of a command that writes one version of a versioned document to a YAML file
 * ({@code mamori controls export}, {@code mamori zones export}): it takes FILE.yaml and
 * {@code --version N} (without it, the version in force) and runs the one flow of such an export.
 * The command says how its module writes the version and what it answers when there is none.
 */
public abstract class VersionExportCommand extends DatabaseCommandBase {
    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "出力先 (.yaml)")
    public @Nullable Path file;

    @Mixin
    public CommandOptions.Version version = new CommandOptions.Version();

    /** The version's bytes and the line that says where it was written. */
    public record Exported(byte[] bytes, String done) {}

    /**
     * Writes the version to the file: exit {@link #VALID}, or {@link #BAD_USAGE} when there is no
     * such version ({@code notFound} says so on {@code err}) or the file cannot be written
     * ({@code <prefix>.cannotWrite}).
     *
     * @param exporter the version for the file, or {@link NotFoundException} when there is none
     */
    protected int exportFile(
            MessageSource messages,
            String prefix,
            PrintWriter out,
            PrintWriter err,
            Supplier<String> notFound,
            Function<Path, Exported> exporter) {
        try {
            Path path = Objects.requireNonNull(file);
            Exported exported;
            try {
                exported = exporter.apply(path);
            } catch (NotFoundException e) {
                err.println(notFound.get());
                return BAD_USAGE;
            }
            if (!writeFile(path, exported.bytes(), messages, prefix, err)) {
                return BAD_USAGE;
            }
            out.println(exported.done());
            return VALID;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
