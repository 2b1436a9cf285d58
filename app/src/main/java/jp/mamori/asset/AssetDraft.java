package jp.mamori.asset;

import com.fasterxml.jackson.annotation.JsonCreator;
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
 * restriction codes sorted without repeats); fields that belong together are value records
 * ({@link Custody}, {@link Classification}, {@link PersonalData}) that the API body and the form still
 * name field by field; {@link #problems()} lists what is wrong with the
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
        Custody custody,
        @Nullable AssetForm form,
        String zoneCode,
        Classification classification,
        List<String> restrictionCodes,
        PersonalData personalData,
        String retention,
        @Nullable LocalDate nextReview,
        String parentNumber,
        String note,
        Map<String, @Nullable Object> more) {
    public AssetDraft {
        name = text(name);
        description = text(description);
        custody = custody == null ? new Custody("", "", "") : custody;
        zoneCode = code(zoneCode);
        classification = classification == null ? new Classification("", "", "") : classification;
        personalData = personalData == null ? new PersonalData(false, false, false, null) : personalData;
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

    /**
     * The draft an API body says, each field by its own name (flat, as the form names them) read by
     * the field table into the component or value record that holds it; a value of the wrong type is
     * refused (400), other names are left out.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static AssetDraft fromJson(Map<String, @Nullable Object> body) {
        return AssetField.fromJson(body);
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

    /**
     * The names of the fields the form shows that are not components of the draft: those held in its
     * value records and in {@link #more()} (the form shows them as it shows the others).
     */
    public static java.util.Set<String> nestedNames() {
        return AssetField.typed().stream()
                .filter(f -> f.inMore() || f.group() != null)
                .map(AssetField::component)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** A field's value by its name in the form and the API body. */
    public @Nullable Object field(String name) {
        return AssetField.byComponent(name).map(f -> f.of(this, "")).orElse(null);
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
        Integer recordCount = personalData.recordCount();
        if (recordCount != null && recordCount < 0) {
            problems.add(Problem.of("recordCount", "asset.recordCount.negative"));
        }
        return problems;
    }

    /** True when the draft says the asset holds personal data of any kind. */
    boolean anyPersonalData() {
        return personalData.any();
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
        return Classification.code(value);
    }
}
