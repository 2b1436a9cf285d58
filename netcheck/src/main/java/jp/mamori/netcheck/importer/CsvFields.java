package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits one CSV record (RFC 4180 quoting, no line breaks inside fields). */
final class CsvFields {
    private CsvFields() {}

    /** The fields, or empty when a quote is left open (a field spanning lines is not supported). */
    static Optional<List<String>> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        out.add(cur.toString().strip());
        return Optional.of(out);
    }
}
