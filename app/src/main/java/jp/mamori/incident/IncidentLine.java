package jp.mamori.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * One incident in a list with its statutory countdown as of today: the days left to the 速報 and the
 * 確報 (negative once past), while the incident is open and a report is due.
 *
 * @param preliminaryDaysLeft days to the 速報's due date, or null when none is due
 * @param finalDaysLeft days to the 確報's due date, or null when none is due
 */
public record IncidentLine(
        IncidentSummary summary,
        ReportingDecision decision,
        String unitName,
        @Nullable Long preliminaryDaysLeft,
        @Nullable Long finalDaysLeft) {

    static IncidentLine of(IncidentSummary summary, ReportingDecision decision, LocalDate today, String unitName) {
        ReportDeadlines deadlines = decision.deadlines();
        if (deadlines == null || summary.state().isClosed()) {
            return new IncidentLine(summary, decision, unitName, null, null);
        }
        return new IncidentLine(
                summary,
                decision,
                unitName,
                ChronoUnit.DAYS.between(today, deadlines.preliminaryReport()),
                ChronoUnit.DAYS.between(today, deadlines.finalReport()));
    }

    public @Nullable DeadlineCountdown preliminaryCountdown() {
        return DeadlineCountdown.of(preliminaryDaysLeft);
    }

    public @Nullable DeadlineCountdown finalCountdown() {
        return DeadlineCountdown.of(finalDaysLeft);
    }

    /** A deadline has passed and the incident is still open. */
    public boolean overdue() {
        return (preliminaryDaysLeft != null && preliminaryDaysLeft < 0) || (finalDaysLeft != null && finalDaysLeft < 0);
    }
}
