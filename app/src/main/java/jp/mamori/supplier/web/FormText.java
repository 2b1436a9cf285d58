package jp.mamori.supplier.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** How the forms read what people type: trimmed texts, dates as 2026-04-01 (or 2026/4/1), lists. */
final class FormText {
    private FormText() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** A date, or null when blank; a date that cannot be read is refused on its field. */
    static @Nullable LocalDate date(@Nullable String value, String field) {
        String t = Normalizer.normalize(text(value), Normalizer.Form.NFKC);
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = t.split("[-/.]");
        try {
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            return LocalDate.parse(t);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw InvalidInputException.of(field, "sup.error.date");
        }
    }

    /** Items separated by commas, 、, spaces or new lines (full-width characters folded). */
    static List<String> list(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(Normalizer.normalize(text, Normalizer.Form.NFKC).split("[,、\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
