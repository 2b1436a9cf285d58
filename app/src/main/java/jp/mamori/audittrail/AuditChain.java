package jp.mamori.audittrail;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. The one chain-head row is locked with {@code select … for update}
 * and stays locked until the caller's transaction ends, so concurrent appenders — threads of one
 * node or several nodes on the same database — take turns: each reads the head the previous one
 * committed, and sequence numbers and previous hashes never fork. A rolled-back change takes its
 * entry with it. The head's seal ({@link HeadSeal}) is extended with each entry.
 *
 * <p>Several events are appended as one step ({@link #appendAll}): the head is read and locked once,
 * the entries' hashes and the seal are worked out in memory in the events' order, the entries go in
 * as one JDBC batch and the head is moved once — the same entries as appending them one by one.
 */
@Component
class AuditChain {
    /** Rows per JDBC batch of an {@link #appendAll}. */
    private static final int BATCH = 1_000;

    private static final String INSERT = """
            insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id,
                                     details, previous_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HeadSeal seal;

    AuditChain(JdbcTemplate jdbc, Clock clock, HeadSeal seal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seal = seal;
    }

    /** Appends the event, joining the caller's transaction (or starting one when there is none). */
    @Transactional(propagation = Propagation.REQUIRED)
    public Entry append(AuditableEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    /** Appends the events in their order, joining the caller's transaction (or starting one). */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<Entry> appendAll(List<? extends AuditableEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Head head = jdbc.queryForObject(
                "select last_seq, last_hash, last_seal from audit_chain_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getString("last_seal")));
        List<Entry> entries = new ArrayList<>(events.size());
        long seq = head.lastSeq();
        String previousHash = head.lastHash();
        String lastSeal = head.lastSeal();
        for (AuditableEvent event : events) {
            seq++;
            Entry entry = entry(seq, event, previousHash);
            entries.add(entry);
            previousHash = entry.hash();
            lastSeal = seal.next(lastSeal, seq, entry.hash());
        }
        if (entries.size() == 1) {
            // one entry (every change but a bulk one): a plain statement, cheaper than a batch of one
            jdbc.update(INSERT, ps -> bind(ps, entries.get(0)));
        } else {
            jdbc.batchUpdate(INSERT, entries, BATCH, AuditChain::bind);
        }
        jdbc.update(
                "update audit_chain_head set last_seq = ?, last_hash = ?, last_seal = ? where id = 1",
                seq,
                previousHash,
                lastSeal);
        return entries;
    }

    private static void bind(PreparedStatement ps, Entry e) throws SQLException {
        ps.setLong(1, e.seq());
        ps.setObject(2, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
        ps.setString(3, e.actor());
        ps.setString(4, e.action());
        ps.setString(5, e.subjectType());
        ps.setString(6, e.subjectId());
        ps.setString(7, e.details());
        ps.setString(8, e.previousHash());
        ps.setString(9, e.hash());
    }

    private Entry entry(long seq, AuditableEvent event, String previousHash) {
        Instant time = ChainHash.storable(clock.instant());
        String details = CanonicalJson.of(event.details());
        String actor = limit(event.actor(), 200);
        String action = limit(event.action(), 100);
        String subjectType = limit(event.subjectType(), 100);
        String subjectId = limit(event.subjectId(), 200);
        String hash = ChainHash.of(seq, time, actor, action, subjectType, subjectId, details, previousHash);
        return new Entry(seq, time, actor, action, subjectType, subjectId, details, previousHash, hash);
    }

    private static String limit(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }

    private record Head(
            long lastSeq, String lastHash, @Nullable String lastSeal) {}
}
