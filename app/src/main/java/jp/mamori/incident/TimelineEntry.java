package jp.mamori.incident;

import java.time.Instant;

/** One line of an incident's timeline: what was done, by whom (login), when, and the note given. */
public record TimelineEntry(IncidentStep step, String by, Instant at, String note) {
    public TimelineEntry {
        if (by.isBlank()) {
            throw new IllegalArgumentException("a timeline entry names who did it");
        }
        note = note.strip();
    }
}
