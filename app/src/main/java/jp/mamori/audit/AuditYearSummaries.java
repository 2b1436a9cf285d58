package jp.mamori.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.audit.engagement.AuditSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What audits and self-inspections came to in one fiscal year (April to March), for the committee's
 * yearly report: the findings by severity and status, the corrective actions opened that year and
 * overdue today, and each unit's self-inspection results. The face for other modules: no access check
 * (the caller shows it within its own rules), nothing is changed.
 */
@Service
public class AuditYearSummaries {
    private final JdbcClient jdbc;
    private final InspectionRepository inspections;
    private final Clock clock;
    private final AuditSettings settings;

    AuditYearSummaries(JdbcClient jdbc, InspectionRepository inspections, Clock clock, AuditSettings settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.inspections = inspections;
        this.clock = clock;
    }

    /** Where a finding stands. */
    public enum FindingStatus {
        /** The report is not final yet (fieldwork or the draft with the units). */
        IN_REPORT,
        /** Its corrective action is open. */
        OPEN,
        /** The unit reported the fix; the auditor has not verified it yet. */
        AWAITING_VERIFICATION,
        /** Verified and closed. */
        CLOSED,
        /** Withdrawn, with the reason kept. */
        WITHDRAWN;

        public String messageKey() {
            return "aud.year.findingStatus." + name();
        }
    }

    /** How many findings of that severity stand so. */
    public record FindingCount(String severity, FindingStatus status, long count) {}

    /**
     * One unit's answers in one campaign of the year: questions, answers by result, unanswered, and
     * whether (when) it submitted.
     */
    public record UnitResult(
            long inspectionId,
            String inspectionTitle,
            long unitId,
            String unitCode,
            String unitName,
            int questions,
            int implemented,
            int partial,
            int notImplemented,
            int notApplicable,
            int unanswered,
            boolean submitted,
            @org.jspecify.annotations.Nullable OffsetDateTime submittedAt) {}

    /**
     * The year's figures as of {@code asOf}.
     *
     * @param findings findings of the engagements that start in the year, counted by severity (the
     *     body's order) and status; a finding's status follows its own corrective action
     * @param overdueActions corrective actions opened in the year, still owed and past their due date
     * @param selfInspections each unit of each campaign of the year, campaigns in order, units by code
     */
    public record YearSummary(
            int fiscalYear,
            LocalDate asOf,
            List<FindingCount> findings,
            List<CorrectiveAction> overdueActions,
            List<UnitResult> selfInspections) {
        public YearSummary {
            findings = List.copyOf(findings);
            overdueActions = List.copyOf(overdueActions);
            selfInspections = List.copyOf(selfInspections);
        }

        /** The findings counted, withdrawn ones left out. */
        public long findingTotal() {
            return findings.stream()
                    .filter(c -> c.status() != FindingStatus.WITHDRAWN)
                    .mapToLong(FindingCount::count)
                    .sum();
        }
    }

    /** The summary of the fiscal year (2026 for 令和8年度) as of today. */
    @Transactional(readOnly = true)
    public YearSummary ofFiscalYear(int fiscalYear) {
        return ofFiscalYear(fiscalYear, LocalDate.now(clock));
    }

    /**
     * The summary of the fiscal year with the corrective actions overdue on {@code today} (the yearly
     * report's as-of day); findings and answers are counted as they stand.
     */
    @Transactional(readOnly = true)
    public YearSummary ofFiscalYear(int fiscalYear, LocalDate today) {
        LocalDate start = LocalDate.of(fiscalYear, 4, 1);
        LocalDate end = start.plusYears(1);
        OffsetDateTime from = start.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime to = end.atStartOfDay(clock.getZone()).toOffsetDateTime();
        return new YearSummary(
                fiscalYear,
                today,
                findings(start, end),
                inspections.overdueOpenedBetween(from, to, today),
                units(fiscalYear));
    }

    private List<FindingCount> findings(LocalDate start, LocalDate end) {
        return jdbc
                .sql("""
                        select severity, status, count(*) n from (
                            select f.severity,
                                case when f.withdrawn_at is not null then 'WITHDRAWN'
                                     when e.state <> 'FINAL' or a.id is null then 'IN_REPORT'
                                     when a.state = 'CLOSED' then 'CLOSED'
                                     when a.state = 'DONE' then 'AWAITING_VERIFICATION'
                                     when a.state = 'WITHDRAWN' then 'WITHDRAWN'
                                     else 'OPEN' end status
                            from aud_finding f
                            join aud_engagement e on e.id = f.engagement_id
                            left join aud_action a on a.finding_id = f.id and a.unit_id = f.unit_id
                            where e.start_date >= :start and e.start_date < :end
                        ) x group by severity, status order by severity, status
                        """)
                .param("start", start)
                .param("end", end)
                .query((rs, n) -> new FindingCount(
                        rs.getString("severity"), FindingStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingInt((FindingCount c) -> rank(c.severity()))
                        .thenComparing(FindingCount::status))
                .toList();
    }

    /** The severity's place in the body's order, most serious first; levels no longer configured last. */
    private int rank(String severity) {
        int i = settings.severities().indexOf(severity);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private List<UnitResult> units(int fiscalYear) {
        return jdbc.sql("""
                        select i.id inspection_id, i.title, u.id unit_id, u.code, u.name, iu.submitted_at,
                            count(q.id) questions,
                            sum(case when q.result = 'IMPLEMENTED' then 1 else 0 end) implemented,
                            sum(case when q.result = 'PARTIAL' then 1 else 0 end) partial,
                            sum(case when q.result = 'NOT_IMPLEMENTED' then 1 else 0 end) not_implemented,
                            sum(case when q.result = 'NOT_APPLICABLE' then 1 else 0 end) not_applicable,
                            sum(case when q.id is not null and q.result is null then 1 else 0 end) unanswered
                        from aud_inspection i
                        join aud_inspection_unit iu on iu.inspection_id = i.id
                        join org_unit u on u.id = iu.unit_id
                        left join aud_question q on q.inspection_id = i.id and q.unit_id = iu.unit_id
                        where i.fiscal_year = :y and i.state <> 'DRAFT'
                        group by i.id, i.title, u.id, u.code, u.name, iu.submitted_at
                        order by i.id, u.code
                        """)
                .param("y", fiscalYear)
                .query((rs, n) -> new UnitResult(
                        rs.getLong("inspection_id"),
                        rs.getString("title"),
                        rs.getLong("unit_id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getInt("questions"),
                        rs.getInt("implemented"),
                        rs.getInt("partial"),
                        rs.getInt("not_implemented"),
                        rs.getInt("not_applicable"),
                        rs.getInt("unanswered"),
                        rs.getObject("submitted_at", OffsetDateTime.class) != null,
                        rs.getObject("submitted_at", OffsetDateTime.class)))
                .list();
    }
}
