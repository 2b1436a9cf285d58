package jp.mamori.asset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.RecordFields;
import org.jspecify.annotations.Nullable;

/**
 * The fields a person gives an asset, written once: each row names the field (its name in the form,
 * the API, the history rows and the audit details), its column in {@code ast_asset}, its {@link Type},
 * for text its greatest length, for a required field the message when it is missing, and its column in
 * the Excel ledger ({@link Ledger}: width, header and the headers offices also use; {@link
 * LedgerColumn} is made from these). The rows are in the order the history, the audit trail and the
 * import list them.
 *
 * <p>Storage ({@link AssetRepository}), the history and audit details ({@link Assets#createdValues},
 * {@link Assets#differences}), the length checks of a draft, the Excel import and export of the plain
 * types, the form's reading and the fields of the API beyond its first version are all derived from
 * this table. A field that has a component in {@link AssetDraft} and {@link Asset} is read from it; a
 * row of a plain type ({@link Type#plain()}) without one is held in the records' {@code more} map, so
 * such a field needs only its row, its column (a migration), its place on the form and its texts
 * (docs/assets.md, "How to add a field").
 *
 * <p>{@link #SCHEME} is not typed by anyone: an asset records the scheme its levels were given
 * under, and a draft is always classified under the scheme active at the time.
 */
enum AssetField {
    NAME(
            "name",
            "name",
            Type.TEXT,
            200,
            "asset.name.required",
            ledger(28, "資産名", "名称", "情報資産名", "資産の名称", "情報資産の名称", "情報資産", "資産名称")),
    KIND(
            "kind",
            "kind",
            Type.KIND,
            0,
            "asset.kind.required",
            ledger(22, "資産区分", "区分", "資産の区分", "資産種別", "種別", "資産の種類", "種類")),
    DESCRIPTION("description", "description", Type.TEXT, 2000, null, ledger(36, "概要", "内容", "説明", "資産の概要", "情報資産の概要")),
    OWNER_UNIT(
            "ownerUnitId",
            "owner_unit_id",
            Type.UNIT,
            0,
            "asset.ownerUnit.required",
            ledger(16, "管理部署", "所管課", "担当課", "所管部署", "担当部署", "管理課", "主管課", "所管", "管理部門", "所属")),
    CUSTODIAN("custodian", "custodian", Type.TEXT, 100, null, ledger(14, "管理者", "管理担当者", "担当者", "管理責任者")),
    USERS("users", "asset_users", Type.TEXT, 200, null, ledger(20, "利用者", "利用者の範囲", "利用範囲")),
    LOCATION(
            "location",
            "location",
            Type.TEXT,
            200,
            null,
            ledger(20, "保管場所", "保存場所", "設置場所", "所在", "所在地", "保管先", "格納場所")),
    FORM("form", "form", Type.FORM, 0, "asset.form.required", ledger(10, "形態", "保存形態", "媒体", "記録媒体", "形式", "保存形式")),
    ZONE(
            "zoneCode",
            "zone_code",
            Type.ZONE,
            0,
            "asset.zone.required",
            ledger(20, "ネットワーク区分", "ネットワーク", "接続系", "ネットワーク分離", "系統", "ネットワーク種別")),
    SCHEME("scheme", "scheme", Type.SCHEME, 0, null, null),
    CONFIDENTIALITY(
            "confidentiality",
            "confidentiality",
            Type.LEVEL,
            0,
            "asset.level.required",
            ledger(14, "機密性", "機密性区分", "機密性分類", "自治体機密性")),
    INTEGRITY("integrity", "integrity", Type.LEVEL, 0, "asset.level.required", ledger(10, "完全性", "完全性区分", "完全性分類")),
    AVAILABILITY(
            "availability", "availability", Type.LEVEL, 0, "asset.level.required", ledger(10, "可用性", "可用性区分", "可用性分類")),
    RESTRICTIONS("restrictions", null, Type.CODES, 0, null, ledger(22, "取扱制限", "取扱い制限", "取り扱い制限", "取扱区分", "取扱い", "取扱")),
    PERSONAL_INFO("personalInfo", "personal_info", Type.FLAG, 0, null, ledger(10, "個人情報", "個人情報の有無", "個人情報有無")),
    SENSITIVE_PERSONAL_INFO(
            "sensitivePersonalInfo",
            "sensitive_personal_info",
            Type.FLAG,
            0,
            null,
            ledger("SENSITIVE_INFO", 12, "要配慮個人情報", "要配慮個人情報の有無", "要配慮")),
    SPECIFIC_PERSONAL_INFO(
            "specificPersonalInfo",
            "specific_personal_info",
            Type.FLAG,
            0,
            null,
            ledger("SPECIFIC_INFO", 12, "特定個人情報", "特定個人情報の有無", "特定個人情報有無")),
    RECORD_COUNT(
            "recordCount",
            "record_count",
            Type.COUNT,
            0,
            null,
            ledger(10, "件数", "記録件数", "データ件数", "概数", "件数概数", "保有件数", "概ねの件数")),
    RETENTION("retention", "retention", Type.TEXT, 50, null, ledger(12, "保存期間", "保存年限", "保管期間", "保存年数")),
    NEXT_REVIEW(
            "nextReview",
            "next_review",
            Type.DATE,
            0,
            null,
            ledger(16, "次回見直し日", "見直し予定日", "次回見直し", "次回見直し予定日", "見直し日", "次回点検日")),
    PARENT("parentNumber", null, Type.CODE, 0, null, ledger(12, "上位資産", "上位資産番号", "上位の資産", "親資産")),
    NOTE("note", "note", Type.TEXT, 2000, null, ledger(30, "備考", "摘要", "メモ"));

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

