package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 和暦 text at the era boundaries, and the same answer when the day is asked again (it is kept). */
class WarekiTests {
    @Test
    void era_boundaries_and_the_first_year() {
        assertThat(Wareki.japanese(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(Wareki.japanese(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(Wareki.japanese(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(Wareki.japanese(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
        assertThat(Wareki.japanese(LocalDate.of(2026, 12, 6))).isEqualTo("令和8年12月6日");
    }

    @Test
    void a_day_asked_twice_reads_the_same() {
        LocalDate day = LocalDate.of(2027, 3, 31);
        assertThat(Wareki.japanese(day)).isEqualTo("令和9年3月31日").isEqualTo(Wareki.japanese(day));
        assertThat(Wareki.format(day, Locale.ENGLISH)).isEqualTo("31 Mar 2027");
        // a fiscal year is named by the era of its 1 April: FY2019 began under 平成
        assertThat(Wareki.fiscalYear(2019, Locale.JAPANESE)).isEqualTo("平成31年度");
        assertThat(Wareki.fiscalYear(2020, Locale.JAPANESE)).isEqualTo("令和2年度");
    }
}
