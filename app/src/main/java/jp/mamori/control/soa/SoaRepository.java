package jp.mamori.control.soa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.control.ImplementationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded statement-of-applicability entries in {@code ctl_soa_entry}. */
@Repository
class SoaRepository {
    private final JdbcClient jdbc;

    SoaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry recorded for the scope, by measure id. */
    Map<String, SoaEntry> entries(String scopeKey) {
        Map<String, SoaEntry> out = new LinkedHashMap<>();
        jdbc.sql("select * from ctl_soa_entry where scope_key = :s")
                .param("s", scopeKey)
                .query((rs, n) -> entry(rs))
                .list()
                .forEach(e -> out.put(e.measureId(), e));
        return out;
    }

    /** Every entry recorded for the measure, in any scope. */
    List<SoaEntry> forMeasure(String measureId) {
        return jdbc.sql("select * from ctl_soa_entry where measure_id = :m order by scope_key")
                .param("m", measureId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** How many evidence files the measure has in each scope (unit or system) that has any. */
    Map<String, Long> evidenceCounts(String measureId) {
        Map<String, Long> out = new java.util.HashMap<>();
        jdbc.sql("select scope_key, count(*) as files from ctl_soa_evidence where measure_id = :m group by scope_key")
                .param("m", measureId)
                .query(rs -> {
                    out.put(rs.getString("scope_key"), rs.getLong("files"));
                });
        return out;
    }

    Optional<SoaEntry> find(String scopeKey, String measureId) {
        return jdbc.sql("select * from ctl_soa_entry where scope_key = :s and measure_id = :m")
                .param("s", scopeKey)
                .param("m", measureId)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    void save(SoaEntry e) {
        int updated = jdbc.sql("""
                        update ctl_soa_entry set status = :status, responsible = :responsible, last_checked = :last,
                            next_check = :next, note = :note, na_state = :na, na_reason = :reason,
                            na_requested_by = :requestedBy, na_decided_by = :decidedBy, updated_by = :by,
                            updated_at = :at
                        where scope_key = :scope and measure_id = :measure
                        """).params(params(e)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into ctl_soa_entry (scope_key, measure_id, status, responsible, last_checked,
                                next_check, note, na_state, na_reason, na_requested_by, na_decided_by, updated_by,
                                updated_at)
                            values (:scope, :measure, :status, :responsible, :last, :next, :note, :na, :reason,
                                :requestedBy, :decidedBy, :by, :at)
                            """).params(params(e)).update();
        }
    }

    private static Map<String, Object> params(SoaEntry e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("scope", e.scopeKey());
        p.put("measure", e.measureId());
        p.put("status", e.status().name());
        p.put("responsible", e.responsible());
        p.put("last", e.lastChecked());
        p.put("next", e.nextCheck());
        p.put("note", e.note());
        p.put("na", e.notApplicable().name());
        p.put("reason", e.naReason());
        p.put("requestedBy", e.naRequestedBy());
        p.put("decidedBy", e.naDecidedBy());
        p.put("by", e.updatedBy());
        p.put("at", e.updatedAt());
        return p;
    }

    private static SoaEntry entry(ResultSet rs) throws SQLException {
        return new SoaEntry(
                rs.getString("scope_key"),
                rs.getString("measure_id"),
                ImplementationStatus.valueOf(rs.getString("status")),
                rs.getString("responsible"),
                rs.getObject("last_checked", LocalDate.class),
                rs.getObject("next_check", LocalDate.class),
                rs.getString("note"),
                SoaEntry.NotApplicable.valueOf(rs.getString("na_state")),
                rs.getString("na_reason"),
                rs.getString("na_requested_by"),
                rs.getString("na_decided_by"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
