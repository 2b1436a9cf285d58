package jp.mamori.incident;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.shared.Role;

/**
 * Something that happened to an incident, recorded by the aggregate (or by the report module for the report's facts and exports) for the next layer to publish (audit trail, notifications). One record per step, named in the past tense, the details derived from its components.
 */
@AuditableEvent.SubjectType("incident")
public sealed interface IncidentEvent extends AuditableEvent {
    /** The incident it happened to. */
    IncidentId incidentId();

    /** Audit event {@code incident.checklist-ticked}: a step of the emergency response plan is done. */
    @AuditableEvent.Action("incident.checklist-ticked")
    record IncidentChecklistTicked(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String stepKey, String title)
            implements IncidentEvent {}

    /** Audit event {@code incident.closed}: closed with its cause and the recurrence-prevention measures. */
    @AuditableEvent.Action("incident.closed")
    record IncidentClosed(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String cause,
            String recurrencePrevention,
            String note)
            implements IncidentEvent {}

    /** Audit event {@code incident.closed-as-not-an-incident}: what was reported turned out not to be an incident. */
    @AuditableEvent.Action("incident.closed-as-not-an-incident")
    record IncidentClosedAsNotAnIncident(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String reason) implements IncidentEvent {}

    /** Audit event {@code incident.contained}: the damage stopped spreading (e.g. the PC taken off the network). */
    @AuditableEvent.Action("incident.contained")
    record IncidentContained(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {}

    /** Audit event {@code incident.eradicated}: the cause removed (malware cleaned, account closed, hole fixed). */
    @AuditableEvent.Action("incident.eradicated")
    record IncidentEradicated(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {}

    /** Audit event {@code incident.escalated}: the holders of a role were told, along the plan's escalation. */
    @AuditableEvent.Action("incident.escalated")
    record IncidentEscalated(
            @AuditableEvent.Subject IncidentId incidentId, String actor, int stage, Role role, String personIds)
            implements IncidentEvent {
        static IncidentEscalated of(IncidentId id, Escalation escalation) {
            return new IncidentEscalated(
                    id,
                    escalation.by(),
                    escalation.stage(),
                    escalation.role(),
                    escalation.people().stream()
                            .map(p -> Long.toString(p.personId()))
                            .collect(Collectors.joining(",")));
        }
    }

    /** Audit event {@code incident.evidence-added}: a preserved file, named with its SHA-256. */
    @AuditableEvent.Action("incident.evidence-added")
    record IncidentEvidenceAdded(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String fileName, String sha256, long size)
            implements IncidentEvent {}

    /** Audit event {@code incident.note-added}: a note on the timeline. */
    @AuditableEvent.Action("incident.note-added")
    record IncidentNoteAdded(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {}

    /** Audit event {@code incident.personal-data-revised}: the personal-data facts changed, and with them
     * possibly the statutory deadlines. */
    @AuditableEvent.Action("incident.personal-data-revised")
    record IncidentPersonalDataRevised(
            @AuditableEvent.Subject IncidentId incidentId, String actor, PersonalData personalData, String note)
            implements IncidentEvent {}

    /** Audit event {@code incident.recovered}: systems and work back to normal. */
    @AuditableEvent.Action("incident.recovered")
    record IncidentRecovered(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.report-exported}: someone downloaded the report to the 個人情報保護委員会
     * for an incident, as PDF or Excel. Reports carry personal-data facts, so who took one is recorded.
     *
     * @param format {@code pdf} or {@code xlsx}
     * @param reference the incident's 受付番号
     * @param channel {@code page} or {@code api}
     */
    @AuditableEvent.Action("incident.report-exported")
    record IncidentReportExported(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String format,
            String reference,
            String channel)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.report-facts-revised}: the facts kept for the report to the
     * 個人情報保護委員会 (発生日, personal-data items, secondary damage, response to the people,
     * publication …) were changed. The details hold each changed field with its new value (long texts
     * shortened), so the trail shows how the report grew.
     */
    @AuditableEvent.Action("incident.report-facts-revised")
    record IncidentReportFactsRevised(
            @AuditableEvent.Subject IncidentId incidentId, String actor, Map<String, String> details)
            implements IncidentEvent {
        public IncidentReportFactsRevised {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code incident.reported}: someone reported what they saw. */
    @AuditableEvent.Action("incident.reported")
    record IncidentReported(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String title,
            ThreatCategory threat,
            Instant discoveredAt,
            long reporterUnitId)
            implements IncidentEvent {}

    /** Audit event {@code incident.triaged}: confirmed as an incident, with severity and priority. */
    @AuditableEvent.Action("incident.triaged")
    record IncidentTriaged(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            Severity severity,
            Priority priority,
            String note)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.report-submitted}: the 速報 or the 確報 was recorded as submitted to
     * the 個人情報保護委員会, with when, how, the receipt number and the SHA-256 of the file sent.
     */
    @AuditableEvent.Action("incident.report-submitted")
    record IncidentReportSubmitted(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String kind,
            Instant submittedAt,
            String submittedBy,
            String channel,
            String receiptNumber,
            String fileName,
            String sha256,
            boolean late)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.closed-with-reports-outstanding}: the CISO closed an incident whose
     * due report was not recorded as submitted, with the reason for that decision.
     */
    @AuditableEvent.Action("incident.closed-with-reports-outstanding")
    record IncidentClosedWithReportsOutstanding(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String outstanding, String reason)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.people-notice-recorded}: a wave of 本人への通知 was recorded — the
     * persons concerned told (when, how, how many, which items), another measure taken because telling
     * them was not possible (why, which measure), or, for 行政機関等, telling withheld for 不開示情報 —
     * with the provision that allows it.
     */
    @AuditableEvent.Action("incident.people-notice-recorded")
    record IncidentPeopleNoticeRecorded(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            Regime regime,
            PeopleNotice.Way way,
            java.time.LocalDate doneOn,
            String method,
            int people,
            String items,
            String whyNot,
            String measure,
            String measureText,
            String provision)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.deadline-reminded}: the CSIRT, 統括 and CISO were reminded of a 速報 or
     * 確報 not recorded as submitted ({@code daysLeft} negative once overdue).
     */
    @AuditableEvent.Action("incident.deadline-reminded")
    record IncidentDeadlineReminded(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String kind,
            java.time.LocalDate dueOn,
            long daysLeft,
            String trigger,
            int people)
            implements IncidentEvent {}

    /** Audit event {@code incident.retriaged}: severity and priority set again, with the reason. */
    @AuditableEvent.Action("incident.retriaged")
    record IncidentRetriaged(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String severityBefore,
            Severity severity,
            String priorityBefore,
            Priority priority,
            String reason)
            implements IncidentEvent {}

    /** Audit event {@code incident.reopened}: a closed incident opened again, with the reason. */
    @AuditableEvent.Action("incident.reopened")
    record IncidentReopened(
            @AuditableEvent.Subject IncidentId incidentId, String actor, IncidentState closedAs, String reason)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.asset-linked}: an affected asset picked from the register, with its
     * classification as it read then.
     */
    @AuditableEvent.Action("incident.asset-linked")
    record IncidentAssetLinked(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String assetNumber,
            String assetName,
            String confidentiality,
            String integrity,
            String availability)
            implements IncidentEvent {}

    /**
     * Audit event {@code incident.report-assets-confirmed}: in the report form, the officer confirmed
     * the affected assets (those newly picked from the register, and all now linked) and the
     * personal-data facts, naming the facts where they departed from the register's suggestion.
     */
    @AuditableEvent.Action("incident.report-assets-confirmed")
    record IncidentReportAssetsConfirmed(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String assetsAdded,
            String assets,
            PersonalData suggested,
            PersonalData chosen,
            String overridden)
            implements IncidentEvent {}
}
