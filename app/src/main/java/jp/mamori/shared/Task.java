package jp.mamori.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing waiting for a person, as a {@link TaskSource} reports it.
 *
 * @param kind a stable dotted name of what is to be done, such as {@code policy.approval} or
 *     {@code incident.preliminary-report}; the home module's messages name it ({@code home.kind.<kind>})
 *     and the API returns it as it is
 * @param subject what it is about, in the record's own words (a document title, an incident's
 *     reference and title)
 * @param dueOn the day it is due, or null when it has no due date
 * @param link the page in mamori where it is done, such as {@code /incidents/12}
 */
public record Task(String kind, String subject, @Nullable LocalDate dueOn, String link) {
    public Task {
        if (kind.isBlank()) {
            throw new IllegalArgumentException("a task needs a kind");
        }
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a task links inside mamori: " + link);
        }
    }
}
