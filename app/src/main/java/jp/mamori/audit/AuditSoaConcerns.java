package jp.mamori.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.control.SoaConcerns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the audit module tells the statement of applicability ({@link SoaConcerns}):
 *
 * <ul>
 *   <li>for a unit, each finding about it (from the draft report on) whose corrective action for the
 *       unit is not closed, and each 横展開 of a finding to the unit while its action is open;
 *   <li>for a unit, the latest submitted self-inspection answer of each measure when it was 未実施 or
 *       一部 — until the corrective action a 未実施 answer opened is closed, or a later answer differs;
 *   <li>for an information system, each finding of an audit with the system in scope whose action is
 *       not closed (self-inspections ask units, not systems).
 * </ul>
 *
 * <p>Withdrawn findings and withdrawn actions do not count.
 */
@Component
class AuditSoaConcerns implements SoaConcerns {
    private final JdbcClient jdbc;

    AuditSoaConcerns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Concern> ofUnit(long unitId) {
        List<Concern> out = new ArrayList<>(unitFindings(unitId));
        out.addAll(answers(unitId));
        return out;
    }

    @Override
    public List<Concern> ofSystem(long systemId) {
        return systemFindings(systemId);
    }

    private List<Concern> unitFindings(long unitId) {
        return jdbc.sql("""
                        select f.id, f.measure_id, f.severity from aud_finding f
                        join aud_engagement e on e.id = f.engagement_id
                        left join aud_action a on a.finding_id = f.id and a.unit_id = :u
                        where e.state in ('DRAFT_ISSUED', 'FINAL') and f.withdrawn_at is null
                          and (f.unit_id = :u or a.id is not null)
                          and (a.id is null or a.state in ('OPEN', 'DONE'))
                        order by f.id
                        """)
                .param("u", unitId)
                .query((rs, n) -> finding(rs.getLong("id"), rs.getString("measure_id"), rs.getString("severity")))
                .list();
    }

    private List<Concern> systemFindings(long systemId) {
        return jdbc.sql("""
                        select f.id, f.measure_id, f.severity from aud_finding f
                        join aud_engagement e on e.id = f.engagement_id
                        where e.state in ('DRAFT_ISSUED', 'FINAL') and f.withdrawn_at is null
                          and exists (select 1 from aud_engagement_system s
                                      where s.engagement_id = e.id and s.system_id = :s)
                          and not exists (select 1 from aud_action a where a.finding_id = f.id
                                          and a.unit_id = f.unit_id and a.state in ('CLOSED', 'WITHDRAWN'))
                        order by f.id
                        """)
                .param("s", systemId)
                .query((rs, n) -> finding(rs.getLong("id"), rs.getString("measure_id"), rs.getString("severity")))
                .list();
    }

    private static Concern finding(long id, String measureId, String severity) {
        return new Concern(measureId, Kind.FINDING, "F-" + id, severity, "/findings/" + id);
    }

    /** The latest submitted answer per measure, kept when 未実施 (action not closed) or 一部. */
    private List<Concern> answers(long unitId) {
        Map<String, Concern> latest = new LinkedHashMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        jdbc.sql("""
                        select q.id, q.inspection_id, q.measure_id, q.result, i.title, a.state action_state
                        from aud_question q
                        join aud_inspection i on i.id = q.inspection_id
                        join aud_inspection_unit iu on iu.inspection_id = q.inspection_id and iu.unit_id = q.unit_id
                        left join aud_action a on a.question_id = q.id
                        where q.unit_id = :u and q.measure_id is not null and iu.submitted_at is not null
                        order by iu.submitted_at desc, q.inspection_id desc, q.id
                        """).param("u", unitId).query(rs -> {
            String measure = rs.getString("measure_id");
            if (seen.putIfAbsent(measure, Boolean.TRUE) != null) {
                return;
            }
            String result = rs.getString("result");
            String action = rs.getString("action_state");
            boolean failed = "PARTIAL".equals(result)
                    || "NOT_IMPLEMENTED".equals(result)
                            && (action == null || action.equals("OPEN") || action.equals("DONE"));
            if (failed) {
                long inspection = rs.getLong("inspection_id");
                latest.put(
                        measure,
                        new Concern(
                                measure,
                                Kind.SELF_INSPECTION,
                                rs.getString("title"),
                                result,
                                "/self-inspections/" + inspection + "/units/" + unitId + "#q-" + rs.getLong("id")));
            }
        });
        return List.copyOf(latest.values());
    }
}
