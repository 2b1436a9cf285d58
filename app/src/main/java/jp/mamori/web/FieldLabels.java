package jp.mamori.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a form field as its form shows it, for the error summary at the top of a form:
 * {@code ${@fieldLabels.label('asset.', 'zoneCode')}} → ネットワーク区分. A form names the message
 * prefix of its labels once (the argument of {@code layout :: error-summary}); the field is looked up
 * as {@code prefix + field}, then without a trailing {@code Id}, {@code Code}, {@code Codes} or
 * {@code Number} ({@code ownerUnitId} → {@code asset.ownerUnit}), and for a nested path by its last
 * part. Several prefixes, comma-separated, are tried in order; {@code field=key} names the label of
 * a field whose key follows no prefix ({@code 'account., password=account.initialPassword'}). A field with no label found is shown by its name, which the template test catches.
 */
@Component("fieldLabels")
public class FieldLabels {
    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label in the reader's language. */
    public String label(String prefix, String field) {
        for (String key : keys(prefix, field)) {
            String text = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
            if (text != null) {
                return text;
            }
        }
        return field;
    }

    /** Whether a label is found for the field (used by the template test). */
    public boolean hasLabel(String prefix, String field) {
        return !label(prefix, field).equals(field);
    }

    static List<String> keys(String prefixes, String field) {
        List<String> keys = new ArrayList<>();
        for (String part : prefixes.split(",")) {
            String item = part.strip();
            int eq = item.indexOf('=');
            if (eq > 0 && item.substring(0, eq).strip().equals(field)) {
                keys.add(0, item.substring(eq + 1).strip());
            } else if (eq < 0) {
                keys.addAll(keysOne(item, field));
            }
        }
        return keys;
    }

    private static List<String> keysOne(String prefix, String field) {
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        last = last.replaceAll("\\[\\d+]", "");
        List<String> keys = new ArrayList<>();
        keys.add(prefix + field);
        keys.add(prefix + last);
        for (String suffix : List.of("Codes", "Code", "Number", "Id")) {
            if (last.endsWith(suffix) && last.length() > suffix.length()) {
                keys.add(prefix + last.substring(0, last.length() - suffix.length()));
            }
        }
        return keys;
    }
}
