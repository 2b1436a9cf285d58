package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scheme catalogue: both schemes load whole, levels parse as people type them, the setting picks one. */
class ClassificationCatalogueTest {
    private final ClassificationCatalogue catalogue =
            new ClassificationCatalogue(ClassificationCatalogue.load(), "R5-03");
    private final ClassificationScheme r5 = catalogue.scheme("R5-03").orElseThrow();
    private final ClassificationScheme r6 = catalogue.scheme("R6-10").orElseThrow();

    @Test
    void the_default_scheme_has_three_confidentiality_levels_and_two_for_integrity_and_availability() {
        assertThat(catalogue.active().id()).isEqualTo("R5-03");
        assertThat(r5.codes(Axis.CONFIDENTIALITY)).containsExactly("3", "2", "1");
        assertThat(r5.codes(Axis.INTEGRITY)).containsExactly("2", "1");
        assertThat(r5.codes(Axis.AVAILABILITY)).containsExactly("2", "1");
    }

    @Test
    void the_2024_scheme_has_five_municipal_confidentiality_levels_most_sensitive_first() {
        assertThat(r6.codes(Axis.CONFIDENTIALITY)).containsExactly("3A", "3B", "3C", "2", "1");
        assertThat(r6.levels(Axis.CONFIDENTIALITY).get(0).label()).isEqualTo("自治体機密性3A");
        assertThat(r6.codes(Axis.INTEGRITY)).containsExactly("2", "1");
    }

    @Test
    void every_level_has_a_definition_in_both_languages_and_handling_in_matching_counts() {
        for (ClassificationScheme scheme : catalogue.all()) {
            for (Axis axis : Axis.values()) {
                for (ClassLevel level : scheme.levels(axis)) {
                    assertThat(level.definition()).as(level.label()).isNotBlank();
                    assertThat(level.definition(Locale.ENGLISH))
                            .as(level.label())
                            .isNotBlank();
                    assertThat(level.handling()).as(level.label()).hasSameSizeAs(level.handlingEn());
                }
            }
        }
    }

    @Test
    void the_top_confidentiality_levels_carry_more_handling_than_the_lowest() {
        ClassLevel c3 = r5.require(Axis.CONFIDENTIALITY, "3");
        ClassLevel c2 = r5.require(Axis.CONFIDENTIALITY, "2");
        assertThat(c3.handling()).hasSizeGreaterThan(c2.handling().size());
        assertThat(c3.handling()).anyMatch(h -> h.contains("私物"));
        assertThat(c2.handling()).noneMatch(h -> h.contains("私物"));
        assertThat(c3.handling()).anyMatch(h -> h.contains("復元できない"));
    }

    @Test
    void only_confidentiality_3_or_3A_and_3B_must_stay_off_the_internet_zone() {
        assertThat(r5.levels(Axis.CONFIDENTIALITY).stream().filter(ClassLevel::keepOffInternet))
                .extracting(ClassLevel::code)
                .containsExactly("3");
        assertThat(r6.levels(Axis.CONFIDENTIALITY).stream().filter(ClassLevel::keepOffInternet))
                .extracting(ClassLevel::code)
                .containsExactly("3A", "3B");
    }

    @Test
    void levels_parse_from_labels_bare_codes_and_full_width_forms() {
        assertThat(r5.parse(Axis.CONFIDENTIALITY, "機密性3")).map(ClassLevel::code).contains("3");
        assertThat(r5.parse(Axis.CONFIDENTIALITY, "３")).map(ClassLevel::code).contains("3");
        assertThat(r5.parse(Axis.CONFIDENTIALITY, " 機密性２ "))
                .map(ClassLevel::code)
                .contains("2");
        assertThat(r5.parse(Axis.INTEGRITY, "完全性2")).map(ClassLevel::code).contains("2");
        assertThat(r5.parse(Axis.AVAILABILITY, "1")).map(ClassLevel::code).contains("1");
        assertThat(r6.parse(Axis.CONFIDENTIALITY, "自治体機密性3A"))
                .map(ClassLevel::code)
                .contains("3A");
        assertThat(r6.parse(Axis.CONFIDENTIALITY, "３ｂ")).map(ClassLevel::code).contains("3B");
        assertThat(r6.parse(Axis.CONFIDENTIALITY, "機密性3C"))
                .map(ClassLevel::code)
                .contains("3C");
    }

    @Test
    void a_level_of_the_other_scheme_or_axis_does_not_parse() {
        assertThat(r5.parse(Axis.CONFIDENTIALITY, "3A")).isEmpty();
        assertThat(r6.parse(Axis.CONFIDENTIALITY, "3")).isEmpty();
        assertThat(r5.parse(Axis.INTEGRITY, "3")).isEmpty();
        assertThat(r5.parse(Axis.INTEGRITY, "可用性2")).isEmpty();
        assertThat(r5.parse(Axis.CONFIDENTIALITY, "")).isEmpty();
    }

    @Test
    void the_setting_selects_the_2024_scheme() {
        ClassificationCatalogue chosen = new ClassificationCatalogue(new AssetSettings("R6-10", null));
        assertThat(chosen.active().id()).isEqualTo("R6-10");
    }

    @Test
    void an_unknown_scheme_in_the_setting_stops_with_the_known_ids() {
        assertThatThrownBy(() -> new ClassificationCatalogue(new AssetSettings("R9-99", null)))
                .hasMessageContaining("R9-99")
                .hasMessageContaining("R5-03")
                .hasMessageContaining("R6-10");
    }

    @Test
    void a_catalogue_that_repeats_a_level_is_refused() {
        String yaml = """
                schemes:
                  - id: X
                    name: x
                    nameEn: x
                    levels:
                      CONFIDENTIALITY:
                        - {code: "1", label: a, rank: 1, keepOffInternet: false, definition: d, definitionEn: d}
                        - {code: "1", label: b, rank: 2, keepOffInternet: false, definition: d, definitionEn: d}
                      INTEGRITY:
                        - {code: "1", label: c, rank: 1, keepOffInternet: false, definition: d, definitionEn: d}
                      AVAILABILITY:
                        - {code: "1", label: e, rank: 1, keepOffInternet: false, definition: d, definitionEn: d}
                """;
        assertThatThrownBy(() ->
                        ClassificationCatalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("repeats");
    }
}
