package jp.mamori.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The evidence files of self-inspection answers ({@code aud_answer_file}) and corrective actions
 * ({@code aud_action_file}): append-only, the content beside its description.
 */
@Repository
class EvidenceStore {
    /** Which table: the answers' or the actions'. */
    enum Owner {
        ANSWER("aud_answer_file", "question_id"),
        ACTION("aud_action_file", "action_id");

        final String table;
        final String column;

        Owner(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean has(Owner owner, long ownerId, String sha256) {
        return jdbc.sql("select count(*) from " + owner.table + " where " + owner.column + " = :o and sha256 = :h")
                        .param("o", ownerId)
                        .param("h", sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(
            Owner owner, long ownerId, @Nullable String stage, EvidenceUpload file, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        String stageColumn = owner == Owner.ACTION ? ", stage" : "";
        String stageValue = owner == Owner.ACTION ? ", :st" : "";
        var st = jdbc.sql("insert into " + owner.table + " (" + owner.column + stageColumn
                        + ", file_name, content_type, sha256, size_bytes, added_by, added_at, content)"
                        + " values (:o" + stageValue + ", :n, :t, :h, :s, :by, :at, :c)")
                .param("o", ownerId)
                .param("n", file.fileName())
                .param("t", file.contentType())
                .param("h", file.sha256())
                .param("s", file.content().length)
                .param("by", actor)
                .param("at", now)
                .param("c", file.content());
        if (owner == Owner.ACTION) {
            st = st.param("st", stage);
        }
        st.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The files of these owners (questions or actions), oldest first. */
    List<EvidenceFile> list(Owner owner, List<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + columns(owner) + " from " + owner.table + " where " + owner.column
                        + " in (:o) order by id")
                .param("o", ownerIds)
                .query((rs, n) -> file(owner, rs))
                .list();
    }

    /** The file's description and content, when it belongs to one of these owners. */
    Optional<Map.Entry<EvidenceFile, byte[]>> content(Owner owner, List<Long> ownerIds, long fileId) {
        if (ownerIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + columns(owner) + ", content from " + owner.table + " where id = :f and "
                        + owner.column + " in (:o)")
                .param("f", fileId)
                .param("o", ownerIds)
                .query((rs, n) -> Map.entry(file(owner, rs), rs.getBytes("content")))
                .optional();
    }

    private static String columns(Owner owner) {
        return "id, " + owner.column + " owner_id, " + (owner == Owner.ACTION ? "stage" : "null stage")
                + ", file_name, content_type, sha256, size_bytes, added_by, added_at";
    }

    private static EvidenceFile file(Owner owner, ResultSet rs) throws SQLException {
        return new EvidenceFile(
                rs.getLong("id"),
                rs.getLong("owner_id"),
                rs.getString("stage"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class));
    }
}
