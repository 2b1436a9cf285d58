package jp.mamori.audittrail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.mamori.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. The one chain-head row is locked with {@code select … for update}
 * and stays locked until the caller's transaction ends, so concurrent appenders — threads of one
 * node or several nodes on the same database — take turns: each reads the head the previous one
 * committed, and sequence numbers and previous hashes never fork. A rolled-back change takes its
 * entry with it. The head's seal ({@link HeadSeal}) is extended with each entry.
 */
@Component
class AuditChain {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final HeadSeal seal;

    AuditChain(JdbcClient jdbc, Clock clock, HeadSeal seal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seal = seal;
    }

    /** Appends the event, joining the caller's transaction (or starting one when there is none). */
    @Transactional(propagation = Propagation.REQUIRED)
    public Entry append(AuditableEvent event) {
        Head head = jdbc.sql("select last_seq, last_hash, last_seal from audit_chain_head where id = 1 for update")
                .query((rs, n) ->
                        new Head(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getString("last_seal")))
                .single();
        long seq = head.lastSeq() + 1;
        Instant time = ChainHash.storable(clock.instant());
        String details = CanonicalJson.of(event.details());
        String actor = limit(event.actor(), 200);
        String action = limit(event.action(), 100);
        String subjectType = limit(event.subjectType(), 100);
        String subjectId = limit(event.subjectId(), 200);
        String hash = ChainHash.of(seq, time, actor, action, subjectType, subjectId, details, head.lastHash());
        jdbc.sql("""
                        insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id,
                                                 details, previous_hash, hash)
                        values (:seq, :time, :actor, :action, :subjectType, :subjectId, :details, :previousHash, :hash)
                        """)
                .param("seq", seq)
                .param("time", OffsetDateTime.ofInstant(time, ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("details", details)
                .param("previousHash", head.lastHash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash, last_seal = :seal where id = 1")
                .param("seq", seq)
                .param("hash", hash)
                .param("seal", seal.next(head.lastSeal(), seq, hash))
                .update();
        return new Entry(seq, time, actor, action, subjectType, subjectId, details, head.lastHash(), hash);
    }

    private static String limit(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }

    private record Head(
            long lastSeq, String lastHash, @Nullable String lastSeal) {}
}
