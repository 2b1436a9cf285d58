package jp.mamori.premises;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.RecordRowMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of removable media and disposals ({@code prm_medium*}, {@code prm_disposal}). */
@Repository
class MediaRepository {
    private static final String MEDIUM = "select id, label, kind, unit_id, encryption, holder_id, issued_on, state,"
            + " last_checked_on from prm_medium";
    private static final String DISPOSAL = "select id, asset_number, medium_id, unit_id, description, method,"
            + " carried_out_by, contractor, certificate_name, witness, disposed_on, recorded_by, approved_by, approved_at"
            + " from prm_disposal";

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Medium> media() {
        return jdbc.sql(MEDIUM + " order by label")
                .query(RecordRowMapper.of(Medium.class))
                .list();
    }

    Optional<Medium> medium(long id) {
        return jdbc.sql(MEDIUM + " where id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(Medium.class))
                .optional();
    }

    Optional<Medium> byLabel(String label) {
        return jdbc.sql(MEDIUM + " where label = :l")
                .param("l", label)
                .query(RecordRowMapper.of(Medium.class))
                .optional();
    }

    /**
     * Locks the medium's row until the transaction ends, so that two disposal records naming it are
     * never checked and written side by side (a partial unique index would say it, but H2 has none).
     */
    void lockMedium(long id) {
        jdbc.sql("select id from prm_medium where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** The disposal record naming the medium that still waits for approval, if there is one. */
    Optional<Long> pendingDisposal(long mediumId) {
        return jdbc.sql("select id from prm_disposal where medium_id = :m and approved_at is null"
                        + " order by id fetch first 1 rows only")
                .param("m", mediumId)
                .query(Long.class)
                .optional();
    }

    long insertMedium(
            String label, Medium.Kind kind, long unitId, String encryption, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_medium (label, kind, unit_id, encryption, state, created_at, created_by)
                        values (:l, :k, :u, :e, 'IN_STOCK', :now, :actor)
                        """)
                .param("l", label)
                .param("k", kind.name())
                .param("u", unitId)
                .param("e", encryption)
                .param("now", now)
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void holder(long id, @Nullable Long holderId, @Nullable LocalDate issuedOn, Medium.State state) {
        jdbc.sql("update prm_medium set holder_id = :h, issued_on = :d, state = :s where id = :id")
                .param("h", holderId)
                .param("d", issuedOn)
                .param("s", state.name())
                .param("id", id)
                .update();
    }

    void state(long id, Medium.State state) {
        jdbc.sql("update prm_medium set state = :s where id = :id")
                .param("s", state.name())
                .param("id", id)
                .update();
    }

    void check(
            long id, LocalDate day, boolean found, String note, Medium.State state, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        insert into prm_medium_check (medium_id, checked_on, found, note, checked_by, checked_at)
                        values (:id, :d, :f, :n, :actor, :now)
                        """)
                .param("id", id)
                .param("d", day)
                .param("f", found)
                .param("n", note)
                .param("actor", actor)
                .param("now", now)
                .update();
        jdbc.sql("update prm_medium set last_checked_on = :d, state = :s where id = :id")
                .param("d", day)
                .param("s", state.name())
                .param("id", id)
                .update();
    }

    List<Media.Check> checks(long id) {
        return jdbc.sql("select checked_on, found, note, checked_by from prm_medium_check where medium_id = :id"
                        + " order by checked_on desc, id desc")
                .param("id", id)
                .query((rs, n) -> new Media.Check(
                        rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    // --- disposals

    List<MediaDisposal> disposals() {
        return jdbc.sql(DISPOSAL + " order by disposed_on desc, id desc")
                .query(RecordRowMapper.of(MediaDisposal.class))
                .list();
    }

    Optional<MediaDisposal> disposal(long id) {
        return jdbc.sql(DISPOSAL + " where id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(MediaDisposal.class))
                .optional();
    }

    Set<String> disposedAssetNumbers() {
        return Set.copyOf(jdbc.sql("select distinct asset_number from prm_disposal where asset_number is not null")
                .query(String.class)
                .list());
    }

    long insertDisposal(
            MediaDisposal d, @Nullable String certificateType, byte @Nullable [] certificate, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_disposal (asset_number, medium_id, unit_id, description, method, carried_out_by,
                            contractor, certificate_name, certificate_type, certificate, witness, disposed_on,
                            recorded_by, recorded_at)
                        values (:a, :m, :u, :d, :method, :by, :contractor, :cname, :ctype, :cert, :w, :on, :actor, :now)
                        """)
                .param("a", d.assetNumber())
                .param("m", d.mediumId())
                .param("u", d.unitId())
                .param("d", d.description())
                .param("method", d.method().name())
                .param("by", d.carriedOutBy())
                .param("contractor", d.contractor())
                .param("cname", d.certificateName())
                .param("ctype", certificateType)
                .param("cert", certificate)
                .param("w", d.witness())
                .param("on", d.disposedOn())
                .param("actor", d.recordedBy())
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<CertificateFile> certificate(long disposalId) {
        return jdbc.sql("select certificate_name, certificate_type, certificate from prm_disposal"
                        + " where id = :id and certificate is not null")
                .param("id", disposalId)
                .query((rs, n) -> new CertificateFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Approves a record not yet approved; false when someone was first. */
    boolean approveDisposal(long id, String actor, OffsetDateTime now) {
        return jdbc.sql("update prm_disposal set approved_by = :actor, approved_at = :now"
                                + " where id = :id and approved_by is null")
                        .param("actor", actor)
                        .param("now", now)
                        .param("id", id)
                        .update()
                == 1;
    }
}
