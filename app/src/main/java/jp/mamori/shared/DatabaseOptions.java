package jp.mamori.shared;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The database options every command that needs the database takes (a picocli mixin): either an
 * embedded H2 database under {@code --data DIR}, or {@code --db-url} with user and password (also
 * from the environment variables MAMORI_DB_URL, MAMORI_DB_USER, MAMORI_DB_PASSWORD).
 */
public class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded H2 database (default: ./data)")
    @Nullable
    Path data;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC_URL",
            defaultValue = "${env:MAMORI_DB_URL}",
            description = "JDBC URL of the database, e.g. jdbc:postgresql://localhost:5432/mamori (env MAMORI_DB_URL)")
    @Nullable
    String url;

    @Option(
            names = "--db-user",
            paramLabel = "USER",
            defaultValue = "${env:MAMORI_DB_USER}",
            description = "Database user (env MAMORI_DB_USER)")
    @Nullable
    String user;

    @Option(
            names = "--db-password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:MAMORI_DB_PASSWORD}",
            arity = "0..1",
            interactive = false,
            description = "Database password (env MAMORI_DB_PASSWORD)")
    @Nullable
    String password;

    @Option(
            names = "--verbose",
            description = "Log what the application does (on standard error); without it only errors are logged")
    boolean verbose;

    /** Whether the person asked for the application's log (it goes to standard error either way). */
    public boolean verbose() {
        return verbose;
    }

    /** Options for the embedded database in the given folder. */
    public static DatabaseOptions embedded(Path dataDirectory) {
        DatabaseOptions options = new DatabaseOptions();
        options.data = dataDirectory;
        return options;
    }

    public @Nullable String url() {
        return url;
    }

    public @Nullable String user() {
        return user;
    }

    public @Nullable String password() {
        return password;
    }

    /** The folder of the embedded database: {@code --data}, or ./data. */
    public Path dataDirectory() {
        return data != null ? data : Path.of("data");
    }

    /** True when the options point at an external database rather than the embedded one. */
    public boolean external() {
        return url != null && !url.isBlank();
    }

    /** The JDBC URL to use: the given one, or the embedded H2 file under the data folder. */
    public String effectiveUrl() {
        if (external()) {
            return url;
        }
        Path file = dataDirectory().toAbsolutePath().resolve("mamori");
        // DB_CLOSE_ON_EXIT=FALSE: the application closes the database when its pool closes, after the
        // beans that still write at shut-down (the event publication registry) are done; H2's own
        // shut-down hook would otherwise close it under them.
        return "jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** True when {@link #effectiveUrl()} names an H2 database. */
    public boolean isH2() {
        return effectiveUrl().startsWith("jdbc:h2:");
    }
}
