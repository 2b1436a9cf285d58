package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every form with the shared error summary names each of its fields by a label the messages hold
 * (in both languages) and has an element to link to: the template is read, not rendered, so a form
 * added later is checked too.
 */
class ErrorSummaryLabelsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SUMMARY = Pattern.compile("layout :: error-summary\\('([^']+)'\\)");
    private static final Pattern LABEL =
            Pattern.compile("<label[^>]*\\bfor=\"([\\w.-]+)\"[^>]*th:text=\"#\\{([\\w.]+)\\}\"");
    private static final Pattern FIELD_ERRORS = Pattern.compile("field-errors\\('([\\w.]+)'\\)");
    /**
     * A field written with a shared fragment (templates/fields.html): its name and its label's key; the
     * one-line fragments ({@code text-field}, {@code area-field}) write the control too.
     */
    private static final Pattern FIELD_FRAGMENT =
            Pattern.compile("fields :: (?:field|choices|text-field|area-field)\\('([\\w.]+)', #\\{([\\w.]+)\\}");

    static FieldLabels labels() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(
                "messages",
                "i18n/web",
                "i18n/audittrail",
                "i18n/security",
                "i18n/organization",
                "i18n/notification",
                "i18n/asset",
                "i18n/asset-ledger",
                "i18n/policy",
                "i18n/incident",
                "i18n/control",
                "i18n/control-soa",
                "i18n/risk",
                "i18n/system",
                "i18n/network",
                "i18n/premises",
                "i18n/training",
                "i18n/supplier");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new FieldLabels(source);
    }

    @Test
    void every_field_of_every_form_with_an_error_summary_has_a_label_and_an_anchor() throws IOException {
        FieldLabels labels = labels();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                Matcher summary = SUMMARY.matcher(html);
                if (!summary.find() || file.endsWith("layout.html")) {
                    continue;
                }
                String prefix = summary.group(1);
                java.util.Map<String, String> formLabels = new java.util.HashMap<>();
                Matcher label = LABEL.matcher(html);
                while (label.find()) {
                    formLabels.putIfAbsent(label.group(1), label.group(2));
                }
                List<String> fields = new ArrayList<>();
                Matcher fragment = FIELD_FRAGMENT.matcher(html);
                while (fragment.find()) {
                    formLabels.putIfAbsent(fragment.group(1), fragment.group(2));
                    fields.add(fragment.group(1));
                }
                Matcher field = FIELD_ERRORS.matcher(html);
                while (field.find()) {
                    fields.add(field.group(1));
                }
                for (String name : fields) {
                    checked++;
                    for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                        LocaleContextHolder.setLocale(locale);
                        if (!labels.hasLabel(prefix, name)) {
                            missing.add(file + ": no " + locale + " label for " + name + " under " + prefix);
                        } else if (formLabels.containsKey(name)
                                && !labels.label(prefix, name).equals(labels.label(formLabels.get(name), ""))) {
                            missing.add(file + ": " + name + " is labelled " + formLabels.get(name)
                                    + " on the form but the summary says " + labels.label(prefix, name));
                        }
                    }
                    if (!hasAnchor(html, name)) {
                        missing.add(file + ": nothing with id " + name + " to link to");
                    }
                }
            }
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    /** An explicit id, or a th:field on a text-like input, select or textarea (th:field writes the id). */
    private static boolean hasAnchor(String html, String id) {
        if (html.contains("id=\"" + id + "\"") || html.contains("fields :: choices('" + id + "'")) {
            return true; // the choices fragment gives its fieldset the id
        }
        if (html.contains("fields :: text-field('" + id + "'") || html.contains("fields :: area-field('" + id + "'")) {
            return true; // the one-line fragments bind their control with th:field, which writes the id
        }
        Pattern implicit = Pattern.compile(
                "<(select|textarea|input)(?![^>]*type=\"(checkbox|radio)\")(?![^>]*\\bid=)[^>]*th:field=\"\\*\\{"
                        + Pattern.quote(id) + "\\}\"");
        return implicit.matcher(html).find();
    }

    @Test
    void the_label_is_found_under_the_form_prefix_and_without_id_or_code_endings() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        try {
            FieldLabels labels = labels();
            assertThat(labels.label("asset.", "zoneCode")).isEqualTo("ネットワーク区分");
            assertThat(labels.label("asset.", "ownerUnitId")).isEqualTo("管理部署");
            assertThat(labels.label("incident.field.", "title")).isEqualTo("件名");
            assertThat(labels.label("incident.field.", "nonsense")).isEqualTo("nonsense");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
