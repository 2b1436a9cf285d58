package jp.mamori.netcheck.zone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document as a small tree that remembers the line of every node. Jackson's own tree
 * forgets locations, and the zone file's errors must name the line.
 */
sealed interface YamlNode {
    int line();

    record Scalar(String text, int line) implements YamlNode {}

    record Null(int line) implements YamlNode {}

    record Sequence(List<YamlNode> items, int line) implements YamlNode {}

    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {}

    YAMLMapper MAPPER = new YAMLMapper();

    /** Reads one document; syntax errors become {@link ZoneModelException} with the line. */
    static YamlNode read(String fileName, String yaml) {
        try (JsonParser p = MAPPER.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Null(1);
            }
            return readValue(fileName, p);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new ZoneModelException(fileName, line, "YAML の構文が不正です: " + e.getOriginalMessage());
        }
    }

    private static YamlNode readValue(String fileName, JsonParser p) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    YamlNode value = readValue(fileName, p);
                    if (entries.containsKey(key)) {
                        throw new ZoneModelException(fileName, keyLine, "キー「" + key + "」が重複しています");
                    }
                    entries.put(key, value);
                    keyLines.put(key, keyLine);
                }
                return new Mapping(entries, keyLines, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(fileName, p));
                }
                return new Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new Null(line);
            }
            default -> {
                return new Scalar(p.getText(), line);
            }
        }
    }
}
