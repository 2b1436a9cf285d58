package jp.mamori.audittrail;

import com.zaxxer.hikari.HikariDataSource;
import jp.mamori.testing.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Two "nodes" (two connection pools) append to one real PostgreSQL database at the same time. */
class AuditChainPostgresIT {
    @Test
    void two_nodes_appending_at_once_keep_one_unbroken_chain_on_postgresql() throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.freshDatabase();
        Flyway.configure()
                .dataSource(db.dataSource())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (HikariDataSource nodeA = pool(db);
                HikariDataSource nodeB = pool(db)) {
            ConcurrentAppends.run(nodeA, nodeB);
        }
    }

    private static HikariDataSource pool(EmbeddedPostgresServer.Database db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.url());
        ds.setUsername(db.user());
        ds.setPassword(db.password());
        ds.setMaximumPoolSize(3);
        return ds;
    }
}
