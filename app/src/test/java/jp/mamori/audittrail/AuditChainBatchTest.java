package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.shared.KeyFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events appended as one batch ({@link AuditChain#appendAll}) make the very chain that appending them
 * one by one makes: two fresh databases, the same events, the same clock readings, compared row by row
 * and head by head.
 */
class AuditChainBatchTest {
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final HeadSeal seal = new HeadSeal(new KeyFile(new byte[32]));

    record Done(String actor, String action, String subjectId, Map<String, String> details) implements AuditableEvent {
        @Override
        public String subjectType() {
            return "batch-test";
        }
    }

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void a_batch_appends_the_same_entries_and_head_as_one_by_one() {
        List<Done> earlier = List.of(
                new Done("tanaka", "thing.created", "1", Map.of("名称", "架空市の台帳")),
                new Done("system", "thing.checked", "", Map.of()));
        List<Done> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            batch.add(new Done(
                    i % 7 == 0 ? "x".repeat(250) : "user" + (i % 3),
                    "thing.changed",
                    "A-" + i,
                    Map.of("番号", Integer.toString(i), "note", "前 → 後 " + i)));
        }
        JdbcTemplate oneByOne = database();
        JdbcTemplate batched = database();
        AuditChain single = new AuditChain(oneByOne, new TickingClock(), seal);
        AuditChain together = new AuditChain(batched, new TickingClock(), seal);
        earlier.forEach(single::append);
        earlier.forEach(together::append);

        List<Entry> appended = new ArrayList<>();
        batch.forEach(e -> appended.add(single.append(e)));
        assertThat(together.appendAll(batch)).isEqualTo(appended);

        assertThat(rows(batched, "select * from audit_entry order by seq"))
                .hasSize(2_502)
                .isEqualTo(rows(oneByOne, "select * from audit_entry order by seq"));
        assertThat(rows(batched, "select * from audit_chain_head"))
                .isEqualTo(rows(oneByOne, "select * from audit_chain_head"));
        assertThat(verifier(batched).verify()).isEqualTo(new Verification.Intact(2_502));
        assertThat(verifier(oneByOne).verify()).isEqualTo(new Verification.Intact(2_502));
    }

    @Test
    void an_empty_batch_leaves_the_chain_as_it_is() {
        JdbcTemplate db = database();
        AuditChain chain = new AuditChain(db, new TickingClock(), seal);
        chain.append(new Done("tanaka", "thing.created", "1", Map.of()));
        List<Map<String, Object>> head = rows(db, "select * from audit_chain_head");

        assertThat(chain.appendAll(List.of())).isEmpty();

        assertThat(rows(db, "select * from audit_chain_head")).isEqualTo(head);
        assertThat(verifier(db).verify()).isEqualTo(new Verification.Intact(1));
    }

    private ChainVerifier verifier(JdbcTemplate db) {
        return new ChainVerifier(new AuditEntries(JdbcClient.create(db)), seal);
    }

    private static List<Map<String, Object>> rows(JdbcTemplate db, String sql) {
        return db.queryForList(sql);
    }

    private JdbcTemplate database() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:h2:mem:audit-batch-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUsername("sa");
        ds.setPassword("");
        ds.setMaximumPoolSize(2);
        pools.add(ds);
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new JdbcTemplate(ds);
    }

    /** A clock that moves on by a millisecond at each reading, the same readings for both chains. */
    private static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-04-01T00:00:00.123456789Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusMillis(1);
            return now;
        }
    }
}
