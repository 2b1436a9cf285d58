package jp.mamori.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the standard ledger layout, in the order they are exported, with their width on
 * export and the header names offices commonly use for them. The header, its variants and the width
 * of a field's column are written in the field table ({@link AssetField}); only 管理番号 and 状態,
 * which are not fields a person gives, are written here. The 21 columns the issue names come first,
 * 利用者 and 上位資産 follow so that an export keeps every field of an asset; the layout is a contract,
 * so a field added to the table later gets its column after them, in the table's order.
 */
public final class LedgerColumn {
    public static final LedgerColumn NUMBER =
            new LedgerColumn("NUMBER", null, 12, "管理番号", "資産番号", "資産管理番号", "管理No", "管理NO.", "整理番号", "No.", "No", "番号");
    public static final LedgerColumn NAME = field(AssetField.NAME);
    public static final LedgerColumn KIND = field(AssetField.KIND);
    public static final LedgerColumn DESCRIPTION = field(AssetField.DESCRIPTION);
    public static final LedgerColumn OWNER_UNIT = field(AssetField.OWNER_UNIT);
    public static final LedgerColumn CUSTODIAN = field(AssetField.CUSTODIAN);
    public static final LedgerColumn LOCATION = field(AssetField.LOCATION);
    public static final LedgerColumn FORM = field(AssetField.FORM);
    public static final LedgerColumn ZONE = field(AssetField.ZONE);
    public static final LedgerColumn CONFIDENTIALITY = field(AssetField.CONFIDENTIALITY);
    public static final LedgerColumn INTEGRITY = field(AssetField.INTEGRITY);
    public static final LedgerColumn AVAILABILITY = field(AssetField.AVAILABILITY);
    public static final LedgerColumn RESTRICTIONS = field(AssetField.RESTRICTIONS);
    public static final LedgerColumn PERSONAL_INFO = field(AssetField.PERSONAL_INFO);
    public static final LedgerColumn SENSITIVE_INFO = field(AssetField.SENSITIVE_PERSONAL_INFO);
    public static final LedgerColumn SPECIFIC_INFO = field(AssetField.SPECIFIC_PERSONAL_INFO);
    public static final LedgerColumn RECORD_COUNT = field(AssetField.RECORD_COUNT);
    public static final LedgerColumn RETENTION = field(AssetField.RETENTION);
    public static final LedgerColumn NEXT_REVIEW = field(AssetField.NEXT_REVIEW);
    public static final LedgerColumn STATUS = new LedgerColumn("STATUS", null, 10, "状態", "ステータス", "使用状況", "利用状況");
    public static final LedgerColumn NOTE = field(AssetField.NOTE);
    public static final LedgerColumn USERS = field(AssetField.USERS);
    public static final LedgerColumn PARENT = field(AssetField.PARENT);

    /** Every column in the order of the layout; the fields the table adds later come last. */
    private static final List<LedgerColumn> ALL = all();

    private final String name;
    private final @Nullable AssetField field;
    private final int width;
    private final String header;
    private final List<String> variants;

    private LedgerColumn(String name, @Nullable AssetField field, int width, String header, String... variants) {
        this(name, field, width, header, List.of(variants));
    }

    private LedgerColumn(String name, @Nullable AssetField field, int width, String header, List<String> variants) {
        this.name = name;
        this.field = field;
        this.width = width;
        this.header = header;
        this.variants = variants;
    }

    private static LedgerColumn field(AssetField field) {
        AssetField.Ledger spec = field.ledgerSpec();
        if (spec == null) {
            throw new IllegalStateException(field + " has no Excel column");
        }
        return new LedgerColumn(
                spec.name() == null ? field.name() : spec.name(), field, spec.width(), spec.header(), spec.variants());
    }

    private static List<LedgerColumn> all() {
        List<LedgerColumn> all = new ArrayList<>(List.of(
                NUMBER,
                NAME,
                KIND,
                DESCRIPTION,
                OWNER_UNIT,
                CUSTODIAN,
                LOCATION,
                FORM,
                ZONE,
                CONFIDENTIALITY,
                INTEGRITY,
                AVAILABILITY,
                RESTRICTIONS,
                PERSONAL_INFO,
                SENSITIVE_INFO,
                SPECIFIC_INFO,
                RECORD_COUNT,
                RETENTION,
                NEXT_REVIEW,
                STATUS,
                NOTE,
                USERS,
                PARENT));
        for (AssetField f : AssetField.values()) {
            if (f.ledgerSpec() != null && all.stream().noneMatch(c -> c.field == f)) {
                all.add(field(f));
            }
        }
        return List.copyOf(all);
    }

    /** Every column, in the order of the layout. */
    public static LedgerColumn[] values() {
        return ALL.toArray(LedgerColumn[]::new);
    }

    /** The column of a field of the table. */
    static LedgerColumn of(AssetField field) {
        return ALL.stream()
                .filter(c -> c.field == field)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " has no Excel column"));
    }

    /** The column's name in an import mapping ({@code NAME}, {@code RECORD_COUNT} …). */
    public String name() {
        return name;
    }

    /** The column's place in the layout, from 0. */
    public int ordinal() {
        return ALL.indexOf(this);
    }

    /** The field of the table this column carries; null for 管理番号 and 状態. */
    @Nullable
    AssetField field() {
        return field;
    }

    /** The column's width on export, in characters. */
    int width() {
        return width;
    }

    /** The header written on export and matched first on import. */
    public String header() {
        return header;
    }

    List<String> variants() {
        return variants;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The column whose standard header is this text (normalised as {@link #headerKey}). */
    public static Optional<LedgerColumn> byHeader(String text) {
        String key = headerKey(text);
        for (LedgerColumn column : ALL) {
            if (headerKey(column.header).equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column one of whose common variants is this text. */
    static Optional<LedgerColumn> byVariant(String text) {
        String key = headerKey(text);
        for (LedgerColumn column : ALL) {
            if (column.variants.stream().anyMatch(v -> headerKey(v).equals(key))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * A header cell reduced for matching: NFKC, no spaces or line breaks, no marks such as ※ or *, no
     * trailing explanation in brackets ({@code 件数（概数）} → 件数, {@code 機密性(3～1)} → 機密性).
     */
    static String headerKey(String text) {
        String s = LedgerText.key(text).replaceAll("[※*＊◆■●★]", "");
        s = s.replaceAll("[(\\[【〔<][^)\\]】〕>]*[)\\]】〕>]$", "");
        return s.replace("・", "");
    }
}
