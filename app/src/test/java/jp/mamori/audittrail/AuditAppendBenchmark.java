package jp.mamori.audittrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.testing.DatabaseBenchmark;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many audit trail entries per second the chain takes, on H2 or PostgreSQL ({@link
 * DatabaseBenchmark}): {@code bench.entries} (10,000) events published each in a transaction of its own,
 * as a change of a module does (the listener appends in the publisher's transaction: the head row
 * locked, the entry inserted, the head and its seal moved on), first from one thread, then the same
 * number from four threads at once (they take turns on the head row). Then the whole chain is verified.
 * A warm-up of 500 entries runs first.
 */
class AuditAppendBenchmark extends DatabaseBenchmark {
    static final int ENTRIES = Integer.getInteger("bench.entries", 10_000);
    static final int THREADS = 4;
    static final String NAME = "audit trail";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HeadSeal seal;

    record Measured(String subjectId, int n) implements AuditableEvent {
        @Override
        public String action() {
            return "bench.append";
        }

        @Override
        public String subjectType() {
            return "bench";
        }

        @Override
        public String actor() {
            return "bench";
        }

        @Override
        public Map<String, String> details() {
            return Map.of("n", Integer.toString(n), "note", "計測用の記録");
        }
    }

    @Test
    void append_ten_thousand_entries() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        append(tx, "warm-up", 500);
        long before = count();

        long c0 = cpu();
        long t0 = System.nanoTime();
        append(tx, "one-thread", ENTRIES);
        long t1 = System.nanoTime();
        long c1 = cpu();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                String id = "thread-" + t;
                work.add(pool.submit(() -> {
                    start.await();
                    append(tx, id, ENTRIES / THREADS);
                    return null;
                }));
            }
            long t2 = System.nanoTime();
            start.countDown();
            for (Future<?> f : work) {
                f.get(30, TimeUnit.MINUTES);
            }
            long t3 = System.nanoTime();
            long after = count();
            long expected = before + ENTRIES + (long) (ENTRIES / THREADS) * THREADS;
            if (after != expected) {
                throw new AssertionError("the trail has " + after + " entries, not " + expected);
            }
            long v0 = System.nanoTime();
            Verification verification = new ChainVerifier(new AuditEntries(jdbc), seal).verify();
            long v1 = System.nanoTime();
            if (!(verification instanceof Verification.Intact)) {
                throw new AssertionError("the chain does not verify: " + verification);
            }
            figure(
                    NAME,
                    "append, one thread, one transaction per entry (%,d)".formatted(ENTRIES),
                    rate(ENTRIES, t1 - t0) + "; CPU %.2f ms/entry".formatted((c1 - c0) / 1e6 / ENTRIES));
            int concurrent = (ENTRIES / THREADS) * THREADS;
            figure(NAME, "append, %d threads at once (%,d)".formatted(THREADS, concurrent), rate(concurrent, t3 - t2));
            figure(NAME, "verify the whole chain (%,d entries)".formatted(after), seconds(v1 - v0));
            figure(NAME, "load average (1 min) at the end", load());
        } finally {
            pool.shutdownNow();
        }
    }

    private void append(TransactionTemplate tx, String id, int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            tx.executeWithoutResult(s -> events.publishEvent(new Measured(id, n)));
        }
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private static String rate(int entries, long nanos) {
        return "%,.0f entries/s (%s)".formatted(entries / (nanos / 1e9), seconds(nanos));
    }
}
