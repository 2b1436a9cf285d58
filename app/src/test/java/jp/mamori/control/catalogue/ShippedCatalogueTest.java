package jp.mamori.control.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.shared.Role;
import org.junit.jupiter.api.Test;

/** The catalogue mamori ships: complete, consistent, and readable back after export. */
class ShippedCatalogueTest {
    static CatalogueContent shipped() throws Exception {
        try (InputStream in = ShippedCatalogueTest.class.getResourceAsStream(ShippedCatalogue.RESOURCE)) {
            CatalogueFile.Reading reading = CatalogueFile.read(in);
            assertThat(reading.problems()).isEmpty();
            return reading.content();
        }
    }

    @Test
    void holds_between_150_and_250_measures_with_unique_ids() throws Exception {
        List<Measure> measures = shipped().measures();
        assertThat(measures).hasSizeBetween(150, 250);
        Set<String> ids = measures.stream().map(Measure::id).collect(Collectors.toSet());
        assertThat(ids).hasSameSizeAs(measures);
    }

    @Test
    void covers_the_nine_chapters_of_the_guideline_and_the_three_layers() throws Exception {
        CatalogueContent content = shipped();
        assertThat(content.chapters())
                .extracting(CatalogueContent.Heading::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        Set<String> used = content.measures().stream().map(Measure::chapter).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8", "9");
        Set<String> sectionsUsed =
                content.measures().stream().map(Measure::section).collect(Collectors.toSet());
        assertThat(sectionsUsed).contains("3.1", "3.2", "3.3", "7.4", "8.3");
    }

    @Test
    void every_role_is_one_of_the_role_catalogue() throws Exception {
        Set<Role> known = new HashSet<>(Arrays.asList(Role.values()));
        assertThat(shipped().measures()).allSatisfy(m -> assertThat(known).contains(m.role()));
    }

    @Test
    void every_iso_number_is_an_annex_a_control_of_2022() throws Exception {
        List<String> numbers = shipped().measures().stream()
                .flatMap(m -> m.iso27001().stream())
                .toList();
        assertThat(numbers)
                .isNotEmpty()
                .allSatisfy(n -> assertThat(IsoControl.isValid(n)).as(n).isTrue());
        assertThat(shipped().measures())
                .allSatisfy(m -> assertThat(m.iso27001()).as(m.id()).isNotEmpty());
    }

    @Test
    void the_annex_a_ranges_are_those_of_2022() {
        assertThat(IsoControl.isValid("A.5.37")).isTrue();
        assertThat(IsoControl.isValid("A.5.38")).isFalse();
        assertThat(IsoControl.isValid("A.6.8")).isTrue();
        assertThat(IsoControl.isValid("A.6.9")).isFalse();
        assertThat(IsoControl.isValid("A.7.14")).isTrue();
        assertThat(IsoControl.isValid("A.7.15")).isFalse();
        assertThat(IsoControl.isValid("A.8.34")).isTrue();
        assertThat(IsoControl.isValid("A.8.35")).isFalse();
        assertThat(IsoControl.isValid("A.9.1")).isFalse();
        assertThat(IsoControl.isValid("A.5.0")).isFalse();
    }

    @Test
    void every_measure_has_text_evidence_and_conditions_that_parse() throws Exception {
        assertThat(shipped().measures()).allSatisfy(m -> {
            assertThat(m.title()).isNotBlank();
            assertThat(m.statement()).isNotBlank();
            assertThat(m.evidence()).isNotBlank();
        });
        long conditional = shipped().measures().stream()
                .filter(m -> !m.appliesTo().always())
                .count();
        assertThat(conditional).isGreaterThan(50);
    }

    @Test
    void an_exported_catalogue_reads_back_the_same() throws Exception {
        CatalogueContent content = shipped();
        byte[] yaml = CatalogueFile.write(content);
        CatalogueFile.Reading again = CatalogueFile.read(new ByteArrayInputStream(yaml));
        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(content);
    }
}
