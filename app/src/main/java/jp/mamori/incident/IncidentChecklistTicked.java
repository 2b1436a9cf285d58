package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.checklist-ticked}: a step of the emergency response plan is done. */
public record IncidentChecklistTicked(IncidentId incidentId, String actor, String stepKey, String title)
        implements IncidentEvent {
    @Override
    public String action() {
        return "incident.checklist-ticked";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("stepKey", stepKey, "title", title);
    }
}
