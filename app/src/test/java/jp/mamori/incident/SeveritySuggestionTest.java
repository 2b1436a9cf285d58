package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.asset.AssetSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The severity the affected assets' class suggests: the highest level among C, I and A. */
class SeveritySuggestionTest {
    static AssetSummary asset(String number, String c, String i, String a) {
        return new AssetSummary(number, "資産" + number, 1L, c, i, a, false);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(textBlock = """
            機密性1,        完全性1, 可用性1, 1
            機密性2,        完全性1, 可用性1, 2
            機密性3,        完全性2, 可用性1, 3
            自治体機密性3A, 完全性1, 可用性1, 3
            自治体機密性3C, 完全性1, 可用性1, 3
            機密性1,        完全性2, 可用性2, 2
            """)
    void the_highest_class_of_an_asset_is_the_suggested_severity(String c, String i, String a, int expected) {
        assertThat(SeveritySuggestion.of(List.of(asset("IA-000001", c, i, a))))
                .hasValueSatisfying(s -> assertThat(s.severity()).isEqualTo(Severity.of(expected)));
    }

    @Test
    void among_several_assets_the_highest_one_decides_and_is_named() {
        var suggestion = SeveritySuggestion.of(List.of(
                        asset("IA-000001", "機密性2", "完全性1", "可用性1"), asset("IA-000002", "自治体機密性3B", "完全性2", "可用性2")))
                .orElseThrow();
        assertThat(suggestion.severity()).isEqualTo(Severity.of(3));
        assertThat(suggestion.asset()).isEqualTo("IA-000002");
        assertThat(suggestion.label()).isEqualTo("自治体機密性3B");
    }

    @Test
    void no_asset_or_no_readable_class_suggests_nothing() {
        assertThat(SeveritySuggestion.of(List.of())).isEmpty();
        assertThat(SeveritySuggestion.of(List.of(asset("IA-000003", "", "", ""))))
                .isEmpty();
    }
}
