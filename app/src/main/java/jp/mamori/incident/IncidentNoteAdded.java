package jp.mamori.incident;

import java.util.Map;

/** Audit event {@code incident.note-added}: a note on the timeline. */
public record IncidentNoteAdded(IncidentId incidentId, String actor, String note) implements IncidentEvent {
    @Override
    public String action() {
        return "incident.note-added";
    }

    @Override
    public Map<String, String> details() {
        return EventDetails.of("note", note);
    }
}
