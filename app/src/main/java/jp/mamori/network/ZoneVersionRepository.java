package jp.mamori.network;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code net_zone_version}. */
@Repository
class ZoneVersionRepository {
    private final JdbcClient jdbc;

    ZoneVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every column, the hash under its record's name. */
    private static final String VERSION = "select v.*, v.content_sha256 as sha256 from net_zone_version v";

    List<ZoneVersion> all() {
        return jdbc.sql(VERSION + " order by number desc")
                .query(RecordRowMapper.of(ZoneVersion.class))
                .list();
    }

    Optional<ZoneVersion> byNumber(int number) {
        return jdbc.sql(VERSION + " where number = :n")
                .param("n", number)
                .query(RecordRowMapper.of(ZoneVersion.class))
                .optional();
    }

    Optional<ZoneVersion> inState(ZoneVersionState... states) {
        List<String> names = java.util.Arrays.stream(states).map(Enum::name).toList();
        return jdbc.sql(VERSION + " where state in (:s) order by number desc fetch first 1 rows only")
                .param("s", names)
                .query(RecordRowMapper.of(ZoneVersion.class))
                .optional();
    }

    int nextNumber() {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from net_zone_version")
                .query(Integer.class)
                .single();
    }

    void insert(int number, String content, String sha256, String note, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into net_zone_version (number, state, content, content_sha256, note, created_by, created_at,
                    updated_by, updated_at)
                values (:n, 'DRAFT', :c, :h, :note, :a, :t, :a, :t)""")
                .param("n", number)
                .param("c", content)
                .param("h", sha256)
                .param("note", note)
                .param("a", actor)
                .param("t", now)
                .update();
    }

    void updateDraft(int number, String content, String sha256, String note, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update net_zone_version set content = :c, content_sha256 = :h, note = :note, updated_by = :a,
                    updated_at = :t, decided_by = null, decided_at = null
                where number = :n and state = 'DRAFT'""")
                .param("n", number)
                .param("c", content)
                .param("h", sha256)
                .param("note", note)
                .param("a", actor)
                .param("t", now)
                .update();
    }

    void submit(int number, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update net_zone_version set state = 'IN_APPROVAL', submitted_by = :a, submitted_at = :t
                where number = :n and state = 'DRAFT'""").param("n", number).param("a", actor).param("t", now).update();
    }

    void decide(int number, ZoneVersionState to, String actor, String comment, OffsetDateTime now) {
        jdbc.sql("""
                update net_zone_version set state = :s, decided_by = :a, decided_at = :t, decision = :c
                where number = :n and state = 'IN_APPROVAL'""")
                .param("n", number)
                .param("s", to.name())
                .param("a", actor)
                .param("c", comment)
                .param("t", now)
                .update();
    }

    void supersede(int exceptNumber) {
        jdbc.sql("update net_zone_version set state = 'SUPERSEDED' where state = 'IN_FORCE' and number <> :n")
                .param("n", exceptNumber)
                .update();
    }
}
