package jp.mamori.audittrail;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two "nodes" (two connection pools) append to one H2 database at the same time. */
class AuditChainConcurrencyTest {
    private final List<HikariDataSource> pools = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void two_nodes_appending_at_once_keep_one_unbroken_chain_on_h2() throws Exception {
        String url = "jdbc:h2:mem:audit-concurrency-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        DataSource first = pool(url, "sa", "");
        Flyway.configure()
                .dataSource(first)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        ConcurrentAppends.run(first, pool(url, "sa", ""));
    }

    private DataSource pool(String url, String user, String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(3);
        pools.add(ds);
        return ds;
    }
}
