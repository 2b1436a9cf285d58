package jp.mamori.incident;

import jp.mamori.shared.AuditableEvent;

/**
 * Something that happened to an incident, recorded by the aggregate for the next layer to publish
 * (audit trail, notifications). One record per step, named in the past tense.
 */
public sealed interface IncidentEvent extends AuditableEvent
        permits IncidentReported,
                IncidentTriaged,
                IncidentContained,
                IncidentEradicated,
                IncidentRecovered,
                IncidentClosed,
                IncidentClosedAsNotAnIncident,
                IncidentNoteAdded,
                IncidentEvidenceAdded,
                IncidentPersonalDataRevised,
                IncidentEscalated,
                IncidentChecklistTicked {

    IncidentId incidentId();

    @Override
    default String subjectType() {
        return "incident";
    }

    @Override
    default String subjectId() {
        return incidentId().toString();
    }
}
