package jp.mamori.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code net_check_run}. */
@Repository
class NetcheckRunRepository {
    private static final String COLUMNS = """
            id, system_id, device, kind, file_name, file_sha256, file_size, model_version, state, progress, failure,
            findings, violations, previous_run_id, new_findings, fixed_findings, created_by, created_at, finished_at""";

    private final JdbcClient jdbc;

    NetcheckRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static NetcheckRun run(ResultSet rs, int n) throws SQLException {
        return new NetcheckRun(
                rs.getLong("id"),
                nullableLong(rs, "system_id"),
                rs.getString("device"),
                InputKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("file_sha256"),
                rs.getLong("file_size"),
                rs.getInt("model_version"),
                NetcheckRun.State.valueOf(rs.getString("state")),
                rs.getInt("progress"),
                rs.getString("failure"),
                nullableInt(rs, "findings"),
                nullableInt(rs, "violations"),
                nullableLong(rs, "previous_run_id"),
                nullableInt(rs, "new_findings"),
                nullableInt(rs, "fixed_findings"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }

    Optional<NetcheckRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from net_check_run where id = :id")
                .param("id", id)
                .query(NetcheckRunRepository::run)
                .optional();
    }

    /** The newest runs first, at most {@code limit}. */
    List<NetcheckRun> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from net_check_run order by id desc fetch first :l rows only")
                .param("l", limit)
                .query(NetcheckRunRepository::run)
                .list();
    }

    /** The last finished run of the same device and kind before this one. */
    Optional<NetcheckRun> previousDone(String device, InputKind kind, long beforeId) {
        return jdbc.sql("select " + COLUMNS + " from net_check_run where device = :d and kind = :k and id < :id"
                        + " and state = 'DONE' order by id desc fetch first 1 rows only")
                .param("d", device)
                .param("k", kind.name())
                .param("id", beforeId)
                .query(NetcheckRunRepository::run)
                .optional();
    }

    Optional<String> report(long id) {
        return jdbc.sql("select report from net_check_run where id = :id and report is not null")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    Optional<String> comparison(long id) {
        return jdbc.sql("select comparison from net_check_run where id = :id and comparison is not null")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    long insert(
            @Nullable Long systemId,
            String device,
            InputKind kind,
            String fileName,
            String sha256,
            long size,
            int modelVersion,
            String actor,
            OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into net_check_run (system_id, device, kind, file_name, file_sha256, file_size, model_version,
                    state, progress, created_by, created_at)
                values (:s, :d, :k, :f, :h, :z, :v, 'QUEUED', 0, :a, :t)""")
                .param("s", systemId)
                .param("d", device)
                .param("k", kind.name())
                .param("f", fileName)
                .param("h", sha256)
                .param("z", size)
                .param("v", modelVersion)
                .param("a", actor)
                .param("t", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void progress(long id, NetcheckRun.State state, int progress) {
        jdbc.sql("update net_check_run set state = :s, progress = :p where id = :id")
                .param("id", id)
                .param("s", state.name())
                .param("p", progress)
                .update();
    }

    void device(long id, String device) {
        jdbc.sql("update net_check_run set device = :d where id = :id")
                .param("id", id)
                .param("d", device)
                .update();
    }

    void done(
            long id,
            String report,
            int findings,
            int violations,
            @Nullable Long previous,
            int newFindings,
            int fixedFindings,
            String comparison,
            OffsetDateTime now) {
        jdbc.sql("""
                update net_check_run set state = 'DONE', progress = 100, report = :r, findings = :f, violations = :v,
                    previous_run_id = :p, new_findings = :n, fixed_findings = :x, comparison = :c, finished_at = :t
                where id = :id""")
                .param("id", id)
                .param("r", report)
                .param("f", findings)
                .param("v", violations)
                .param("p", previous)
                .param("n", newFindings)
                .param("x", fixedFindings)
                .param("c", comparison)
                .param("t", now)
                .update();
    }

    void failed(long id, String reason, OffsetDateTime now) {
        jdbc.sql("update net_check_run set state = 'FAILED', failure = :r, finished_at = :t where id = :id")
                .param("id", id)
                .param("r", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .param("t", now)
                .update();
    }

    /** Runs queued or running that were started before the moment. */
    List<Long> unfinishedBefore(OffsetDateTime before) {
        return jdbc.sql(
                        "select id from net_check_run where state in ('QUEUED', 'RUNNING') and created_at < :t order by id")
                .param("t", before)
                .query(Long.class)
                .list();
    }
}
