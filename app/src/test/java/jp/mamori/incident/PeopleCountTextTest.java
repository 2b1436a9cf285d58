package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number of people concerned reads as a count when it is small and as an estimate from ten on. */
class PeopleCountTextTest {
    private final CommissionReport.Texts ja = ReportTexts.japanese();

    @Test
    void a_small_count_has_no_approximately_and_a_large_one_does_on_the_page_and_in_the_report() {
        for (String key : new String[] {"incident.page.people", "incident.report.people.count"}) {
            assertThat(ja.get(key, 1)).as(key).isEqualTo("1人");
            assertThat(ja.get(key, 9)).as(key).isEqualTo("9人");
            assertThat(ja.get(key, 10)).as(key).isEqualTo("約10人");
            assertThat(ja.get(key, 1234)).as(key).isEqualTo("約1,234人");
        }
    }
}
