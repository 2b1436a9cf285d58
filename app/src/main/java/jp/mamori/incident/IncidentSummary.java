package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of an incident list: what the list shows and what the deadlines need. */
public record IncidentSummary(
        IncidentId id,
        String reference,
        String reporterName,
        String title,
        ThreatCategory threat,
        IncidentState state,
        @Nullable Severity severity,
        @Nullable Priority priority,
        String reportedBy,
        Instant reportedAt,
        Instant discoveredAt,
        long reporterUnitId,
        PersonalData personalData) {

    public LocalDate discoveredOn() {
        return LocalDate.ofInstant(discoveredAt, Incident.JAPAN);
    }
}
