package jp.mamori.incident;

import java.time.Instant;
import java.util.List;
import jp.mamori.shared.Role;

/**
 * One escalation as recorded on an incident: the target role at its stage, and the people it reached
 * (none when nobody held the role that day, which the page shows as a gap to fix).
 *
 * @param people who was told, each with the name shown on the timeline
 */
public record Escalation(int stage, Role role, List<Recipient> people, String by, Instant at) {
    public Escalation {
        people = List.copyOf(people);
        if (stage < 1) {
            throw new IllegalArgumentException("escalation stages start at 1: " + stage);
        }
    }

    /** A person told of the incident. */
    public record Recipient(long personId, String name) {}
}
