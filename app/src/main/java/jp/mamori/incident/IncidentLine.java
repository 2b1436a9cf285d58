package jp.mamori.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One incident in a list with its statutory countdown as of today: the days left to the 速報 and the
 * 確報 (negative once past), while the incident is open, a report is due and that report is not
 * recorded as submitted (the countdown stops at submission).
 *
 * @param preliminaryDaysLeft days to the 速報's due date, or null when none runs
 * @param finalDaysLeft days to the 確報's due date, or null when none runs
 */
public record IncidentLine(
        IncidentSummary summary,
        ReportingDecision decision,
        String unitName,
        @Nullable Long preliminaryDaysLeft,
        @Nullable Long finalDaysLeft) {

    /** A report is 「期限が近い」 from this many days before its due date (the first reminder). */
    public static final int SOON_DAYS = 2;

    static IncidentLine of(IncidentSummary summary, ReportingDecision decision, LocalDate today, String unitName) {
        return of(summary, decision, today, unitName, Set.of());
    }

    static IncidentLine of(
            IncidentSummary summary,
            ReportingDecision decision,
            LocalDate today,
            String unitName,
            Set<ReportSubmission.Kind> submitted) {
        ReportDeadlines deadlines = decision.deadlines();
        if (deadlines == null || summary.state().isClosed()) {
            return new IncidentLine(summary, decision, unitName, null, null);
        }
        return new IncidentLine(
                summary,
                decision,
                unitName,
                submitted.contains(ReportSubmission.Kind.PRELIMINARY)
                        ? null
                        : ChronoUnit.DAYS.between(today, deadlines.preliminaryReport()),
                submitted.contains(ReportSubmission.Kind.FINAL)
                        ? null
                        : ChronoUnit.DAYS.between(today, deadlines.finalReport()));
    }

    public @Nullable DeadlineCountdown preliminaryCountdown() {
        return DeadlineCountdown.of(preliminaryDaysLeft);
    }

    public @Nullable DeadlineCountdown finalCountdown() {
        return DeadlineCountdown.of(finalDaysLeft);
    }

    /** A deadline of a report not yet submitted has passed and the incident is still open. */
    public boolean overdue() {
        return (preliminaryDaysLeft != null && preliminaryDaysLeft < 0) || (finalDaysLeft != null && finalDaysLeft < 0);
    }

    /** A report not yet submitted is due within {@link #SOON_DAYS} days (today included), none overdue. */
    public boolean dueSoon() {
        return !overdue() && (soon(preliminaryDaysLeft) || soon(finalDaysLeft));
    }

    /** The incident is open and a due report is not recorded as submitted. */
    public boolean unsubmitted() {
        return preliminaryDaysLeft != null || finalDaysLeft != null;
    }

    private static boolean soon(@Nullable Long days) {
        return days != null && days >= 0 && days <= SOON_DAYS;
    }

    /** The list filters of the incident list (「期限が近い」「期限超過」「未提出」). */
    public enum DeadlineFilter {
        ALL,
        SOON,
        OVERDUE,
        UNSUBMITTED;

        public boolean keeps(IncidentLine line) {
            return switch (this) {
                case ALL -> true;
                case SOON -> line.dueSoon();
                case OVERDUE -> line.overdue();
                case UNSUBMITTED -> line.unsubmitted();
            };
        }

        public String messageKey() {
            return "incident.filter." + name();
        }
    }
}
