package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.recovered}: systems and work back to normal. */
public record IncidentRecovered(IncidentId incidentId, String actor, String note) implements IncidentEvent {
    @Override
    public String action() {
        return "incident.recovered";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("note", note);
    }
}
