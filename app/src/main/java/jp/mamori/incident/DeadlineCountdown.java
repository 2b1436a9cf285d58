package jp.mamori.incident;

import org.jspecify.annotations.Nullable;

/**
 * How a statutory deadline reads wherever it is shown (the incident list, the incident page):
 * past it, 「13日超過」 in red; on the day, 「本日期限」 in amber; before it, 「あと3日」. One wording and
 * one colour, so a reader never meets 「あと-13日」.
 *
 * @param days days from today to the due date, negative once past
 */
public record DeadlineCountdown(long days) {
    /** The countdown, or null when no deadline runs (none due, or the incident is closed). */
    public static @Nullable DeadlineCountdown of(@Nullable Long days) {
        return days == null ? null : new DeadlineCountdown(days);
    }

    public boolean overdue() {
        return days < 0;
    }

    /** The message key; its one argument is {@link #count()}. */
    public String messageKey() {
        if (days < 0) {
            return "incident.deadline.overdue";
        }
        return days == 0 ? "incident.deadline.today" : "incident.deadline.daysLeft";
    }

    /** The number of days the text names, never negative. */
    public long count() {
        return Math.abs(days);
    }

    /** The badge class: red when overdue, amber on the day, none before. */
    public String badgeClass() {
        if (days < 0) {
            return "badge badge--error";
        }
        return days == 0 ? "badge badge--warn" : "";
    }
}
