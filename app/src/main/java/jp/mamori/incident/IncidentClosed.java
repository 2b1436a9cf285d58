package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.closed}: closed with its cause and the recurrence-prevention measures. */
public record IncidentClosed(
        IncidentId incidentId, String actor, String cause, String recurrencePrevention, String note)
        implements IncidentEvent {
    @Override
    public String action() {
        return "incident.closed";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("cause", cause, "recurrencePrevention", recurrencePrevention, "note", note);
    }
}
