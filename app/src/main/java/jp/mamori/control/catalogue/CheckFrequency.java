package jp.mamori.control.catalogue;

import java.time.LocalDate;
import java.util.Optional;

/** How often a measure is checked (点検頻度); the next check date follows from the last one. */
public enum CheckFrequency {
    CONTINUOUS(1),
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    ANNUAL(12),
    /** When the thing it governs changes (体制・構成の変更時). */
    ON_CHANGE(12),
    /** When the event happens (持出し、廃棄、インシデント …); checked at least yearly. */
    ON_EVENT(12);

    private final int months;

    CheckFrequency(int months) {
        this.months = months;
    }

    /** The next check after one on the given day. */
    public Optional<LocalDate> nextAfter(LocalDate checked) {
        return Optional.of(checked.plusMonths(months));
    }

    public String messageKey() {
        return "control.frequency." + name();
    }
}
