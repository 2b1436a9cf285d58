package jp.mamori.incident.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.incident.ChecklistTick;
import jp.mamori.incident.Closure;
import jp.mamori.incident.Escalation;
import jp.mamori.incident.Evidence;
import jp.mamori.incident.Incident;
import jp.mamori.incident.IncidentLine;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.IncidentState;
import jp.mamori.incident.IncidentSummary;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.Priority;
import jp.mamori.incident.ReportDeadlines;
import jp.mamori.incident.ReportingDecision;
import jp.mamori.incident.ReportingRule;
import jp.mamori.incident.Severity;
import jp.mamori.incident.StoredIncident;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.incident.TimelineEntry;
import jp.mamori.incident.Triage;
import org.jspecify.annotations.Nullable;

/** An incident as the REST API shows it: the report, the state, the response so far, and the deadlines. */
@Schema(name = "Incident")
record IncidentResource(
        String id,
        @Schema(description = "受付番号, e.g. 2026-0007") String reference,
        String title,
        String description,
        Instant discoveredAt,
        String discoveredBy,
        List<String> affectedAssets,
        ThreatCategory threat,
        long unitId,
        String reportedBy,
        String reporterName,
        Instant reportedAt,

        @Schema(description = "personal-data facts as known now")
        PersonalData personalData,

        IncidentState state,
        @Nullable Integer severity,
        @Nullable Priority priority,
        @Nullable String cause,
        @Nullable String recurrencePrevention,
        @Nullable String notAnIncidentReason,
        DecisionResource reporting,
        List<TimelineEntry> timeline,
        List<Evidence> evidence,
        List<Escalation> escalations,
        List<ChecklistTick> checklist) {

    static IncidentResource of(StoredIncident stored, ReportingDecision decision, LocalDate today) {
        Incident i = stored.incident();
        return new IncidentResource(
                i.id().toString(),
                stored.reference(),
                i.report().title(),
                i.report().description(),
                i.report().discoveredAt(),
                i.report().discoveredBy(),
                i.report().affectedAssets(),
                i.threat(),
                i.report().reporterUnitId(),
                i.reportedBy(),
                stored.reporterName(),
                i.reportedAt(),
                i.personalData(),
                i.state(),
                i.severity().map(Severity::level).orElse(null),
                i.triage().map(Triage::priority).orElse(null),
                i.closure().map(Closure::cause).orElse(null),
                i.closure().map(Closure::recurrencePrevention).orElse(null),
                i.notAnIncidentReason().orElse(null),
                DecisionResource.of(decision, today),
                i.timeline(),
                i.evidence(),
                i.escalations(),
                i.checklist());
    }

    /** Whether a report to the 個人情報保護委員会 is due, why (in Japanese, with the provision), and by when. */
    @Schema(name = "IncidentReporting")
    record DecisionResource(
            boolean reportDue,
            boolean notifyPeople,
            List<Reason> reasons,
            List<Reason> waivedByEncryption,
            @Nullable LocalDate discoveredOn,
            @Nullable LocalDate preliminaryReportDue,
            @Nullable LocalDate finalReportDue,
            @Nullable Long preliminaryDaysLeft,
            @Nullable Long finalDaysLeft) {
        static DecisionResource of(ReportingDecision decision, LocalDate today) {
            ReportDeadlines d = decision.deadlines();
            return new DecisionResource(
                    decision.reportDue(),
                    decision.notifyPeople(),
                    decision.reasons().stream().map(Reason::of).toList(),
                    decision.waivedByEncryption().stream().map(Reason::of).toList(),
                    d == null ? null : d.discoveredOn(),
                    d == null ? null : d.preliminaryReport(),
                    d == null ? null : d.finalReport(),
                    d == null ? null : IncidentService.daysBetween(today, d.preliminaryReport()),
                    d == null ? null : IncidentService.daysBetween(today, d.finalReport()));
        }
    }

    @Schema(name = "IncidentReportingReason")
    record Reason(String rule, String reason, String source) {
        static Reason of(ReportingRule rule) {
            return new Reason(rule.key(), rule.reason(), rule.source());
        }
    }

    /** One line of a list, with the countdown. */
    @Schema(name = "IncidentListItem")
    record Line(
            String id,
            String reference,
            String title,
            IncidentState state,
            @Nullable Integer severity,
            @Nullable Priority priority,
            long unitId,
            String unitName,
            String reportedBy,
            Instant discoveredAt,
            boolean reportDue,
            @Nullable Long preliminaryDaysLeft,
            @Nullable Long finalDaysLeft,
            boolean overdue) {
        static Line of(IncidentLine line) {
            IncidentSummary s = line.summary();
            return new Line(
                    s.id().toString(),
                    s.reference(),
                    s.title(),
                    s.state(),
                    s.severity() == null ? null : s.severity().level(),
                    s.priority(),
                    s.reporterUnitId(),
                    line.unitName(),
                    s.reportedBy(),
                    s.discoveredAt(),
                    line.decision().reportDue(),
                    line.preliminaryDaysLeft(),
                    line.finalDaysLeft(),
                    line.overdue());
        }
    }
}
