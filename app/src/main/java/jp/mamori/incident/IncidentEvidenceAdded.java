package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.evidence-added}: a preserved file, named with its SHA-256. */
public record IncidentEvidenceAdded(IncidentId incidentId, String actor, String fileName, String sha256, long size)
        implements IncidentEvent {
    @Override
    public String action() {
        return "incident.evidence-added";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("fileName", fileName, "sha256", sha256, "size", size);
    }
}
