package jp.mamori.incident;

import java.util.UUID;

/**
 * Identifies an incident from the moment it is reported, before it is stored, so the first event
 * already names it. A human-friendly 受付番号 can be added by the persistence layer.
 */
public record IncidentId(UUID value) {
    public static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
