package jp.mamori.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document read into a small tree whose every node knows its line, so that an import names
 * the line of each problem (Jackson's own tree forgets where a value stood).
 */
sealed interface YamlTree {
    int line();

    record Scalar(String text, int line) implements YamlTree {}

    record Empty(int line) implements YamlTree {}

    record Items(List<YamlTree> items, int line) implements YamlTree {}

    record Entries(Map<String, YamlTree> entries, int line) implements YamlTree {}

    /** Not YAML at all: the line and the parser's words. */
    final class SyntaxError extends RuntimeException {
        final int line;

        SyntaxError(int line, String detail) {
            super(detail);
            this.line = line;
        }
    }

    YAMLMapper MAPPER = YAMLMapper.builder().build();

    static YamlTree read(String yaml) {
        try (JsonParser p = MAPPER.createParser(yaml)) {
            if (p.nextToken() == null) {
                return new Empty(1);
            }
            return value(p);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new SyntaxError(line, e.getOriginalMessage());
        }
    }

    private static YamlTree value(JsonParser p) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlTree> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                p.nextToken();
                entries.put(key, value(p));
            }
            return new Entries(entries, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlTree> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(p));
            }
            return new Items(items, line);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new Empty(line);
        }
        return new Scalar(p.getText(), line);
    }
}
