package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.mamori.shared.AuditableEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The concurrency check shared by the H2 and PostgreSQL tests: two nodes, each with its own
 * connection pool and two threads, append at once; afterwards the chain verifies and has every
 * sequence number exactly once.
 */
final class ConcurrentAppends {
    static final int THREADS_PER_NODE = 2;
    static final int APPENDS_PER_THREAD = 60;

    private ConcurrentAppends() {}

    record Tick(String subjectId) implements AuditableEvent {
        @Override
        public String action() {
            return "test.tick";
        }

        @Override
        public String subjectType() {
            return "test";
        }

        @Override
        public String actor() {
            return "node";
        }

        @Override
        public Map<String, String> details() {
            return Map.of("thread", subjectId);
        }
    }

    static void run(DataSource nodeA, DataSource nodeB) throws Exception {
        List<DataSource> nodes = List.of(nodeA, nodeB);
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size() * THREADS_PER_NODE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        // every node of one installation has the same key file, so the seal is one chain too
        HeadSeal seal = new HeadSeal(new jp.mamori.shared.KeyFile(new byte[32]));
        try {
            for (int n = 0; n < nodes.size(); n++) {
                DataSource ds = nodes.get(n);
                AuditChain chain = new AuditChain(new JdbcTemplate(ds), java.time.Clock.systemUTC(), seal);
                TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(ds));
                for (int t = 0; t < THREADS_PER_NODE; t++) {
                    String id = "node" + n + "-thread" + t;
                    work.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                            tx.executeWithoutResult(s -> chain.append(new Tick(id)));
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long expected = (long) nodes.size() * THREADS_PER_NODE * APPENDS_PER_THREAD;
        JdbcClient jdbc = JdbcClient.create(nodeB);
        assertThat(jdbc.sql("select count(distinct seq) from audit_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(expected);
        assertThat(jdbc.sql("select max(seq) from audit_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(expected);
        Verification result = new ChainVerifier(new AuditEntries(jdbc), seal).verify();
        assertThat(result).isEqualTo(new Verification.Intact(expected));
    }
}
