package jp.mamori.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one formatter for dates shown to people: 和暦 in Japanese ({@code 令和6年4月1日}, with
 * {@code 元年} for the first year of an era), ISO 8601 otherwise. The API and exports always use
 * ISO 8601 and do not come here.
 */
public final class Wareki {
    private static final java.util.Map<JapaneseEra, String> ERA_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Wareki() {}

    /** Formats for the reader's language; an empty string for no date. */
    public static String format(@Nullable LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (!"ja".equals(locale.getLanguage())) {
            return date.format(ENGLISH);
        }
        return japanese(date);
    }

    /** 和暦 text such as 令和6年4月1日 or 令和元年5月1日. */
    public static String japanese(LocalDate date) {
        String known = JAPANESE_DATES.get(date);
        if (known != null) {
            return known;
        }
        if (JAPANESE_DATES.size() > 20_000) {
            JAPANESE_DATES.clear();
        }
        String text = japaneseText(date);
        JAPANESE_DATES.put(date, text);
        return text;
    }

    // Converting to the Japanese calendar costs microseconds (era tables, locale data); a list page
    // shows fifty dates, mostly the same few hundred days. Kept per day, bounded.
    private static final java.util.Map<LocalDate, String> JAPANESE_DATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String japaneseText(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        JapaneseEra era = jd.getEra();
        int year = jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String eraName = eraName(era);
        String yearText = year == 1 ? "元" : Integer.toString(year);
        return eraName + yearText + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The era's name (令和), looked up once per era: the lookup reads locale data, and a list page asks per row. */
    private static String eraName(JapaneseEra era) {
        return ERA_NAMES.computeIfAbsent(era, e -> e.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN));
    }

    /** The fiscal year (April to March) that contains the day: 2026 for 2027-03-31 and for 2026-04-01. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /**
     * A fiscal year for the reader: 令和8年度 (元年度 in an era's first year, the era of its 1 April) in
     * Japanese, FY2026 otherwise.
     */
    public static String fiscalYear(int fiscalYear, Locale locale) {
        if (!"ja".equals(locale.getLanguage())) {
            return "FY" + fiscalYear;
        }
        JapaneseDate jd = JapaneseDate.from(LocalDate.of(fiscalYear, 4, 1));
        int year = jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String eraName = eraName(jd.getEra());
        return eraName + (year == 1 ? "元" : Integer.toString(year)) + "年度";
    }
}
