package jp.mamori.asset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A classification scheme: for each axis its levels, most sensitive first. Schemes are versioned
 * reference data read from {@code asset/classification-schemes.yml}; which one is active is a
 * setting ({@code mamori.assets.classification-scheme}).
 */
public record ClassificationScheme(String id, String name, String nameEn, Map<Axis, List<ClassLevel>> levels) {
    public ClassificationScheme {
        EnumMap<Axis, List<ClassLevel>> copy = new EnumMap<>(Axis.class);
        for (Axis axis : Axis.values()) {
            List<ClassLevel> list = levels.get(axis);
            if (list == null || list.isEmpty()) {
                throw new IllegalArgumentException("scheme " + id + " has no levels for " + axis);
            }
            Set<String> codes = new LinkedHashSet<>();
            for (ClassLevel level : list) {
                if (level.axis() != axis || !codes.add(level.code())) {
                    throw new IllegalArgumentException("scheme " + id + " repeats or misplaces " + level.label());
                }
            }
            copy.put(
                    axis,
                    list.stream()
                            .sorted(Comparator.comparingInt(ClassLevel::rank).reversed())
                            .toList());
        }
        levels = Map.copyOf(copy);
    }

    /** The levels of the axis, most sensitive first. */
    public List<ClassLevel> levels(Axis axis) {
        return levels.get(axis);
    }

    /** The level with this code (exactly as stored, e.g. {@code 3A}). */
    public Optional<ClassLevel> level(Axis axis, String code) {
        // a plain loop over three or four levels: the register check asks this for every asset and
        // axis on each visit of the office's picture, where a stream per call was a third of its time
        for (ClassLevel level : levels(axis)) {
            if (level.code().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level, or an error naming the code; for values already checked on the way in. */
    ClassLevel require(Axis axis, String code) {
        return level(axis, code)
                .orElseThrow(() -> new IllegalStateException(axis + " level " + code + " is not in scheme " + id));
    }

    /** The least sensitive level of the axis (e.g. 機密性1). */
    public ClassLevel lowest(Axis axis) {
        List<ClassLevel> list = levels(axis);
        return list.get(list.size() - 1);
    }

    /**
     * The level a person typed: {@code 機密性3}, {@code 3}, {@code ３}, {@code 自治体機密性3A},
     * {@code 3a}, {@code 完全性２} … Full-width forms are folded, spaces ignored and the axis name
     * (with or without 自治体) stripped. Empty when no level of this axis matches.
     */
    Optional<ClassLevel> parse(Axis axis, String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        for (ClassLevel level : levels(axis)) {
            if (level.label().equals(folded)) {
                return Optional.of(level);
            }
        }
        String code = folded;
        for (String prefix : List.of("自治体" + axis.japanese(), axis.japanese())) {
            if (code.startsWith(prefix)) {
                code = code.substring(prefix.length());
                break;
            }
        }
        return level(axis, code);
    }

    /** The codes of the axis, most sensitive first (for messages and forms). */
    public List<String> codes(Axis axis) {
        List<String> codes = new ArrayList<>();
        levels(axis).forEach(l -> codes.add(l.code()));
        return codes;
    }

    /** The scheme's name in the reader's language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
