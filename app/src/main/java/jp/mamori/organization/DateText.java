package jp.mamori.organization;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in spreadsheets: {@code 2024-04-01}, {@code 2024/4/1}, {@code 2024.4.1},
 * {@code 令和6年4月1日} (also {@code 令和元年}), {@code R6.4.1} / {@code R06/04/01} / {@code H31.4.30},
 * with full-width digits and letters allowed. A date that does not exist (2月30日, 平成32年) is refused.
 */
public final class DateText {
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern WESTERN_KANJI = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ERA_KANJI = Pattern.compile("(明治|大正|昭和|平成|令和)(\\d{1,2}|元)年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ERA_LETTER =
            Pattern.compile("([MTSHRmtshr])(\\d{1,2}|元)[./-](\\d{1,2})[./-](\\d{1,2})");
    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "明治", JapaneseEra.MEIJI,
            "大正", JapaneseEra.TAISHO,
            "昭和", JapaneseEra.SHOWA,
            "平成", JapaneseEra.HEISEI,
            "令和", JapaneseEra.REIWA,
            "M", JapaneseEra.MEIJI,
            "T", JapaneseEra.TAISHO,
            "S", JapaneseEra.SHOWA,
            "H", JapaneseEra.HEISEI,
            "R", JapaneseEra.REIWA);

    private DateText() {}

    /** The date, or empty when the text is not a date in one of the accepted forms. */
    public static Optional<LocalDate> parse(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(" ", "");
        try {
            Matcher m = WESTERN.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            m = WESTERN_KANJI.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            m = ERA_KANJI.matcher(s);
            if (!m.matches()) {
                m = ERA_LETTER.matcher(s);
                if (!m.matches()) {
                    return Optional.empty();
                }
            }
            JapaneseEra era = ERAS.get(m.group(1).toUpperCase(java.util.Locale.ROOT));
            int year = "元".equals(m.group(2)) ? 1 : num(m.group(2));
            LocalDate date = LocalDate.from(JapaneseDate.of(era, year, num(m.group(3)), num(m.group(4))));
            // JapaneseDate accepts 平成32年 (= 令和2年); an official would not write it, so refuse it
            return JapaneseDate.from(date).getEra().equals(era) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
