package jp.mamori.incident;

import java.time.Instant;
import java.util.Map;

/** Audit event {@code incident.reported}: someone reported what they saw. */
public record IncidentReported(
        IncidentId incidentId,
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

    @Override
    public Map<String, String> details() {
        return EventDetails.of(
                "title", title, "threat", threat, "discoveredAt", discoveredAt, "reporterUnitId", reporterUnitId);
    }
}
