package jp.mamori.incident;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.shared.Role;

/**
 * Something that happened to an incident, recorded by the aggregate (or by the report module for the report's facts and exports) for the next layer to publish (audit trail, notifications). One record per step, named in the past tense, the details derived from its components.
 */
public sealed interface IncidentEvent extends AuditableEvent {
    /** The incident it happened to. */
    IncidentId incidentId();

    @Override
    default String subjectType() {
        return "incident";
    }

    /** A copy of the changes an event carries, in their order and unmodifiable. */
    private static Map<String, String> frozen(Map<String, String> details) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Audit event {@code incident.checklist-ticked}: a step of the emergency response plan is done. */
    record IncidentChecklistTicked(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String stepKey, String title)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.checklist-ticked";
        }
    }

    /** Audit event {@code incident.closed}: closed with its cause and the recurrence-prevention measures. */
    record IncidentClosed(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String cause,
            String recurrencePrevention,
            String note)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.closed";
        }
    }

    /** Audit event {@code incident.closed-as-not-an-incident}: what was reported turned out not to be an incident. */
    record IncidentClosedAsNotAnIncident(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String reason) implements IncidentEvent {
        @Override
        public String action() {
            return "incident.closed-as-not-an-incident";
        }
    }

    /** Audit event {@code incident.contained}: the damage stopped spreading (e.g. the PC taken off the network). */
    record IncidentContained(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.contained";
        }
    }

    /** Audit event {@code incident.eradicated}: the cause removed (malware cleaned, account closed, hole fixed). */
    record IncidentEradicated(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.eradicated";
        }
    }

    /** Audit event {@code incident.escalated}: the holders of a role were told, along the plan's escalation. */
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

        @Override
        public String action() {
            return "incident.escalated";
        }
    }

    /** Audit event {@code incident.evidence-added}: a preserved file, named with its SHA-256. */
    record IncidentEvidenceAdded(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String fileName, String sha256, long size)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.evidence-added";
        }
    }

    /** Audit event {@code incident.note-added}: a note on the timeline. */
    record IncidentNoteAdded(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.note-added";
        }
    }

    /** Audit event {@code incident.personal-data-revised}: the personal-data facts changed, and with them
     * possibly the statutory deadlines. */
    record IncidentPersonalDataRevised(
            @AuditableEvent.Subject IncidentId incidentId, String actor, PersonalData personalData, String note)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.personal-data-revised";
        }
    }

    /** Audit event {@code incident.recovered}: systems and work back to normal. */
    record IncidentRecovered(@AuditableEvent.Subject IncidentId incidentId, String actor, String note)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.recovered";
        }
    }

    /**
     * Audit event {@code incident.report-exported}: someone downloaded the report to the 個人情報保護委員会
     * for an incident, as PDF or Excel. Reports carry personal-data facts, so who took one is recorded.
     *
     * @param format {@code pdf} or {@code xlsx}
     * @param reference the incident's 受付番号
     * @param channel {@code page} or {@code api}
     */
    record IncidentReportExported(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String format,
            String reference,
            String channel)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.report-exported";
        }
    }

    /**
     * Audit event {@code incident.report-facts-revised}: the facts kept for the report to the
     * 個人情報保護委員会 (発生日, personal-data items, secondary damage, response to the people,
     * publication …) were changed. The details hold each changed field with its new value (long texts
     * shortened), so the trail shows how the report grew.
     */
    record IncidentReportFactsRevised(
            @AuditableEvent.Subject IncidentId incidentId, String actor, Map<String, String> details)
            implements IncidentEvent {
        public IncidentReportFactsRevised {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "incident.report-facts-revised";
        }
    }

    /** Audit event {@code incident.reported}: someone reported what they saw. */
    record IncidentReported(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String title,
            ThreatCategory threat,
            Instant discoveredAt,
            long reporterUnitId)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.reported";
        }
    }

    /** Audit event {@code incident.triaged}: confirmed as an incident, with severity and priority. */
    record IncidentTriaged(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            Severity severity,
            Priority priority,
            String note)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.triaged";
        }
    }

    /**
     * Audit event {@code incident.report-submitted}: the 速報 or the 確報 was recorded as submitted to
     * the 個人情報保護委員会, with when, how, the receipt number and the SHA-256 of the file sent.
     */
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
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.report-submitted";
        }
    }

    /**
     * Audit event {@code incident.closed-with-reports-outstanding}: the CISO closed an incident whose
     * due report was not recorded as submitted, with the reason for that decision.
     */
    record IncidentClosedWithReportsOutstanding(
            @AuditableEvent.Subject IncidentId incidentId, String actor, String outstanding, String reason)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.closed-with-reports-outstanding";
        }
    }

    /**
     * Audit event {@code incident.people-notice-recorded}: a wave of 本人への通知 was recorded — the
     * persons concerned told (when, how, how many, which items), another measure taken because telling
     * them was not possible (why, which measure), or, for 行政機関等, telling withheld for 不開示情報 —
     * with the provision that allows it.
     */
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
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.people-notice-recorded";
        }
    }

    /**
     * Audit event {@code incident.deadline-reminded}: the CSIRT, 統括 and CISO were reminded of a 速報 or
     * 確報 not recorded as submitted ({@code daysLeft} negative once overdue).
     */
    record IncidentDeadlineReminded(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String kind,
            java.time.LocalDate dueOn,
            long daysLeft,
            String trigger,
            int people)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.deadline-reminded";
        }
    }

    /** Audit event {@code incident.retriaged}: severity and priority set again, with the reason. */
    record IncidentRetriaged(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String severityBefore,
            Severity severity,
            String priorityBefore,
            Priority priority,
            String reason)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.retriaged";
        }
    }

    /** Audit event {@code incident.reopened}: a closed incident opened again, with the reason. */
    record IncidentReopened(
            @AuditableEvent.Subject IncidentId incidentId, String actor, IncidentState closedAs, String reason)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.reopened";
        }
    }

    /**
     * Audit event {@code incident.asset-linked}: an affected asset picked from the register, with its
     * classification as it read then.
     */
    record IncidentAssetLinked(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String assetNumber,
            String assetName,
            String confidentiality,
            String integrity,
            String availability)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.asset-linked";
        }
    }

    /**
     * Audit event {@code incident.report-assets-confirmed}: in the report form, the officer confirmed
     * the affected assets (those newly picked from the register, and all now linked) and the
     * personal-data facts, naming the facts where they departed from the register's suggestion.
     */
    record IncidentReportAssetsConfirmed(
            @AuditableEvent.Subject IncidentId incidentId,
            String actor,
            String assetsAdded,
            String assets,
            PersonalData suggested,
            PersonalData chosen,
            String overridden)
            implements IncidentEvent {
        @Override
        public String action() {
            return "incident.report-assets-confirmed";
        }
    }
}
