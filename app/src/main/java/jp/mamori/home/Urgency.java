package jp.mamori.home;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How pressing a task is on a day: past its due date, due within the soon window
 * ({@code mamori.home.soon-days}, 7 by default, the due day itself included), or later (also a
 * task without a due date). The order of the constants is the order of the list.
 */
public enum Urgency {
    OVERDUE,
    DUE_SOON,
    LATER;

    static Urgency of(@Nullable LocalDate dueOn, LocalDate today, int soonDays) {
        if (dueOn == null) {
            return LATER;
        }
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(soonDays)) ? LATER : DUE_SOON;
    }

    /** The message key of the urgency's label. */
    public String messageKey() {
        return "home.urgency." + name();
    }
}
