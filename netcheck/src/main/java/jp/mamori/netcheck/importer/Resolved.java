package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of expanding named objects: the value, plus the parts that could not be expanded.
 * Importers keep the value built from what they understood and report the rest, so a rule is
 * never silently widened or narrowed.
 */
final class Resolved<T> {
    final T value;
    final List<String> problems;

    Resolved(T value, List<String> problems) {
        this.value = value;
        this.problems = List.copyOf(problems);
    }

    static <T> Resolved<T> ok(T value) {
        return new Resolved<>(value, List.of());
    }

    static <T> Resolved<T> failed(T empty, String problem) {
        return new Resolved<>(empty, List.of(problem));
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
