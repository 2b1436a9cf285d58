package jp.mamori.incident;

import java.time.LocalDate;

/**
 * When the reports to the 個人情報保護委員会 are due, as dates; each is due by the end of that day
 * (Japan time). The people affected are told without delay, so that duty has no date of its own.
 *
 * <p>Days are counted as the 民法 (第140条) counts periods given in days: the day of discovery is not
 * counted, and the period ends after the given number of calendar days. Weekends and holidays count,
 * and a due date that falls on one is not moved. Because the count is in days, not months, month and
 * year ends need no special case: 30 days from 1月30日 is 3月1日 (2月29日 in a leap year).
 *
 * @param discoveredOn the day the body learned of the breach (Japan time)
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

    /** The due date {@code days} calendar days after the day of discovery (that day itself not counted). */
    static LocalDate daysAfter(LocalDate discoveredOn, int days) {
        return discoveredOn.plusDays(days);
    }
}
