package jp.mamori.incident;

import jp.mamori.shared.InvalidInputException;

/**
 * How serious an incident is, set at triage: 1 (minor) to 4 (critical). Higher is worse, so "from
 * severity 3" in the escalation policy reads as 3 and 4.
 */
public record Severity(int level) implements Comparable<Severity> {
    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    public Severity {
        if (level < LOWEST || level > HIGHEST) {
            throw InvalidInputException.of("severity", "incident.error.severity.range");
        }
    }

    public static Severity of(int level) {
        return new Severity(level);
    }

    public boolean isAtLeast(Severity other) {
        return level >= other.level;
    }

    @Override
    public int compareTo(Severity other) {
        return Integer.compare(level, other.level);
    }

    public String messageKey() {
        return "incident.severity." + level;
    }

    @Override
    public String toString() {
        return Integer.toString(level);
    }
}
