package jp.mamori.audittrail.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.mamori.audittrail.Entry;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.AccountNames;
import jp.mamori.shared.Wareki;
import jp.mamori.web.FieldLabels;
import jp.mamori.web.WarekiDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry as a person reads it: what happened (「職員を登録」), to what (the person's name, with a link
 * to their page), by whom (display name and login), and each detail with the label its form uses and
 * its value as other pages show it (unit names, 和暦, 「はい」, 「紙」). The stored entry stays as it is:
 * only its reading changes. Codes without a text show as they are, so a new event is never hidden.
 */
@Component
class EntryTexts {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    private static final String ARROW = " → ";

    /** Message prefixes of the form labels, by the kind of thing the entry is about. */
    private static final Map<String, String> LABELS_BY_SUBJECT = Map.of(
            "asset", "asset.",
            "person", "organization.person.",
            "unit", "organization.unit.",
            "role-assignment", "organization.role., organization.person.",
            "policy-revision", "policy.revision.",
            "policy-document", "policy.document.",
            "incident", "incident.field.",
            "user", "account.",
            "employment-category", "organization.category.");

    /** Where enum values of details have their texts. */
    private static final List<String> VALUE_PREFIXES = List.of(
            "asset.form.",
            "asset.kind.",
            "asset.status.",
            "role.",
            "incident.threat.",
            "incident.priority.",
            "incident.state.",
            "policy.tier.",
            "policy.audience.",
            "policy.state.");

    /** An entry for people; {@code link} is a path in the application or null. */
    record Shown(
            Entry entry,
            String who,
            String what,
            String subject,
            @Nullable String link,
            List<Detail> details) {}

    /** One detail: the label as on the form, the value as shown elsewhere. */
    record Detail(String label, String value) {}

    private final MessageSource messages;
    private final FieldLabels labels;
    private final WarekiDates wareki;
    private final Directory directory;
    private final AccountNames accounts;
    private final JsonMapper json;

    EntryTexts(
            MessageSource messages,
            FieldLabels labels,
            WarekiDates wareki,
            Directory directory,
            AccountNames accounts,
            JsonMapper json) {
        this.messages = messages;
        this.labels = labels;
        this.wareki = wareki;
        this.directory = directory;
        this.accounts = accounts;
        this.json = json;
    }

    /**
     * A reader for an export read batch by batch: the same as {@link #show(List)}, with each
     * account, unit and person looked up once across all batches.
     */
    java.util.function.Function<Entry, Shown> reader() {
        Lookups lookups = new Lookups();
        return entry -> show(entry, lookups);
    }

    /** Reads many entries, looking each account, unit and person up once. */
    List<Shown> show(List<Entry> entries) {
        Lookups lookups = new Lookups();
        return entries.stream().map(e -> show(e, lookups)).toList();
    }

    Shown show(Entry entry) {
        return show(entry, new Lookups());
    }

    private Shown show(Entry entry, Lookups lookups) {
        String who = lookups.actors.computeIfAbsent(entry.actor(), this::who);
        String what = text("audit.action." + entry.action(), entry.action());
        String kind = text("audit.subject." + entry.subjectType(), entry.subjectType());
        String name = subjectName(entry, lookups);
        String subject = name == null
                ? (entry.subjectId().isEmpty() ? kind : kind + " " + entry.subjectId())
                : kind + " " + name;
        return new Shown(entry, who, what, subject, link(entry), details(entry, lookups));
    }

    /** The kind of event or thing in the reader's language (for the filter lists). */
    String actionText(String action) {
        return text("audit.action." + action, action);
    }

    String subjectText(String subjectType) {
        return text("audit.subject." + subjectType, subjectType);
    }

    String who(String login) {
        if (login.equals("system") || login.equals("anonymous")) {
            return text("audit.actor." + login, login);
        }
        return accounts.displayName(login)
                .map(name -> text("audit.actor.named", name + " (" + login + ")", name, login))
                .orElse(login);
    }

    private @Nullable String subjectName(Entry entry, Lookups lookups) {
        String id = entry.subjectId();
        if (!NUMBER.matcher(id).matches()) {
            return entry.subjectType().equals("asset") ? id : null;
        }
        return switch (entry.subjectType()) {
            case "person" -> lookups.person(Long.parseLong(id));
            case "unit" -> lookups.unit(Long.parseLong(id));
            default -> null;
        };
    }

