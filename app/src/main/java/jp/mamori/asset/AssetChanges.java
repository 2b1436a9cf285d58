package jp.mamori.asset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What changed on an asset, field by field, in a stable order: the history rows (old, new) and the
 * audit details ({@code field: old → new}) come from the same list.
 */
final class AssetChanges {
    /** One changed field, values as text ("" for none). */
    record Change(String field, String before, String after) {}

    private final List<Change> changes = new ArrayList<>();

    static AssetChanges start() {
        return new AssetChanges();
    }

    /** Records the field when the value changed. */
    AssetChanges field(String name, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(text(before), text(after))) {
            changes.add(new Change(name, text(before), text(after)));
        }
        return this;
    }

    /** Records a value as given (creation, disposal). */
    AssetChanges value(String name, @Nullable Object value) {
        changes.add(new Change(name, "", text(value)));
        return this;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    List<Change> list() {
        return List.copyOf(changes);
    }

    /** The audit details: each field as {@code old → new}, or the value alone when there was none before. */
    Map<String, String> details() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Change c : changes) {
            map.put(c.field(), c.before().isEmpty() ? c.after() : c.before() + " → " + c.after());
        }
        return frozen(map);
    }

    static Map<String, String> frozen(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}
