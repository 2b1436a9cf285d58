package jp.mamori.control.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a catalogue file: every problem names its line, and nothing is accepted with problems. */
class CatalogueFileTest {
    static final String HEAD = """
            catalogue:
              key: test
              title: テスト対策基準
            chapters:
              - {number: "6", title: 技術的セキュリティ}
            sections:
              - {number: "6.3", title: システム開発}
            measures:
            """;

    static CatalogueFile.Reading read(String measures) {
        return CatalogueFile.read(new ByteArrayInputStream((HEAD + measures).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_valid_measure_is_read_with_its_conditions() {
        CatalogueFile.Reading r = read("""
                  - id: 6.3.2
                    title: 環境の分離
                    statement: 開発と本番を分ける。
                    role: SYSTEM_ADMINISTRATOR
                    evidence: 構成図
                    frequency: ANNUAL
                    level: SYSTEM
                    appliesTo: {confidentiality: 3, zones: [MY_NUMBER]}
                    iso27001: [A.8.31]
                """);
        assertThat(r.problems()).isEmpty();
        Measure m = r.content().measures().get(0);
        assertThat(m.chapter()).isEqualTo("6");
        assertThat(m.section()).isEqualTo("6.3");
        assertThat(m.appliesTo().conditions())
                .containsExactly(
                        new Condition.ConfidentialityAtLeast(3),
                        new Condition.InZone(java.util.Set.of(ZoneKind.MY_NUMBER)));
    }

    @Test
    void bad_role_iso_number_and_condition_name_the_line_of_the_measure() {
        CatalogueFile.Reading r = read("""
                  - id: 6.3.1
                    title: a
                    statement: b
                    role: SYSTEM_ADMINISTRATOR
                    frequency: ANNUAL
                    iso27001: [A.8.31]
                  - id: 6.3.2
                    title: 環境の分離
                    statement: 開発と本番を分ける。
                    role: WIZARD
                    frequency: ANNUAL
                    appliesTo: {zone: [MY_NUMBER]}
                    iso27001: [A.8.35]
                """);
        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).extracting(CatalogueFile.Problem::line).containsOnly(15);
        assertThat(r.problems())
                .extracting(CatalogueFile.Problem::field)
                .containsExactlyInAnyOrder("role", "appliesTo.zone", "iso27001");
    }

    @Test
    void duplicate_ids_and_unknown_sections_are_problems() {
        CatalogueFile.Reading r = read("""
                  - {id: 6.3.1, title: a, statement: b, role: STAFF, frequency: ANNUAL, iso27001: [A.8.31]}
                  - {id: 6.3.1, title: a, statement: b, role: STAFF, frequency: ANNUAL, iso27001: [A.8.31]}
                  - {id: 6.4.1, title: a, statement: b, role: STAFF, frequency: ANNUAL, iso27001: [A.8.7]}
                """);
        assertThat(r.problems())
                .extracting(CatalogueFile.Problem::messageKey)
                .containsExactlyInAnyOrder("control.import.error.duplicate", "control.import.error.noSection");
        assertThat(r.problems()).extracting(CatalogueFile.Problem::line).containsExactlyInAnyOrder(10, 11);
    }

    @Test
    void not_adopted_needs_a_reason() {
        CatalogueFile.Reading r = read("""
                  - {id: 6.3.1, title: a, statement: b, role: STAFF, frequency: ANNUAL, iso27001: [A.8.31], adopted: false}
                """);
        assertThat(r.problems()).extracting(CatalogueFile.Problem::field).containsExactly("notAdoptedReason");
    }

    @Test
    void broken_yaml_is_unreadable_with_its_line() {
        assertThatThrownBy(() -> read("  - id: 6.3.1\n    title: [unclosed\n"))
                .isInstanceOf(CatalogueFile.Unreadable.class)
                .satisfies(e -> assertThat(((CatalogueFile.Unreadable) e).line).isGreaterThan(8));
    }
}
