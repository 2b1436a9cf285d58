package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.eradicated}: the cause removed (malware cleaned, account closed, hole fixed). */
public record IncidentEradicated(IncidentId incidentId, String actor, String note) implements IncidentEvent {
    @Override
    public String action() {
        return "incident.eradicated";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("note", note);
    }
}
