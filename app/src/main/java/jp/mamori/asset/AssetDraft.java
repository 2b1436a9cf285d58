package jp.mamori.asset;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a form, the API or an Excel row says an asset should be. Levels, zone and restrictions are
 * named by their codes (see {@link ClassificationScheme}, {@link NetworkZones},
 * {@link HandlingRestrictions}); the owner unit by its id; the parent by its 管理番号 ("" for none).
 * The compact constructor normalises (text stripped, codes folded to half-width upper case,
 * restriction codes sorted without repeats); {@link #problems()} lists what is wrong with the
 * fields on their own — the service adds what only the database and the scheme can tell. The
 * form ({@link #fromForm}) and the API body bind it directly; a flag the API body leaves out or
 * sends as null is off. {@code more} holds the fields the table ({@link AssetField}) adds without a
 * component of their own, by their names (the API body's other names land there and are kept only
 * when they are such fields).
 */
public record AssetDraft(
        String name,
        @Nullable AssetKind kind,
        String description,
        @Nullable Long ownerUnitId,
        String custodian,
        String users,
        String location,
        @Nullable AssetForm form,
        String zoneCode,
        String confidentiality,
        String integrity,
        String availability,
        List<String> restrictionCodes,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean personalInfo,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean sensitivePersonalInfo,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean specificPersonalInfo,
        @Nullable Integer recordCount,
        String retention,
        @Nullable LocalDate nextReview,
        String parentNumber,
        String note,
        @JsonAnySetter Map<String, @Nullable Object> more) {
    public AssetDraft {
        name = text(name);
        description = text(description);
        custodian = text(custodian);
        users = text(users);
        location = text(location);
        zoneCode = code(zoneCode);
        confidentiality = code(confidentiality);
        integrity = code(integrity);
        availability = code(availability);
        restrictionCodes = restrictionCodes == null
                ? List.of()
                : List.copyOf(new TreeSet<>(restrictionCodes.stream()
                        .map(AssetDraft::code)
                        .filter(c -> !c.isEmpty())
                        .toList()));
        retention = text(retention);
        parentNumber = code(parentNumber);
        note = text(note);
        more = AssetField.moreOf(more);
    }

    /** The draft of a stored asset: saving it unchanged changes nothing. */
    public static AssetDraft of(Asset asset) {
        return AssetField.draft(field -> field.of(asset));
    }

    /** A new asset's draft: nothing chosen, nothing typed, the owner unit if one is given. */
    public static AssetDraft empty(@Nullable Long ownerUnitId) {
        return AssetField.draft(field -> field == AssetField.OWNER_UNIT ? ownerUnitId : null);
    }

    /**
     * The draft a form's fields say (each field's values by its name), read by the field table: a
     * count as people type it (１，２００), a date as 2025-04-01 or 2025/4/1. A count or a date that
     * cannot be read is left empty and named in {@code problems}.
     */
    public static AssetDraft fromForm(Function<String, List<String>> values, List<Problem> problems) {
        return AssetField.fromText(values, problems);
    }

    /** The names of the fields held in {@link #more()} (the form shows them as it shows the others). */
    public static java.util.Set<String> moreNames() {
        return AssetField.more().stream()
                .map(AssetField::key)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** A date as {@link #fromForm} reads it; null when it cannot be read. */
    public static @Nullable LocalDate date(String text) {
        return AssetField.date(text);
    }

    /**
     * The problems of the fields on their own: first what is required and missing (or too long) in
     * the order of {@link AssetField}, then the lengths of the other texts, then the record count.
     */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (AssetField field : AssetField.typed()) {
            Object value = field.of(this, "");
            if (field.requiredMessage() != null) {
                if (value == null || "".equals(value)) {
                    problems.add(Problem.of(field.key(), field.requiredMessage()));
                } else {
                    tooLong(problems, field, value);
                }
            }
        }
        for (AssetField field : AssetField.typed()) {
            if (field.requiredMessage() == null) {
                tooLong(problems, field, field.of(this, ""));
            }
        }
        if (recordCount != null && recordCount < 0) {
            problems.add(Problem.of("recordCount", "asset.recordCount.negative"));
        }
        return problems;
    }

    /** True when the draft says the asset holds personal data of any kind. */
    boolean anyPersonalData() {
        return personalInfo || sensitivePersonalInfo || specificPersonalInfo;
    }

    private static void tooLong(List<Problem> problems, AssetField field, @Nullable Object value) {
        if (field.maxLength() > 0 && value instanceof String text && text.length() > field.maxLength()) {
            problems.add(Problem.of(field.key(), "asset.tooLong", field.maxLength()));
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String code(@Nullable String value) {
        return value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toUpperCase(java.util.Locale.ROOT);
    }
}
