package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.contained}: the damage stopped spreading (e.g. the PC taken off the network). */
public record IncidentContained(IncidentId incidentId, String actor, String note) implements IncidentEvent {
    @Override
    public String action() {
        return "incident.contained";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("note", note);
    }
}
