package jp.mamori.control.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * When a measure applies ({@code appliesTo}): every condition must hold for one asset the unit or
 * system holds. No condition means always, within the measure's scope.
 */
public record Applicability(List<Condition> conditions) {
    static final Applicability ALWAYS = new Applicability(List.of());
    static final List<String> KEYS = List.of(
            "confidentiality",
            "integrity",
            "availability",
            "zones",
            "assetKinds",
            "systemTypes",
            "personalInfo",
            "specificPersonalInfo");

    public Applicability {
        conditions = conditions.stream()
                .sorted(Comparator.comparingInt(c -> KEYS.indexOf(c.key())))
                .toList();
    }

    public boolean always() {
        return conditions.isEmpty();
    }

    /** True when an asset with these traits meets every condition. */
    public boolean holdsFor(AssetTraits traits) {
        return conditions.stream().allMatch(c -> c.holdsFor(traits));
    }

    /** True when a condition depends on declared system types (not on the register). */
    boolean needsSystemType() {
        return conditions.stream().anyMatch(c -> c instanceof Condition.OfSystemType);
    }

    /** The conditions as the catalogue file writes them, in a fixed key order. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Condition c : conditions) {
            map.put(c.key(), c.fileValue());
        }
        return map;
    }

    /** A condition the file cannot express: the field and the message key with its argument. */
    static final class ConditionException extends RuntimeException {
        final String field;
        final String messageKey;
        final String argument;

        ConditionException(String field, String messageKey, String argument) {
            super(field + ": " + messageKey + " " + argument);
            this.field = field;
            this.messageKey = messageKey;
            this.argument = argument;
        }
    }

    /** Reads {@code appliesTo} from the file's tree: absent, null or {@code {}} is always. */
    static Applicability parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return ALWAYS;
        }
        if (!node.isObject()) {
            throw new ConditionException("appliesTo", "control.import.error.appliesTo.notMap", "");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            String field = "appliesTo." + key;
            conditions.add(
                    switch (key) {
                        case "confidentiality" -> new Condition.ConfidentialityAtLeast(rank(field, value, 5));
                        case "integrity" -> new Condition.IntegrityAtLeast(rank(field, value, 2));
                        case "availability" -> new Condition.AvailabilityAtLeast(rank(field, value, 2));
                        case "zones" -> new Condition.InZone(names(field, value, ZoneKind.class));
                        case "systemTypes" -> new Condition.OfSystemType(names(field, value, SystemType.class));
                        case "assetKinds" -> {
                            Set<String> kinds = new LinkedHashSet<>(strings(field, value));
                            for (String k : kinds) {
                                if (!Condition.OfAssetKind.KNOWN.contains(k)) {
                                    throw new ConditionException(field, "control.import.error.appliesTo.value", k);
                                }
                            }
                            yield new Condition.OfAssetKind(kinds);
                        }
                        case "personalInfo" -> {
                            flag(field, value);
                            yield new Condition.HoldsPersonalInfo();
                        }
                        case "specificPersonalInfo" -> {
                            flag(field, value);
                            yield new Condition.HoldsSpecificPersonalInfo();
                        }
                        default -> throw new ConditionException(field, "control.import.error.appliesTo.key", key);
                    });
        }
        return new Applicability(conditions);
    }

    private static int rank(String field, JsonNode value, int max) {
        if (!value.isInt() || value.intValue() < 1 || value.intValue() > max) {
            throw new ConditionException(field, "control.import.error.appliesTo.rank", value.asString());
        }
        return value.intValue();
    }

    private static void flag(String field, JsonNode value) {
        if (!value.isBoolean() || !value.booleanValue()) {
            throw new ConditionException(field, "control.import.error.appliesTo.flag", value.asString());
        }
    }

    private static List<String> strings(String field, JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isString()) {
            out.add(value.stringValue());
        } else if (value.isArray() && !value.isEmpty()) {
            for (JsonNode item : value) {
                if (!item.isString()) {
                    throw new ConditionException(field, "control.import.error.appliesTo.value", item.asString());
                }
                out.add(item.stringValue());
            }
        } else {
            throw new ConditionException(field, "control.import.error.appliesTo.value", value.asString());
        }
        return out;
    }

    private static <E extends Enum<E>> Set<E> names(String field, JsonNode value, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String name : strings(field, value)) {
            try {
                out.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw new ConditionException(field, "control.import.error.appliesTo.value", name);
            }
        }
        return out;
    }
}
