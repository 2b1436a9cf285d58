package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.closed-as-not-an-incident}: what was reported turned out not to be an incident. */
public record IncidentClosedAsNotAnIncident(IncidentId incidentId, String actor, String reason)
        implements IncidentEvent {
    @Override
    public String action() {
        return "incident.closed-as-not-an-incident";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("reason", reason);
    }
}
