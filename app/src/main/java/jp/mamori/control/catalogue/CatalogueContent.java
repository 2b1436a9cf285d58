package jp.mamori.control.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The content of one catalogue version, as its YAML file holds it: heading, chapters, sections and
 * measures in file order.
 */
public record CatalogueContent(
        String key,
        String title,
        String basis,
        List<Heading> chapters,
        List<Heading> sections,
        List<Measure> measures) {
    /** A chapter or section: its number and title. */
    public record Heading(String number, String title) {}

    public CatalogueContent {
        chapters = List.copyOf(chapters);
        sections = List.copyOf(sections);
        measures = List.copyOf(measures);
    }

    Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
