package jp.mamori.policy.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.policy.Audience;
import jp.mamori.policy.DocumentDraft;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyTier;
import jp.mamori.policy.RevisionDraft;
import jp.mamori.policy.Visibility;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.RecordFields;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/** The forms of the policy pages, and their conversion to drafts (dates as ISO text from date inputs). */
final class PolicyForms {
    private PolicyForms() {}

    /** The document form. */
    record DocumentForm(
            @Nullable String tier,
            @Nullable Long parentId,
            @Nullable String title,
            @Nullable String subject,
            @Nullable Long ownerUnitId,
            @Nullable String audience,
            @Nullable List<String> roles,
            @Nullable List<Long> units) {

        static DocumentForm empty(PolicyTier tier, @Nullable Long parentId) {
            return new DocumentForm(
                    tier.name(), parentId, "", "", null, tier.defaultAudience().name(), List.of(), List.of());
        }

        static DocumentForm of(PolicyDocument d) {
            return new DocumentForm(
                    d.tier().name(),
                    d.parentId(),
                    d.title(),
                    d.subject(),
                    d.ownerUnitId(),
                    d.visibility().audience().name(),
                    d.visibility().sortedRoles().stream().map(Role::name).toList(),
                    List.copyOf(d.visibility().sortedUnitIds()));
        }

        public boolean hasRole(Role role) {
            return roles != null && roles.contains(role.name());
        }

        public boolean hasUnit(long unit) {
            return units != null && units.contains(unit);
        }

        DocumentDraft draft() {
            List<Problem> problems = new ArrayList<>();
            PolicyTier parsedTier = parse(PolicyTier.class, tier, "tier", problems);
            Audience parsedAudience = parse(Audience.class, audience, "audience", problems);
            Set<Role> parsedRoles = EnumSet.noneOf(Role.class);
            for (String role : roles == null ? List.<String>of() : roles) {
                Role r = parse(Role.class, role, "roles", problems);
                if (r != null) {
                    parsedRoles.add(r);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Audience a = parsedAudience == null ? Audience.RESTRICTED : parsedAudience;
            Visibility visibility = a == Audience.RESTRICTED
                    ? Visibility.restricted(parsedRoles, new HashSet<>(units == null ? List.of() : units))
                    : Visibility.open(a);
            return new DocumentDraft(parsedTier, parentId, text(title), text(subject), ownerUnitId, visibility);
        }
    }

    /** The revision form. */
    record RevisionForm(
            @Nullable String documentNumber,
            @Nullable String enactedOn,
            @Nullable String amendedOn,
            @Nullable String effectiveOn,
            @Nullable String reason,
            @Nullable String supplementaryProvisions,
            @Nullable String body) {

        private static final RecordFields<RevisionForm> FORM = RecordFields.of(RevisionForm.class);
        private static final RecordFields<RevisionDraft> DRAFT = RecordFields.of(RevisionDraft.class);

        /** The form of a draft: each field of the draft by its name, a date as ISO text. */
        static RevisionForm of(RevisionDraft d) {
            return FORM.build(name ->
                    DRAFT.type(name) == LocalDate.class ? iso((LocalDate) DRAFT.get(d, name)) : DRAFT.get(d, name));
        }

        /** The draft the form says, field by field; every date that cannot be read is named. */
        RevisionDraft draft() {
            List<Problem> problems = new ArrayList<>();
            Map<String, @Nullable Object> values = new HashMap<>();
            for (String name : DRAFT.names()) {
                String text = (String) FORM.get(this, name);
                values.put(name, DRAFT.type(name) == LocalDate.class ? date(text, name, problems) : text(text));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return DRAFT.build(values::get);
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static String iso(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static @Nullable LocalDate date(@Nullable String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "policy.revision.error.date"));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(
            Class<E> type, @Nullable String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(field, "policy.document.error.unknownValue"));
            return null;
        }
    }
}