    /**
     * A field's column in the Excel ledger: its width on export, the header written there and matched
     * first on import, and the other headers offices use for it. {@code name} is the column's name in
     * an import mapping (the field's own name when null).
     */
    record Ledger(@Nullable String name, int width, String header, List<String> variants) {}

    private static Ledger ledger(int width, String header, String... variants) {
        return new Ledger(null, width, header, List.of(variants));
    }

    private static Ledger ledger(String name, int width, String header, String... variants) {
        return new Ledger(name, width, header, List.of(variants));
    }

    static final RecordFields<AssetDraft> DRAFT = RecordFields.of(AssetDraft.class);
    static final RecordFields<Asset> ASSET = RecordFields.of(Asset.class);

    /** The component of {@link AssetDraft} and {@link Asset} that holds the fields without one of their own. */
    static final String MORE = "more";

    /**
     * The value records that hold fields of {@link AssetDraft} and {@link Asset} together, by the name
     * of the component that holds each: a field whose name is a component of one of them is kept there.
     */
    private static final Map<String, RecordFields<? extends Record>> GROUPS = Map.of(
            "custody", RecordFields.of(Custody.class),
            "classification", RecordFields.of(Classification.class),
            "personalData", RecordFields.of(PersonalData.class));

    /**
     * Where a field's value is held: in the value record named by {@code group}, in the records'
     * {@code more} map, or (neither) in a component of its own.
     */
    private record Place(@Nullable String group, boolean inMore) {
        static Place of(AssetField field) {
            if (field.component == null) {
                return new Place(null, false);
            }
            String group = GROUPS.entrySet().stream()
                    .filter(g -> g.getValue().has(field.component))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            return new Place(group, group == null && !DRAFT.has(field.component));
        }
    }

    /**
     * Each field's place, found once: the import, the export, the history and the checks read every
     * field of every asset through it (searched per value read, it was most of their time; profile in
     * docs/benchmarks.md, session 8).
     */
    private static final Map<AssetField, Place> PLACES =
            new EnumMap<>(Arrays.stream(values()).collect(Collectors.toMap(Function.identity(), Place::of)));

    /** The fields held in the records' {@code more} map, in the table's order. */
    private static final List<AssetField> IN_MORE =
            Arrays.stream(values()).filter(AssetField::inMore).toList();

    /** The typed fields by their component. */
    private static final Map<String, AssetField> BY_COMPONENT = Arrays.stream(values())
            .filter(f -> f.component != null)
            .collect(Collectors.toMap(f -> f.component, Function.identity(), (first, next) -> first));

    private final String key;
    private final @Nullable String component;
    private final @Nullable String column;
    private final Type type;
    private final int maxLength;
    private final @Nullable String requiredMessage;
    private final @Nullable Ledger ledger;

