package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.triaged}: confirmed as an incident, with severity and priority. */
public record IncidentTriaged(IncidentId incidentId, String actor, Severity severity, Priority priority, String note)
        implements IncidentEvent {
    @Override
    public String action() {
        return "incident.triaged";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("severity", severity, "priority", priority, "note", note);
    }
}
