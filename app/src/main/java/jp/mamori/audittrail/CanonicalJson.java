package jp.mamori.audittrail;

import java.util.Map;
import java.util.TreeMap;

/**
 * Event details as canonical JSON text: one flat object, keys sorted by code point, strings with
 * only the escapes JSON requires, no white space. The text is what gets hashed and stored, so
 * equal details always give the same bytes.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    static String of(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(details).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, e.getKey());
            json.append(':');
            string(json, e.getValue() == null ? "" : e.getValue());
        }
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
