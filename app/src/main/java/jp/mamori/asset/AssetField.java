package jp.mamori.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.RecordFields;
import org.jspecify.annotations.Nullable;

/**
 * The fields a person gives an asset, written once: each row names the field (its name in the form,
 * the API, the history rows and the audit details), the component of {@link AssetDraft} and
 * {@link Asset} that holds it, its column in {@code ast_asset}, its {@link Type}, its column in the
 * Excel ledger ({@link LedgerColumn}) and, for text, its greatest length. The rows are in the order
 * the history, the audit trail and the import list them.
 *
 * <p>Storage ({@link AssetRepository}), the history and audit details ({@link Assets#createdValues},
 * {@link Assets#differences}), the length checks of a draft, the Excel import and export of the plain
 * types and the fields of the API beyond its first version are all derived from this table. A field
 * of a plain type ({@link Type#plain()}) needs nothing else but its component, its column, its
 * header and its place on the form (docs/assets.md, "How to add a field").
 *
 * <p>{@link #SCHEME} is not typed by anyone: an asset records the scheme its levels were given
 * under, and a draft is always classified under the scheme active at the time.
 */
enum AssetField {
    NAME("name", "name", Type.TEXT, LedgerColumn.NAME, 200, "asset.name.required"),
    KIND("kind", "kind", Type.KIND, LedgerColumn.KIND, 0, "asset.kind.required"),
    DESCRIPTION("description", "description", Type.TEXT, LedgerColumn.DESCRIPTION, 2000, null),
    OWNER_UNIT("ownerUnitId", "owner_unit_id", Type.UNIT, LedgerColumn.OWNER_UNIT, 0, "asset.ownerUnit.required"),
    CUSTODIAN("custodian", "custodian", Type.TEXT, LedgerColumn.CUSTODIAN, 100, null),
    USERS("users", "asset_users", Type.TEXT, LedgerColumn.USERS, 200, null),
    LOCATION("location", "location", Type.TEXT, LedgerColumn.LOCATION, 200, null),
    FORM("form", "form", Type.FORM, LedgerColumn.FORM, 0, "asset.form.required"),
    ZONE("zoneCode", "zone_code", Type.ZONE, LedgerColumn.ZONE, 0, "asset.zone.required"),
    SCHEME("scheme", "scheme", Type.SCHEME, null, 0, null),
    CONFIDENTIALITY(
            "confidentiality", "confidentiality", Type.LEVEL, LedgerColumn.CONFIDENTIALITY, 0, "asset.level.required"),
    INTEGRITY("integrity", "integrity", Type.LEVEL, LedgerColumn.INTEGRITY, 0, "asset.level.required"),
    AVAILABILITY("availability", "availability", Type.LEVEL, LedgerColumn.AVAILABILITY, 0, "asset.level.required"),
    RESTRICTIONS("restrictions", null, Type.CODES, LedgerColumn.RESTRICTIONS, 0, null),
    PERSONAL_INFO("personalInfo", "personal_info", Type.FLAG, LedgerColumn.PERSONAL_INFO, 0, null),
    SENSITIVE_PERSONAL_INFO(
            "sensitivePersonalInfo", "sensitive_personal_info", Type.FLAG, LedgerColumn.SENSITIVE_INFO, 0, null),
    SPECIFIC_PERSONAL_INFO(
            "specificPersonalInfo", "specific_personal_info", Type.FLAG, LedgerColumn.SPECIFIC_INFO, 0, null),
    RECORD_COUNT("recordCount", "record_count", Type.COUNT, LedgerColumn.RECORD_COUNT, 0, null),
    RETENTION("retention", "retention", Type.TEXT, LedgerColumn.RETENTION, 50, null),
    NEXT_REVIEW("nextReview", "next_review", Type.DATE, LedgerColumn.NEXT_REVIEW, 0, null),
    PARENT("parentNumber", null, Type.CODE, LedgerColumn.PARENT, 0, null),
    NOTE("note", "note", Type.TEXT, LedgerColumn.NOTE, 2000, null);

    /** What a field holds; it decides how the field is stored, read from Excel and written there. */
    enum Type {
        /** Free text, stripped; at most the row's length. */
        TEXT,
        /** A code typed by a person (a 管理番号): NFKC, upper case. */
        CODE,
        /** A yes/no flag (有/無 in Excel). */
        FLAG,
        /** A whole number ≥ 0, or none. */
        COUNT,
        /** A date, or none (和暦 in Excel). */
        DATE,
        /** {@link AssetKind}. */
        KIND,
        /** {@link AssetForm}. */
        FORM,
        /** An organisation unit's id. */
        UNIT,
        /** A network zone's code. */
        ZONE,
        /** A level code of the scheme. */
        LEVEL,
        /** Handling restriction codes (table {@code ast_asset_restriction}). */
        CODES,
        /** The scheme's id (not typed by anyone). */
        SCHEME;

        /** True for the types the table stores, reads and writes without help. */
        boolean plain() {
            return this == TEXT || this == CODE || this == FLAG || this == COUNT || this == DATE;
        }

