package jp.mamori.incident;

import java.util.regex.Pattern;

/**
 * One step of the body's emergency response plan (緊急時対応計画), shown on every incident as a
 * checklist item to tick.
 *
 * @param key stable identifier (lower-case ASCII, digits and hyphens), unique in the plan; ticks on
 *     incidents refer to it, so it is never reused for a step with another meaning
 * @param phase the response step the item belongs to (REPORT for first actions, then TRIAGE,
 *     CONTAIN, ERADICATE, RECOVER, CLOSE)
 * @param title what to do, in one line
 * @param description how, or whom to call; may be empty
 */
public record PlanStep(String key, IncidentStep phase, String title, String description) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public PlanStep {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a plan step key is lower-case ASCII, digits and hyphens: " + key);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("a plan step needs a title");
        }
        title = title.strip();
        description = description.strip();
    }
}
