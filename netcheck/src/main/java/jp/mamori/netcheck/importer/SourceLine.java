package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.List;

/** One physical line of a configuration file with its 1-based number. */
record SourceLine(int number, String text) {

    /** Splits a whole file into lines; drops a leading byte-order mark and accepts any line ending. */
    static List<SourceLine> split(String whole) {
        String text = whole.startsWith("\uFEFF") ? whole.substring(1) : whole;
        List<SourceLine> out = new ArrayList<>();
        int start = 0;
        int number = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new SourceLine(number++, text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new SourceLine(number, text.substring(start)));
        }
        return out;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    String trimmed() {
        return text.strip();
    }
}
