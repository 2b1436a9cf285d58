package jp.mamori.control.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.shared.Role;
import jp.mamori.shared.UnreadableFileException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and writes a catalogue version as YAML (schema in docs/controls.md). Reading streams the
 * measures one by one and collects every problem with the line it starts on, so an import can name
 * each bad line and write nothing; a file that is not YAML at all is {@link Unreadable}.
 */
final class CatalogueFile {
    /** Upper bound on a catalogue file (a 250-measure catalogue is about 60 KB). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final Set<String> MEASURE_KEYS = Set.of(
            "id",
            "title",
            "statement",
            "role",
            "evidence",
            "frequency",
            "level",
            "appliesTo",
            "iso27001",
            "origin",
            "adopted",
            "notAdoptedReason");

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CatalogueFile() {}

    /** A problem in the file: the line (from 1), the measure id if known, the field and the message. */
    record Problem(int line, String measureId, String field, String messageKey, List<String> args) {
        Problem {
            args = List.copyOf(args);
        }
    }

    /** The outcome of reading: the content when there were no problems. */
    record Reading(@Nullable CatalogueContent content, List<Problem> problems) {
        Reading {
            problems = List.copyOf(problems);
        }

        boolean valid() {
            return problems.isEmpty() && content != null;
        }
    }

    /** The file is not readable as YAML (syntax error or wrong shape at the top). */
    static final class Unreadable extends UnreadableFileException {
        Unreadable(int line, String detail) {
            super(line, detail);
        }
    }