    AssetField(
            String key,
            @Nullable String column,
            Type type,
            int maxLength,
            @Nullable String requiredMessage,
            @Nullable Ledger ledger) {
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

    /**
     * The field's name in the form and the API body: the component of the draft (and the asset) that
     * holds it, or its key in their {@code more} map; null for {@link #SCHEME}.
     */
    @Nullable
    String component() {
        return component;
    }

    /**
     * True for a field held in the records' {@code more} map: a field of a plain type added to the
     * table without a component of its own.
     */
    boolean inMore() {
        return PLACES.get(this).inMore();
    }

    /** The component of the draft and the asset whose value record holds this field; null for none. */
    @Nullable
    String group() {
        return PLACES.get(this).group();
    }

    /** The column in {@code ast_asset} that {@link AssetRepository} reads and writes by the table. */
    @Nullable
    String column() {
        return column;
    }

    Type type() {
        return type;
    }

    /** The field's Excel column as the table describes it; null for a field the ledger does not carry. */
    @Nullable
    Ledger ledgerSpec() {
        return ledger;
    }

    /** The column of the Excel ledger; null for a field the ledger does not carry. */
    @Nullable
    LedgerColumn ledger() {
        return ledger == null ? null : LedgerColumn.of(this);
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
        if (component == null) {
            return asset.scheme();
        }
        if (inMore()) {
            return asset.more().get(key);
        }
        String group = group();
        return group == null ? ASSET.get(asset, component) : read(group, ASSET.get(asset, group), component);
    }

    /** The field's value in a draft classified under {@code scheme}. */
    @Nullable
    Object of(AssetDraft draft, String scheme) {
        if (component == null) {
            return scheme;
        }
        if (inMore()) {
            return draft.more().get(key);
        }
        String group = group();
        return group == null ? DRAFT.get(draft, component) : read(group, DRAFT.get(draft, group), component);
    }

    /** The fields a person types (every row but {@link #SCHEME}). */
    static List<AssetField> typed() {
        return Arrays.stream(values()).filter(f -> f.component != null).toList();
    }

    /** The fields held in the records' {@code more} map, in the table's order. */
    static List<AssetField> more() {
        return IN_MORE;
    }

    /** The row of a draft component. */
    static Optional<AssetField> byComponent(String component) {
        return Optional.ofNullable(BY_COMPONENT.get(component));
    }

    /** The row of an Excel column. */
    static Optional<AssetField> byLedger(LedgerColumn column) {
        return Optional.ofNullable(column.field());
    }

    /**
     * The {@code more} map of a record: every field held there, by key in the table's order, its value
     * read by the field's type (text stripped, a code folded, a flag off unless true, a count and a date
     * taken from JSON's number and text); what is not such a field is left out.
     */
    static Map<String, @Nullable Object> moreOf(@Nullable Map<String, ? extends @Nullable Object> given) {
        Map<String, @Nullable Object> more = new LinkedHashMap<>();
        for (AssetField field : more()) {
            Object value = given == null ? null : given.get(field.key);
            more.put(field.key, field.normalised(value));
        }
        return Collections.unmodifiableMap(more);
    }

    private @Nullable Object normalised(@Nullable Object value) {
        return switch (type) {
            case FLAG -> Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
            case COUNT ->
                value instanceof Number n
                        ? Integer.valueOf(n.intValue())
                        : value instanceof String t && t.strip().matches("\\d{1,9}")
                                ? Integer.valueOf(t.strip())
                                : null;
            case DATE -> value instanceof LocalDate d ? d : value instanceof String t ? date(t) : null;
            case CODE ->
                value == null
                        ? ""
                        : Normalizer.normalize(value.toString(), Normalizer.Form.NFKC)
                                .strip()
                                .toUpperCase(java.util.Locale.ROOT);
            default -> value == null ? "" : value.toString().strip();
        };
    }

    /** A draft built field by field (the normalising constructor still applies). */
    static AssetDraft draft(Function<AssetField, @Nullable Object> value) {
        return DRAFT.build(grouped(name ->
                name.equals(MORE) ? more(value) : value.apply(byComponent(name).orElseThrow())));
    }

    /**
     * The draft of an API body read by Jackson as a map: each field's value by its name, converted to
     * the type of the component that holds it (a field in {@code more} is normalised there).
     */
    static AssetDraft fromJson(Map<String, @Nullable Object> body) {
        return draft(field -> {
            Object value = body.get(field.component());
            if (value == null || field.inMore()) {
                return value;
            }
            String group = field.group();
            Class<?> type = group == null
                    ? DRAFT.type(field.component())
                    : GROUPS.get(group).type(field.component());
            try {
                return JSON.convertValue(value, type);
            } catch (RuntimeException e) {
                // the field's name on the problem, as Jackson names a field it reads itself (400 naming
                // the field and the type it wants)
                tools.jackson.core.JacksonException jackson = e instanceof tools.jackson.core.JacksonException j
                        ? j
                        : e.getCause() instanceof tools.jackson.core.JacksonException j ? j : null;
                if (jackson == null) {
                    throw e;
                }
                throw tools.jackson.core.JacksonException.wrapWithPath(jackson, body, field.component());
            }
        });
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** The draft with one field replaced, the field named as in the form and the API body. */
    static AssetDraft with(AssetDraft d, String name, @Nullable Object value) {
        byComponent(name).orElseThrow(() -> new IllegalArgumentException("no asset field " + name));
        return draft(f -> name.equals(f.component()) ? value : f.of(d, ""));
    }

    /** An asset built from its values by name: a field's by its name in the form, the others by component. */
    static Asset asset(Function<String, @Nullable Object> valueByName) {
        return ASSET.build(grouped(valueByName));
    }

    /** The values by component, the value records built from their fields' values. */
    private static Function<String, @Nullable Object> grouped(Function<String, @Nullable Object> valueByName) {
        return name -> {
            RecordFields<? extends Record> group = GROUPS.get(name);
            return group == null ? valueByName.apply(name) : group.build(valueByName);
        };
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Object read(String group, @Nullable Object record, String name) {
        return record == null ? null : ((RecordFields<Record>) GROUPS.get(group)).get((Record) record, name);
    }

    /** The {@code more} map of the fields held there, each value given by its row. */
    static Map<String, @Nullable Object> more(Function<AssetField, @Nullable Object> value) {
        Map<String, @Nullable Object> more = new LinkedHashMap<>();
        for (AssetField field : more()) {
            more.put(field.key, value.apply(field));
        }
        return more;
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
