package jp.mamori.audittrail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the chain: filtered pages for people, ordered batches for verification. */
@Component
public class AuditEntries {
    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of entries matching the filter, newest first, and the number of all matches. */
    @Transactional(readOnly = true)
    public Page<Entry> find(AuditFilter filter, int page, int size) {
        Where where = where(filter);
        long total = jdbc.sql("select count(*) from audit_entry" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Entry> entries = jdbc.sql(
                        "select * from audit_entry" + where.sql() + " order by seq desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AuditEntries::entry)
                .list();
        return new Page<>(entries, page, size, total);
    }

    /** How many entries up to and including {@code lastSeq} match the filter. */
    @Transactional(readOnly = true)
    public long count(AuditFilter filter, long lastSeq) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from audit_entry" + where.sql() + " and seq <= :last")
                .params(where.params())
                .param("last", lastSeq)
                .query(Long.class)
                .single();
    }

    /**
     * The next batch of an export: up to {@code size} entries matching the filter with a sequence
     * number at most {@code atMost}, newest first. The export asks again below the last one it got.
     */
    @Transactional(readOnly = true)
    public List<Entry> batch(AuditFilter filter, long atMost, int size) {
        Where where = where(filter);
        return jdbc.sql("select * from audit_entry" + where.sql() + " and seq <= :atMost order by seq desc limit :size")
                .params(where.params())
                .param("atMost", atMost)
                .param("size", size)
                .query(AuditEntries::entry)
                .list();
    }

    /** The logins, actions and kinds of thing that occur in the trail, for the filter's lists. */
    @Transactional(readOnly = true)
    public List<String> distinct(String column) {
        if (!List.of("actor", "action", "subject_type").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select distinct " + column + " from audit_entry order by " + column)
                .query(String.class)
                .list();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        filter.fromInstant().ifPresent(from -> {
            where.append(" and occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        });
        filter.untilInstant().ifPresent(until -> {
            where.append(" and occurred_at < :until");
            params.put("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
        });
        text(filter.actor()).ifPresent(actor -> {
            where.append(" and actor = :actor");
            params.put("actor", actor);
        });
        text(filter.action()).ifPresent(action -> {
            // "person" finds person.created, person.changed …; "person.created" finds exactly that
            where.append(" and (action = :action or action like :actionPrefix)");
            params.put("action", action);
            params.put("actionPrefix", escapeLike(action) + ".%");
        });
        text(filter.subjectType()).ifPresent(type -> {
            where.append(" and subject_type = :subjectType");
            params.put("subjectType", type);
        });
        text(filter.subjectId()).ifPresent(id -> {
            where.append(" and subject_id = :subjectId");
            params.put("subjectId", id);
        });
        return new Where(where.toString(), params);
    }

    /** Up to {@code limit} entries after the given sequence number, in chain order. */
    List<Entry> after(long seq, int limit) {
        return new ArrayList<>(jdbc.sql("select * from audit_entry where seq > :seq order by seq limit :limit")
                .param("seq", seq)
                .param("limit", limit)
                .query(AuditEntries::entry)
                .list());
    }

    /** The sequence number, hash and seal the chain head records for the last entry. */
    ChainHead head() {
        return jdbc.sql("select last_seq, last_hash, last_seal from audit_chain_head where id = 1")
                .query((rs, n) ->
                        new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash"), rs.getString("last_seal")))
                .single();
    }

    /** The sequence number of the last entry of the chain (0 when it is empty), for an export's extent. */
    @Transactional(readOnly = true)
    public long lastSeq() {
        return head().lastSeq();
    }

    /** The hash of entry {@code seq}, when there is such an entry. */
    Optional<String> hashOf(long seq) {
        return jdbc.sql("select hash from audit_entry where seq = :seq")
                .param("seq", seq)
                .query(String.class)
                .optional();
    }

    /** When the first entry was written, if there is one. */
    Optional<Entry> first() {
        return jdbc.sql("select * from audit_entry order by seq limit 1")
                .query(AuditEntries::entry)
                .optional();
    }

    record ChainHead(
            long lastSeq,
            String lastHash,
            @org.jspecify.annotations.Nullable String lastSeal) {}

    static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("details"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