    /** The page of the thing, where there is one. */
    static @Nullable String link(Entry entry) {
        String id = entry.subjectId();
        if (id.isEmpty()) {
            return null;
        }
        return switch (entry.subjectType()) {
            case "person" -> "/people/" + id;
            case "unit" -> "/units/" + id;
            case "asset" -> "/assets/" + id;
            case "incident" -> "/incidents/" + id;
            case "policy-document" -> "/policies/" + id;
            case "role-assignment" -> "/roles";
            default -> null;
        };
    }

    private List<Detail> details(Entry entry, Lookups lookups) {
        Map<String, String> raw;
        try {
            raw = json.readValue(entry.details(), new TypeReference<TreeMap<String, String>>() {});
        } catch (RuntimeException e) {
            // a tampered or hand-edited row still shows, as its raw text
            return List.of(new Detail("", entry.details()));
        }
        // the form's own labels first, the trail's labels for what no form shows after them
        String forms = LABELS_BY_SUBJECT.getOrDefault(entry.subjectType(), "");
        String prefixes = forms.isEmpty() ? "audit.field." : forms + ", audit.field.";
        List<Detail> details = new ArrayList<>();
        for (Map.Entry<String, String> d : raw.entrySet()) {
            String label = labels.label(prefixes, d.getKey());
            details.add(new Detail(label, value(d.getKey(), d.getValue(), lookups)));
        }
        return details;
    }

    /** A value as other pages show it; {@code old → new} is read part by part. */
    String value(String key, String value, Lookups lookups) {
        if (value.contains(ARROW)) {
            String[] parts = value.split(ARROW, -1);
            List<String> shown = new ArrayList<>();
            for (String part : parts) {
                shown.add(part.isEmpty() ? "—" : one(key, part, lookups));
            }
            return String.join(ARROW, shown);
        }
        return one(key, value, lookups);
    }

    private String one(String key, String value, Lookups lookups) {
        Locale locale = LocaleContextHolder.getLocale();
        // a value with a text of its own (sign-in factors, refusal reasons …)
        String own = messages.getMessage("audit.value." + key + "." + value, null, null, locale);
        if (own != null) {
            return own;
        }
        if (value.equals("true") || value.equals("false")) {
            return text("audit.value." + value, value);
        }
        if (DATE.matcher(value).matches()) {
            try {
                return Wareki.format(LocalDate.parse(value), locale);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (DATE_TIME.matcher(value).matches()) {
            try {
                return wareki.dateTime(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return wareki.dateTime(Instant.parse(value));
                } catch (DateTimeParseException again) {
                    return value;
                }
            }
        }
        if (NUMBER.matcher(value).matches()) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.endsWith("unitid") || lower.equals("parentid") || lower.equals("owner") || lower.equals("unit")) {
                String name = lookups.unit(Long.parseLong(value));
                return name == null ? value : name;
            }
            if (lower.equals("personid")) {
                String name = lookups.person(Long.parseLong(value));
                return name == null ? value : name;
            }
            return value;
        }
        if (CODE.matcher(value).matches()) {
            String specific = messages.getMessage("audit.value." + key + "." + value, null, null, locale);
            if (specific != null) {
                return specific;
            }
            for (String prefix : VALUE_PREFIXES) {
                String text = messages.getMessage(prefix + value, null, null, locale);
                if (text != null) {
                    return text;
                }
            }
        }
        return value;
    }

    private String text(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }

    /** Names looked up once per page or export. */
    final class Lookups {
        final Map<String, String> actors = new HashMap<>();
        private final Map<Long, Optional<String>> units = new HashMap<>();
        private final Map<Long, Optional<String>> people = new HashMap<>();

        @Nullable
        String unit(long id) {
            return units.computeIfAbsent(id, k -> directory.unit(k).map(UnitSummary::name))
                    .orElse(null);
        }

        @Nullable
        String person(long id) {
            return people.computeIfAbsent(id, k -> directory.person(k).map(PersonSummary::name))
                    .orElse(null);
        }
    }
}