    static Reading read(InputStream in) {
        List<Problem> problems = new ArrayList<>();
        String key = "";
        String title = "";
        String basis = "";
        List<CatalogueContent.Heading> chapters = new ArrayList<>();
        List<CatalogueContent.Heading> sections = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        List<Integer> measureLines = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Unreadable(line(p), "the file must be a map with catalogue, chapters, sections and measures");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                int at = line(p);
                switch (name) {
                    case "catalogue" -> {
                        JsonNode head = MAPPER.readTree(p);
                        key = text(head, "key");
                        title = text(head, "title");
                        basis = text(head, "basis");
                        if (key.isBlank() || !key.matches("[a-z0-9-]{1,40}")) {
                            problems.add(
                                    new Problem(at, "", "catalogue.key", "control.import.error.key", List.of(key)));
                        }
                        if (title.isBlank()) {
                            problems.add(
                                    new Problem(at, "", "catalogue.title", "control.import.error.required", List.of()));
                        }
                    }
                    case "chapters" -> headings(p, chapters, "chapters", "[0-9]{1,2}", problems);
                    case "sections" -> headings(p, sections, "sections", "[0-9]{1,2}\\.[0-9]{1,2}", problems);
                    case "measures" -> {
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw new Unreadable(at, "measures must be a list");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            int measureLine = line(p);
                            JsonNode node = MAPPER.readTree(p);
                            Measure m = measure(node, measureLine, problems);
                            if (m != null) {
                                measures.add(m);
                                measureLines.add(measureLine);
                            }
                        }
                    }
                    default -> {
                        problems.add(new Problem(at, "", name, "control.import.error.unknownKey", List.of(name)));
                        p.skipChildren();
                    }
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Unreadable(line, e.getOriginalMessage());
        }
        crossCheck(chapters, sections, measures, measureLines, problems);
        if (measures.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "", "measures", "control.import.error.noMeasures", List.of()));
        }
        CatalogueContent content =
                problems.isEmpty() ? new CatalogueContent(key, title, basis, chapters, sections, measures) : null;
        return new Reading(content, problems);
    }

    private static void crossCheck(
            List<CatalogueContent.Heading> chapters,
            List<CatalogueContent.Heading> sections,
            List<Measure> measures,
            List<Integer> lines,
            List<Problem> problems) {
        Set<String> chapterNumbers = new HashSet<>();
        chapters.forEach(c -> chapterNumbers.add(c.number()));
        Set<String> sectionNumbers = new HashSet<>();
        sections.forEach(s -> sectionNumbers.add(s.number()));
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            int line = lines.get(i);
            Integer earlier = seen.putIfAbsent(m.id(), line);
            if (earlier != null) {
                problems.add(new Problem(
                        line,
                        m.id(),
                        "id",
                        "control.import.error.duplicate",
                        List.of(m.id(), Integer.toString(earlier))));
            }
            if (!chapterNumbers.contains(m.chapter())) {
                problems.add(new Problem(line, m.id(), "id", "control.import.error.noChapter", List.of(m.chapter())));
            }
            if (!sectionNumbers.contains(m.section())) {
                problems.add(new Problem(line, m.id(), "id", "control.import.error.noSection", List.of(m.section())));
            }
        }
    }

    private static void headings(
            JsonParser p, List<CatalogueContent.Heading> into, String field, String pattern, List<Problem> problems) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new Unreadable(line(p), field + " must be a list");
        }
        Set<String> numbers = new HashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int at = line(p);
            JsonNode node = MAPPER.readTree(p);
            String number = text(node, "number");
            String title = text(node, "title");
            if (!number.matches(pattern) || title.isBlank()) {
                problems.add(new Problem(at, "", field, "control.import.error.heading", List.of(number)));
            } else if (!numbers.add(number)) {
                problems.add(new Problem(at, "", field, "control.import.error.duplicateHeading", List.of(number)));
            } else {
                into.add(new CatalogueContent.Heading(number, title));
            }
        }
    }

    private static @Nullable Measure measure(JsonNode node, int line, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(line, "", "measures", "control.import.error.notMap", List.of()));
            return null;
        }
        String id = text(node, "id");
        int before = problems.size();
        for (String name : node.propertyNames()) {
            if (!MEASURE_KEYS.contains(name)) {
                problems.add(new Problem(line, id, name, "control.import.error.unknownKey", List.of(name)));
            }
        }
        if (!Measure.ID.matcher(id).matches()) {
            problems.add(new Problem(line, id, "id", "control.import.error.id", List.of(id)));
        }
        String title = required(node, "title", line, id, problems);
        String statement = required(node, "statement", line, id, problems);
        String evidence = text(node, "evidence");
        Role role = enumValue(node, "role", Role.class, null, line, id, problems);
        CheckFrequency frequency = enumValue(node, "frequency", CheckFrequency.class, null, line, id, problems);
        MeasureScope scope = enumValue(node, "level", MeasureScope.class, MeasureScope.UNIT, line, id, problems);
        MeasureOrigin origin =
                enumValue(node, "origin", MeasureOrigin.class, MeasureOrigin.GUIDELINE, line, id, problems);
        List<String> iso = new ArrayList<>();
        JsonNode isoNode = node.get("iso27001");
        if (isoNode == null || !isoNode.isArray()) {
            problems.add(new Problem(line, id, "iso27001", "control.import.error.isoList", List.of()));
        } else {
            for (JsonNode item : isoNode) {
                String number = item.asString();
                if (!IsoControl.isValid(number)) {
                    problems.add(new Problem(line, id, "iso27001", "control.import.error.iso", List.of(number)));
                } else if (!iso.contains(number)) {
                    iso.add(number);
                }
            }
        }
        Applicability appliesTo = Applicability.ALWAYS;
        try {
            appliesTo = Applicability.parse(node.get("appliesTo"));
        } catch (Applicability.ConditionException e) {
            problems.add(new Problem(line, id, e.field, e.messageKey, List.of(e.argument)));
        }
        boolean adopted = true;
        JsonNode adoptedNode = node.get("adopted");
        if (adoptedNode != null && !adoptedNode.isNull()) {
            if (!adoptedNode.isBoolean()) {
                problems.add(new Problem(
                        line, id, "adopted", "control.import.error.boolean", List.of(adoptedNode.asString())));
            } else {
                adopted = adoptedNode.booleanValue();
            }
        }
        String reason = text(node, "notAdoptedReason");
        if (!adopted && reason.isBlank()) {
            problems.add(new Problem(line, id, "notAdoptedReason", "control.import.error.reasonRequired", List.of()));
        }
        if (adopted && !reason.isBlank()) {
            problems.add(new Problem(
                    line, id, "notAdoptedReason", "control.import.error.reasonOnlyWhenNotAdopted", List.of()));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Measure(
                id,
                Measure.chapterOf(id),
                Measure.sectionOf(id),
                title,
                statement,
                role,
                evidence,
                frequency,
                scope,
                appliesTo,
                iso,
                origin,
                adopted,
                adopted ? "" : reason.strip());
    }

    private static String required(JsonNode node, String field, int line, String id, List<Problem> problems) {
        String value = text(node, field);
        if (value.isBlank()) {
            problems.add(new Problem(line, id, field, "control.import.error.required", List.of()));
        }
        return value;
    }

    @SuppressWarnings("NullAway")
    private static <E extends Enum<E>> E enumValue(
            JsonNode node,
            String field,
            Class<E> type,
            @Nullable E fallback,
            int line,
            String id,
            List<Problem> problems) {
        String value = text(node, field);
        if (value.isBlank()) {
            if (fallback == null) {
                problems.add(new Problem(line, id, field, "control.import.error.required", List.of()));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(line, id, field, "control.import.error." + field, List.of(value)));
            return fallback;
        }
    }

    private static String text(@Nullable JsonNode node, String field) {
        if (node == null) {
            return "";
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString().strip();
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation() == null ? 0 : p.currentTokenLocation().getLineNr();
    }

    /** The catalogue as YAML in the schema {@link #read} accepts. */
    static byte[] write(CatalogueContent content) {
        StringBuilder out = new StringBuilder();
        out.append("# mamori control catalogue (対策基準). Schema: docs/controls.md\n");
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("key", content.key());
        head.put("title", content.title());
        head.put("basis", content.basis());
        root.put("catalogue", head);
        root.put(
                "chapters",
                content.chapters().stream().map(CatalogueFile::heading).toList());
        root.put(
                "sections",
                content.sections().stream().map(CatalogueFile::heading).toList());
        List<Map<String, Object>> measures = new ArrayList<>();
        for (Measure m : content.measures()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", m.id());
            item.put("title", m.title());
            item.put("statement", m.statement());
            item.put("role", m.role().name());
            item.put("evidence", m.evidence());
            item.put("frequency", m.frequency().name());
            item.put("level", m.scope().name());
            if (!m.appliesTo().always()) {
                item.put("appliesTo", m.appliesTo().toMap());
            }
            item.put("iso27001", m.iso27001());
            if (m.origin() != MeasureOrigin.GUIDELINE) {
                item.put("origin", m.origin().name());
            }
            if (!m.adopted()) {
                item.put("adopted", false);
                item.put("notAdoptedReason", m.notAdoptedReason());
            }
            measures.add(item);
        }
        root.put("measures", measures);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        MAPPER.writeValue(bytes, root);
        return bytes.toByteArray();
    }

    private static Map<String, Object> heading(CatalogueContent.Heading h) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", h.number());
        map.put("title", h.title());
        return map;
    }
}
