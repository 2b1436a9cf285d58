package jp.mamori.incident;

import java.time.LocalDate;

/**
 * When the reports to the 個人情報保護委員会 are due, as dates; each is due by the end of that day
 * (Japan time). The people affected are told without delay, so that duty has no date of its own.
 *
 * <p>How days are counted (docs/incidents.md, "Deadlines and how days are counted"): the rules say
 * "within 30 days from the day the body learned of it" (施行規則 第8条第2項, 第44条第2項). Counted as
 * 民法 第140条 counts periods, the day of learning is left out and the 30th day is one day later than
 * when the day of learning is day 1, as the commission's guidance counts it. Where two readings
 * differ the product takes the earlier date (a report a day early is lawful, a day late is not), so
 * the day of learning is <strong>day 1</strong>: the N-day deadline is the (N−1)th day after it. The
 * 速報 ("速やかに", read by the commission as about 3 to 5 days) is counted the same way. Weekends and
 * holidays count, and a due date that falls on one is not moved.
 *
 * @param discoveredOn the day the body learned of the breach (Japan time): day 1 of every count
 * @param preliminaryReport 速報 due
 * @param finalReport 確報 due
 */
public record ReportDeadlines(LocalDate discoveredOn, LocalDate preliminaryReport, LocalDate finalReport) {
    public ReportDeadlines {
        if (preliminaryReport.isBefore(discoveredOn) || finalReport.isBefore(preliminaryReport)) {
            throw new IllegalArgumentException("deadlines out of order: discovered " + discoveredOn + ", 速報 "
                    + preliminaryReport + ", 確報 " + finalReport);
        }
    }

    /** The last day of a period of {@code days} days whose day 1 is the day of discovery. */
    static LocalDate day(LocalDate discoveredOn, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day: " + days);
        }
        return discoveredOn.plusDays(days - 1L);
    }

    /** The day the counting starts (起算日), which is day 1. */
    public LocalDate countedFrom() {
        return discoveredOn;
    }
}
