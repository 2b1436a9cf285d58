package jp.mamori.organization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Collects what changed, field by field, as {@code old → new} for the audit trail, in a stable order. */
final class Changes {
    private final Map<String, String> entries = new LinkedHashMap<>();

    static Changes start() {
        return new Changes();
    }

    /** Records the field when the value changed. */
    Changes field(String name, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            entries.put(name, text(before) + " → " + text(after));
        }
        return this;
    }

    /** Records a value as given (for a creation). */
    Changes value(String name, @Nullable Object value) {
        entries.put(name, text(value));
        return this;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Map<String, String> toMap() {
        return frozen(entries);
    }

    /** An unmodifiable copy that keeps the order of the keys. */
    static Map<String, String> frozen(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
