package jp.mamori.web;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What was wrong with a JSON request body, field by field, as {@link Problem}s with message keys of
 * the web bundle: Jackson 3's exceptions are read once here, so every API answers an unreadable body,
 * a missing value, a wrong type or an unknown enum value the same way ({@code errors: [{field,
 * message}]}, the field as a dotted path such as {@code personalData.sensitive}). Jackson stops at the
 * first problem of a body; {@link BodyFields} then reads the body again field by field so that every
 * bad field is named. A validation failure raised while the value is built ({@link
 * InvalidInputException} in a compact constructor) keeps all of its problems.
 */
final class BodyProblems {
    /** The field name used when the problem is the body as a whole (not JSON, empty, cut off). */
    static final String WHOLE_BODY = "$";

    private BodyProblems() {}

    static List<Problem> of(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        jp.mamori.shared.TextInput.RefusedException refused = TextInputBinding.refusal(exception);
        if (refused != null) {
            // a text refused by the one text rule (TextInputJson): the field and the character
            return List.of(Problem.of(
                    pathOf(cause), "text.refused." + refused.problem().name(), refused.codePointText()));
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return prefixed(invalid.problems(), t == cause ? "" : pathOf(cause));
            }
        }
        if (cause instanceof DeferredBindingException deferred) {
            return deferred.getProblems().stream()
                    .map(p -> Problem.of(
                            pointerPath(p.getPath().toString()),
                            "error.body.type",
                            String.valueOf(p.getRawValue()),
                            p.getTargetType() == null
                                    ? ""
                                    : expected(p.getTargetType().getRawClass())))
                    .toList();
        }
        if (cause instanceof JacksonException jackson) {
            return List.of(problem(jackson));
        }
        return List.of(Problem.of(WHOLE_BODY, "error.body.unreadable"));
    }

    static Problem problem(JacksonException e) {
        String field = pathOf(e);
        if (e instanceof StreamReadException read) {
            var location = read.getLocation();
            return location == null || location.getLineNr() < 1
                    ? Problem.of(WHOLE_BODY, "error.body.unreadable")
                    : Problem.of(WHOLE_BODY, "error.body.syntax", location.getLineNr(), location.getColumnNr());
        }
        if (e instanceof PropertyBindingException unknown) {
            return Problem.of(field.isEmpty() ? unknown.getPropertyName() : field, "error.body.unknownField");
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return Problem.of(field, "error.body.enum", String.valueOf(format.getValue()), choices(target));
            }
            return Problem.of(field, "error.body.type", String.valueOf(format.getValue()), expected(target));
        }
        if (e instanceof InvalidNullException) {
            return Problem.of(field, "error.body.missing", expectedOf(e));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (field.isEmpty()) {
                return Problem.of(WHOLE_BODY, "error.body.shape", expected(mismatch.getTargetType()));
            }
            String message = String.valueOf(mismatch.getOriginalMessage());
            if (message.contains("null") || message.contains("Missing")) {
                return Problem.of(field, "error.body.missing", expected(mismatch.getTargetType()));
            }
            return Problem.of(field, "error.body.wrongKind", expected(mismatch.getTargetType()));
        }
        if (e instanceof ValueInstantiationException) {
            return Problem.of(field.isEmpty() ? WHOLE_BODY : field, "error.body.invalid");
        }
        return Problem.of(field.isEmpty() ? WHOLE_BODY : field, "error.body.unreadable");
    }

    private static MessageSourceResolvable expectedOf(JacksonException e) {
        return expected(e instanceof MismatchedInputException m ? m.getTargetType() : null);
    }

    /** {@code personalData.sensitive}, {@code affectedAssets[2]}; empty for the body itself. */
    static String pathOf(@Nullable Throwable e) {
        if (!(e instanceof JacksonException jackson)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : jackson.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String pointerPath(String pointer) {
        String path = Arrays.stream(pointer.split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.chars().allMatch(Character::isDigit) ? "[" + s + "]" : "." + s)
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? WHOLE_BODY : path;
    }

    private static List<Problem> prefixed(List<Problem> problems, String prefix) {
        if (prefix.isEmpty()) {
            return problems;
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(new Problem(prefix + "." + p.field(), p.messageKey(), p.args()));
        }
        return out;
    }

    /** What the field takes, as a text the message source resolves in the reader's language. */
    static MessageSourceResolvable expected(@Nullable Class<?> type) {
        return new DefaultMessageSourceResolvable(expectedKey(type));
    }

    /** The message key describing what the field takes, e.g. error.body.expected.boolean. */
    static String expectedKey(@Nullable Class<?> type) {
        if (type == null) {
            return "error.body.expected.value";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "error.body.expected.boolean";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "error.body.expected.integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "error.body.expected.number";
        }
        if (type == String.class) {
            return "error.body.expected.text";
        }
        if (type == java.time.LocalDate.class) {
            return "error.body.expected.date";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "error.body.expected.instant";
        }
        if (type.isEnum()) {
            return "error.body.expected.choice";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "error.body.expected.list";
        }
        if (type == java.util.UUID.class) {
            return "error.body.expected.uuid";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "error.body.expected.object";
        }
        return "error.body.expected.value";
    }

    private static String choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }
}