        @Nullable
        Object read(ResultSet rs, String column) throws SQLException {
            return switch (this) {
                case FLAG -> rs.getBoolean(column);
                case COUNT -> rs.getObject(column, Integer.class);
                case DATE -> rs.getObject(column, LocalDate.class);
                case KIND -> AssetKind.valueOf(rs.getString(column));
                case FORM -> AssetForm.valueOf(rs.getString(column));
                case UNIT -> rs.getLong(column);
                default -> rs.getString(column);
            };
        }

        @Nullable
        Object parameter(@Nullable Object value) {
            return value instanceof Enum<?> e ? e.name() : value;
        }
    }

    static final RecordFields<AssetDraft> DRAFT = RecordFields.of(AssetDraft.class);
    static final RecordFields<Asset> ASSET = RecordFields.of(Asset.class);

    private final String key;
    private final @Nullable String component;
    private final @Nullable String column;
    private final Type type;
    private final @Nullable LedgerColumn ledger;
    private final int maxLength;
    private final @Nullable String requiredMessage;

    AssetField(
            String key,
            @Nullable String column,
            Type type,
            @Nullable LedgerColumn ledger,
            int maxLength,
            @Nullable String requiredMessage) {
        this.key = key;
        this.component = type == Type.SCHEME ? null : type == Type.CODES ? "restrictionCodes" : key;
        this.column = column;
        this.type = type;
        this.ledger = ledger;
        this.maxLength = maxLength;
        this.requiredMessage = requiredMessage;
    }

    /** The field's name in the history rows and the audit details. */
    String key() {
        return key;
    }

    /** The draft's (and the asset's) component; null for {@link #SCHEME}. */
    @Nullable
    String component() {
        return component;
    }

    /** The column in {@code ast_asset} that {@link AssetRepository} reads and writes by the table. */
    @Nullable
    String column() {
        return column;
    }

    Type type() {
        return type;
    }

    /** The column of the Excel ledger; null for a field the ledger does not carry. */
    @Nullable
    LedgerColumn ledger() {
        return ledger;
    }

    /** The greatest length of a text field; 0 for other types. */
    int maxLength() {
        return maxLength;
    }

    /** The message when the field is left empty; null when it may be. */
    @Nullable
    String requiredMessage() {
        return requiredMessage;
    }

    /** The field's value on a stored asset. */
    @Nullable
    Object of(Asset asset) {
        return component == null ? asset.scheme() : ASSET.get(asset, component);
    }

    /** The field's value in a draft classified under {@code scheme}. */
    @Nullable
    Object of(AssetDraft draft, String scheme) {
        return component == null ? scheme : DRAFT.get(draft, component);
    }

    /** The fields a person types (every row but {@link #SCHEME}). */
    static List<AssetField> typed() {
        return Arrays.stream(values()).filter(f -> f.component != null).toList();
    }

    /** The row of a draft component. */
    static Optional<AssetField> byComponent(String component) {
        return Arrays.stream(values())
                .filter(f -> component.equals(f.component))
                .findFirst();
    }

    /** The row of an Excel column. */
    static Optional<AssetField> byLedger(LedgerColumn column) {
        return Arrays.stream(values()).filter(f -> f.ledger == column).findFirst();
    }

    /** A draft built field by field (the normalising constructor still applies). */
    static AssetDraft draft(Function<AssetField, @Nullable Object> value) {
        return DRAFT.build(name -> value.apply(byComponent(name).orElseThrow()));
    }

    /**
     * The draft a form says, each field read from its text by its type; a count or a date that
     * cannot be read is added to {@code problems} on its field ({@code asset.<field>.format}) and left
     * empty. A choice that names nothing known (an unknown kind) counts as none made, so the required
     * check names it.
     */
    static AssetDraft fromText(Function<String, List<String>> form, List<Problem> problems) {
        return draft(field -> {
            List<String> texts = form.apply(field.component());
            String text = texts.isEmpty() || texts.get(0) == null ? "" : texts.get(0);
            String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
            return switch (field.type()) {
                case FLAG -> texts.stream().anyMatch(t -> "true".equalsIgnoreCase(t) || "on".equalsIgnoreCase(t));
                case CODES -> texts;
                case KIND -> choice(AssetKind.class, plain);
                case FORM -> choice(AssetForm.class, plain);
                case UNIT -> plain.matches("\\d{1,18}") ? Long.valueOf(plain) : null;
                case COUNT -> {
                    String digits = plain.replace(",", "");
                    if (digits.isEmpty()) {
                        yield null;
                    }
                    try {
                        yield Integer.valueOf(digits);
                    } catch (NumberFormatException e) {
                        problems.add(Problem.of(field.key(), "asset." + field.key() + ".format"));
                        yield null;
                    }
                }
                case DATE -> {
                    if (plain.isEmpty()) {
                        yield null;
                    }
                    LocalDate date = date(plain);
                    if (date == null) {
                        problems.add(Problem.of(field.key(), "asset." + field.key() + ".format"));
                    }
                    yield date;
                }
                default -> text;
            };
        });
    }

    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");

    /** A date typed as 2025-04-01 (what a date input sends) or 2025/4/1; null when it is neither. */
    static @Nullable LocalDate date(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            Matcher m = SLASHED.matcher(s);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** The draft of nothing: every text empty, no choice made, no flag set. */
    static AssetDraft blank() {
        return draft(f -> null);
    }
}
