package jp.mamori.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.TextInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a JSON body that Jackson refused once more, as a tree, and converts it field by field
 * against the record it was meant for, so that a body with several bad fields is answered with every
 * one of them (Jackson itself stops at the first). Records are walked component by component, lists
 * of records element by element; every other value is converted on its own and its problem named by
 * {@link BodyProblems}. A missing or null value for a primitive ({@code boolean}, {@code int}) is a
 * missing field; a field the record does not have is named when the mapper refuses unknown fields.
 * Problems raised by a record's own checks (its compact constructor) are not looked for here: they
 * come from the first reading.
 */
final class BodyFields {
    /** Beyond this many problems, the answer names no more (a body of thousands of bad values). */
    static final int MAX_PROBLEMS = 100;

    private final ObjectMapper mapper;
    private final List<Problem> problems = new ArrayList<>();

    private BodyFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Every bad field of the body for that target type, in the body's order; empty when the body is
     * not JSON or nothing is wrong field by field.
     */
    static List<Problem> problems(ObjectMapper mapper, byte[] body, Type target) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JacksonException e) {
            return List.of();
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of();
        }
        BodyFields fields = new BodyFields(mapper);
        fields.check(tree, mapper.constructType(target), "");
        return List.copyOf(fields.problems);
    }

    private void check(JsonNode node, JavaType type, String path) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        Class<?> raw = type.getRawClass();
        if (raw.isRecord() && node.isObject()) {
            checkRecord(node, raw, path);
        } else if (type.isCollectionLikeType()
                && node.isArray()
                && type.getContentType() != null
                && type.getContentType().getRawClass().isRecord()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), type.getContentType(), path + "[" + i + "]");
            }
        } else {
            convert(node, type, path);
        }
    }

    private void checkRecord(JsonNode node, Class<?> record, String path) {
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = jsonName(component);
            known.add(name);
            String at = path.isEmpty() ? name : path + "." + name;
            JsonNode value = node.get(name);
            JavaType type = mapper.constructType(component.getGenericType());
            if (value == null || value.isNull()) {
                if (type.isPrimitive()) {
                    problems.add(Problem.of(at, "error.body.missing", BodyProblems.expected(type.getRawClass())));
                }
                continue;
            }
            check(value, type, at);
        }
        if (mapper.deserializationConfig().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                String name = it.next().getKey();
                if (!known.contains(name)) {
                    problems.add(Problem.of(path.isEmpty() ? name : path + "." + name, "error.body.unknownField"));
                }
            }
        }
    }

    private void convert(JsonNode node, JavaType type, String path) {
        try {
            mapper.treeToValue(node, type);
        } catch (JacksonException e) {
            problems.add(located(problemOf(e), path));
        } catch (RuntimeException e) {
            // a value type's own check refused it (a factory or constructor): the value is wrong
            TextInput.RefusedException refused = TextInputBinding.refusal(e);
            problems.add(
                    refused != null
                            ? Problem.of(
                                    path, "text.refused." + refused.problem().name(), refused.codePointText())
                            : Problem.of(path.isEmpty() ? BodyProblems.WHOLE_BODY : path, "error.body.invalid"));
        }
    }

    private static Problem problemOf(JacksonException e) {
        TextInput.RefusedException refused = TextInputBinding.refusal(e);
        if (refused != null) {
            return Problem.of(
                    BodyProblems.pathOf(e), "text.refused." + refused.problem().name(), refused.codePointText());
        }
        return BodyProblems.problem(e);
    }

    /** The problem's field placed under the path of the value that was converted. */
    private static Problem located(Problem problem, String path) {
        String field = problem.field();
        String full;
        if (field.isEmpty() || BodyProblems.WHOLE_BODY.equals(field)) {
            full = path.isEmpty() ? BodyProblems.WHOLE_BODY : path;
        } else if (path.isEmpty()) {
            full = field;
        } else {
            full = field.startsWith("[") ? path + field : path + "." + field;
        }
        return new Problem(full, problem.messageKey(), problem.args());
    }

    private static String jsonName(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty property =
                component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        if (property == null && component.getAccessor() != null) {
            property = component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    /**
     * The problems of both readings, each field once: the one Jackson stopped at first, then the
     * others in the body's order.
     */
    static List<Problem> merged(List<Problem> fieldByField, List<Problem> first) {
        if (fieldByField.isEmpty()) {
            return first;
        }
        List<Problem> all = new ArrayList<>();
        for (Problem p : first) {
            if (!BodyProblems.WHOLE_BODY.equals(p.field())) {
                all.add(p);
            }
        }
        for (Problem p : fieldByField) {
            if (all.stream().noneMatch(q -> q.field().equals(p.field()))) {
                all.add(p);
            }
        }
        return all;
    }
}
