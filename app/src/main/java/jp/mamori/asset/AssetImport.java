package jp.mamori.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.mamori.asset.AssetEvent.AssetsImported;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an Excel ledger (情報資産管理台帳) into the register, all or nothing.
 *
 * <p>Every sheet with a recognisable header is read (see {@link LedgerLayout}); each non-blank row
 * below it is one asset: with a 管理番号 it updates that asset, without one it creates a new asset.
 * Cells are read as people type them ({@link LedgerParsers}); 管理部署 must name an existing unit by
 * code or name. In an update row a column that the file does not have leaves that field as stored;
 * a blank cell in a column it has clears the field. Every problem of every row is collected —
 * row, column, the cell's text and a message — and when there is any, or in a dry run, nothing is
 * written. Otherwise the assets are saved in one transaction through {@link Assets#saveAll}, which
 * keeps history and audit entries per asset, and an {@link AssetsImported} event records the import.
 */
@Service
public class AssetImport {
    /** One problem: the Excel row, the column's header, the cell's text and what is wrong. */
    public record CellError(int row, String column, String value, String message) {}

    /** A header of the file that names no field: its values are not read unless the person maps it. */
    record UnknownHeader(String sheet, String column, String header) {}

    /**
     * What the import did, or (dry run, or errors) would do with the valid rows.
     *
     * @param rows the data rows read (blank rows not counted)
     * @param written true when the assets were saved
     */
    public record Outcome(
            int rows,
            int created,
            int updated,
            int unchanged,
            List<CellError> errors,
            List<UnknownHeader> unknownHeaders,
            List<String> skippedSheets,
            boolean written) {
        public Outcome {
            errors = List.copyOf(errors);
            unknownHeaders = List.copyOf(unknownHeaders);
            skippedSheets = List.copyOf(skippedSheets);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Who may import rows of which unit (the pages and the API ask {@code Access}; the CLI allows all). */
    public interface UnitPermission {
        boolean mayManage(long unitId);

        static UnitPermission everyUnit() {
            return unitId -> true;
        }
    }

    /** The request: the file and how to read it. */
    public record Request(
            String fileName,
            byte[] content,
            boolean dryRun,
            Map<String, LedgerColumn> mapping,
            UnitPermission permission,
            String actor,
            Locale locale) {
        public Request {
            mapping = Map.copyOf(mapping);
        }
    }

    /** The Excel column of each field a problem can name (the field table's, with number and status). */
    private static final Map<String, LedgerColumn> FIELD_COLUMNS = fieldColumns();

    private static Map<String, LedgerColumn> fieldColumns() {
        Map<String, LedgerColumn> columns = new HashMap<>();
        columns.put("number", LedgerColumn.NUMBER);
        columns.put("status", LedgerColumn.STATUS);
        for (AssetField field : AssetField.typed()) {
            if (field.ledger() != null) {
                columns.put(field.component(), field.ledger());
            }
        }
        return Map.copyOf(columns);
    }

    private final Assets assets;
    private final NetworkZones zones;
    private final HandlingRestrictions restrictions;
    private final Directory directory;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ImportSlots slots;

    AssetImport(
            Assets assets,
            NetworkZones zones,
            HandlingRestrictions restrictions,
            Directory directory,
            MessageSource messages,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            ImportSlots slots) {
        this.assets = assets;
        this.zones = zones;
        this.restrictions = restrictions;
        this.directory = directory;
        this.messages = messages;
        this.events = events;
        this.transaction = transaction;
        this.slots = slots;
    }

    /**
     * Reads, checks and (unless a dry run or any row has a problem) imports the ledger.
     *
     * @throws LedgerUnreadableException when the file is not a readable .xlsx workbook, passes a
     *     limit of {@link LedgerReader}, or too many imports run already ({@link ImportSlots})
     */
    public Outcome run(Request request) throws LedgerUnreadableException {
        try (ImportSlots.Slot ignored = slots.take(request.actor())) {
            return runHoldingSlot(request);
        }
    }

    private Outcome runHoldingSlot(Request request) throws LedgerUnreadableException {
        List<LedgerSheet> sheets = LedgerReader.read(request.content());
        Plan plan = new Plan(request);
        for (LedgerSheet sheet : sheets) {
            Optional<LedgerLayout> layout = LedgerLayout.detect(sheet, request.mapping());
            if (layout.isPresent()) {
                plan.layouts.add(layout.get());
            } else if (sheet.rows().stream().anyMatch(r -> !r.isBlank())) {
                plan.skippedSheets.add(sheet.name());
            }
        }
        if (plan.layouts.isEmpty()) {
            plan.error(0, null, 1, "", "", "", text(request.locale(), "ledger.header.missing", standardHeaders()));
            return plan.outcome(0, 0, 0, false);
        }
        Context context = context();
        for (int s = 0; s < plan.layouts.size(); s++) {
            LedgerLayout layout = plan.layouts.get(s);
            for (LedgerLayout.Header h : layout.duplicated()) {
                plan.error(
                        s,
                        layout,
                        layout.lastHeaderRow(),
                        h.text(),
                        h.text(),
                        h.letters(),
                        text(request.locale(), "ledger.header.duplicate", h.text()));
            }
            for (LedgerLayout.Header h : layout.unknown()) {
                plan.unknownHeaders.add(new UnknownHeader(layout.sheetName(), h.letters(), h.text()));
            }
            for (LedgerSheet.Row row : layout.dataRows()) {
                plan.rows.add(readRow(plan, s, layout, row, context));
            }
        }
        boolean anyErrors = !plan.errors.isEmpty();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Assets.Checks checks = assets.checks();
        for (PlannedRow row : plan.rows) {
            if (row.failed) {
                continue;
            }
            if (request.dryRun() || anyErrors) {
                List<Problem> problems = checks.of(row.draft, row.number);
                problems.forEach(p -> plan.problem(row, p));
                row.failed = !problems.isEmpty();
            }
            if (!row.failed) {
                if (row.existing == null) {
                    created++;
                } else if (assets.same(row.existing, row.draft)) {
                    unchanged++;
                } else {
                    updated++;
                }
            }
        }
        if (!plan.errors.isEmpty() || request.dryRun()) {
            return plan.outcome(created, updated, unchanged, false);
        }
        List<NumberedDraft> drafts = plan.rows.stream()
                .map(r -> new NumberedDraft(r.number, r.draft))
                .toList();
        try {
            ImportCounts counts = Objects.requireNonNull(transaction.execute(status -> {
                ImportCounts c = assets.saveAll(drafts, request.actor());
                events.publishEvent(new AssetsImported(
                        request.actor(), request.fileName(), drafts.size(), c.created(), c.updated(), c.unchanged()));
                return c;
            }));
            return plan.outcome(counts.created(), counts.updated(), counts.unchanged(), true);
        } catch (AssetRowsException e) {
            for (AssetRowsException.RowProblem p : e.problems()) {
                plan.problem(plan.rows.get(p.index()), new Problem(p.field(), p.messageKey(), p.args()));
            }
            return plan.outcome(0, 0, 0, false);
        }
    }

    /** The standard headers, for the message of a file without a header. */
    public static String standardHeaders() {
        return String.join(
                "、",
                java.util.Arrays.stream(LedgerColumn.values())
                        .map(LedgerColumn::header)
                        .toList());
    }

    // ---- one row ---------------------------------------------------------------------------------

    /** Reference data read once per import. */
    private record Context(
            ClassificationScheme scheme,
            List<LedgerParsers.Choice> zones,
            List<LedgerParsers.Choice> restrictions,
            Map<String, Asset> existing,
            Map<String, Optional<UnitSummary>> units) {}

    private Context context() {
        Map<String, Asset> existing = new HashMap<>();
        for (Asset asset : assets.all(null)) {
            existing.put(asset.number(), asset);
        }
        List<LedgerParsers.Choice> zoneChoices = zones.all().stream()
                .map(z -> new LedgerParsers.Choice(z.code(), names(z.name(), z.shortName(), z.nameEn())))
                .toList();
        List<LedgerParsers.Choice> restrictionChoices = restrictions.all().stream()
                .map(r -> new LedgerParsers.Choice(r.code(), names(r.name(), r.nameEn())))
                .toList();
        return new Context(assets.scheme(), zoneChoices, restrictionChoices, existing, new HashMap<>());
    }

    private static List<String> names(@Nullable String... names) {
        return java.util.Arrays.stream(names)
                .filter(n -> n != null && !n.isBlank())
                .map(n -> Objects.requireNonNull(n))
                .toList();
    }

    private static final class PlannedRow {
        final int sheet;
        final LedgerLayout layout;
        final LedgerSheet.Row row;
        final String number;
        final @Nullable Asset existing;
        AssetDraft draft;
        boolean failed;
        final Set<LedgerColumn> refused = new java.util.HashSet<>();

        PlannedRow(int sheet, LedgerLayout layout, LedgerSheet.Row row, String number, @Nullable Asset existing) {
            this.sheet = sheet;
            this.layout = layout;
            this.row = row;
            this.number = number;
            this.existing = existing;
            this.draft = BLANK_DRAFT;
        }
    }

    /** The base of a new asset's row, and a stand-in before a row's draft is built. */
    private static final AssetDraft BLANK_DRAFT = AssetField.blank();

    private PlannedRow readRow(Plan plan, int sheet, LedgerLayout layout, LedgerSheet.Row row, Context context) {
        Cells cells = new Cells(plan, sheet, layout, row);
        String number = cells.present(LedgerColumn.NUMBER)
                ? java.text.Normalizer.normalize(cells.raw(LedgerColumn.NUMBER), java.text.Normalizer.Form.NFKC)
                        .toUpperCase(Locale.ROOT)
                : "";
        Asset existing = number.isEmpty() ? null : context.existing().get(number);
        PlannedRow planned = new PlannedRow(sheet, layout, row, number, existing);
        cells.planned = planned;
        if (!number.isEmpty()) {
            if (existing == null) {
                cells.refuse(LedgerColumn.NUMBER, "ledger.number.unknown", number);
            }
            String first = plan.numbers.putIfAbsent(number, plan.where(layout, row));
            if (first != null) {
                cells.refuse(LedgerColumn.NUMBER, "ledger.number.repeated", number, first);
            }
        }
        AssetDraft base = existing == null ? BLANK_DRAFT : AssetDraft.of(existing);
        Map<AssetField, @Nullable Object> values = new EnumMap<>(AssetField.class);
        for (AssetField field : AssetField.typed()) {
            values.put(field, read(cells, field, base, context));
        }
        Long ownerUnitId = (Long) values.get(AssetField.OWNER_UNIT);
        if (cells.present(LedgerColumn.STATUS)) {
            LedgerValue<String> status = LedgerParsers.status(cells.raw(LedgerColumn.STATUS));
            if (status.isInvalid()) {
                cells.refuse((LedgerValue.Invalid<String>) status, LedgerColumn.STATUS);
            } else if (status.orNull() != null) {
                AssetStatus said = AssetStatus.valueOf(Objects.requireNonNull(status.orNull()));
                AssetStatus is = existing == null ? AssetStatus.IN_USE : existing.status();
                if (said != is) {
                    cells.refuse(
                            LedgerColumn.STATUS,
                            existing == null
                                    ? "ledger.status.newDisposed"
                                    : said == AssetStatus.DISPOSED
                                            ? "ledger.status.disposeOnScreen"
                                            : "ledger.status.disposed");
                }
            }
        }
        planned.draft = AssetField.draft(values::get);
        UnitPermission permission = plan.request.permission();
        if (ownerUnitId != null
                && !planned.refused.contains(LedgerColumn.OWNER_UNIT)
                && !permission.mayManage(ownerUnitId)) {
            cells.refuse(LedgerColumn.OWNER_UNIT, "ledger.unit.notAllowed", cells.raw(LedgerColumn.OWNER_UNIT));
        } else if (existing != null && !permission.mayManage(existing.ownerUnitId())) {
            cells.refuse(LedgerColumn.NUMBER, "ledger.asset.notAllowed", number);
        }
        if (planned.failed) {
            // the fields the reader could not take are already named; add what else is wrong on its own
            for (Problem p : planned.draft.problems()) {
                LedgerColumn column = FIELD_COLUMNS.get(p.field());
                if (column == null || !planned.refused.contains(column)) {
                    plan.problem(planned, p);
                }
            }
        }
        return planned;
    }

    /** One field of a row: absent column → as stored; the plain types by the field table. */
    private @Nullable Object read(Cells cells, AssetField field, AssetDraft base, Context context) {
        LedgerColumn column = field.ledger();
        Object stored = field.of(base, "");
        if (column == null) {
            return stored;
        }
        return switch (field.type()) {
            case TEXT, CODE -> cells.text(column, (String) stored);
            case FLAG -> cells.value(column, LedgerParsers::yesNo, (Boolean) stored, b -> b, false);
            case COUNT -> cells.value(column, LedgerParsers::count, (Integer) stored, c -> c, null);
            case DATE -> cells.value(column, LedgerParsers::date, (LocalDate) stored, d -> d, null);
            case KIND ->
                cells.value(column, LedgerParsers::kindNumber, base.kind(), n -> AssetKind.values()[n - 1], null);
            case FORM -> cells.value(column, LedgerParsers::form, base.form(), AssetForm::valueOf, null);
            case UNIT -> unit(cells, column, base.ownerUnitId(), context);
            case ZONE -> cells.value(column, t -> LedgerParsers.zone(t, context.zones()), (String) stored, z -> z, "");
            case LEVEL -> {
                Axis axis = Axis.valueOf(field.name());
                List<String> codes = context.scheme().codes(axis);
                yield cells.value(
                        column, t -> LedgerParsers.level(t, axis.japanese(), codes), (String) stored, c -> c, "");
            }
            case CODES ->
                cells.value(
                        column,
                        t -> LedgerParsers.restrictions(t, context.restrictions()),
                        base.restrictionCodes(),
                        r -> r,
                        List.<String>of());
            case SCHEME -> stored;
        };
    }

    /** 管理部署 by code or name; unknown names are refused. */
    private @Nullable Long unit(Cells cells, LedgerColumn column, @Nullable Long stored, Context context) {
        if (!cells.present(column)) {
            return stored;
        }
        String unitText = cells.raw(column);
        if (unitText.isEmpty()) {
            return null;
        }
        Optional<UnitSummary> unit = context.units().computeIfAbsent(unitText, t -> directory.unitByCodeOrName(t));
        if (unit.isPresent()) {
            return unit.get().id();
        }
        cells.refuse(column, "ledger.unit.unknown", unitText);
        return null;
    }

    /** The cells of one row, by field, with the problems found while reading them. */
    private final class Cells {
        final Plan plan;
        final int sheet;
        final LedgerLayout layout;
        final LedgerSheet.Row row;

        @Nullable
        PlannedRow planned;

        Cells(Plan plan, int sheet, LedgerLayout layout, LedgerSheet.Row row) {
            this.plan = plan;
            this.sheet = sheet;
            this.layout = layout;
            this.row = row;
        }

        boolean present(LedgerColumn column) {
            return layout.columns().containsKey(column);
        }

        String raw(LedgerColumn column) {
            Integer position = layout.columns().get(column);
            return position == null ? "" : row.cell(position).strip();
        }

        /** Free text: absent column → as stored; otherwise the cell as written. */
        public String text(LedgerColumn column, String stored) {
            return present(column) ? raw(column) : stored;
        }

        /** A parsed value: absent → as stored; blank → {@code blank}; a refusal is recorded. */
        <T, R> R value(
                LedgerColumn column,
                Function<String, LedgerValue<T>> parser,
                R stored,
                Function<T, R> convert,
                R blank) {
            if (!present(column)) {
                return stored;
            }
            LedgerValue<T> value = parser.apply(raw(column));
            if (value instanceof LedgerValue.Given<T> given) {
                return convert.apply(given.value());
            }
            if (value instanceof LedgerValue.Invalid<T> invalid) {
                refuse(invalid, column);
            }
            return blank;
        }

        void refuse(LedgerValue.Invalid<?> invalid, LedgerColumn column) {
            refuse(column, invalid.messageKey(), invalid.args().toArray());
        }

        void refuse(LedgerColumn column, String key, Object... args) {
            PlannedRow target = Objects.requireNonNull(planned);
            target.failed = true;
            target.refused.add(column);
            Integer position = layout.columns().get(column);
            plan.error(
                    sheet,
                    layout,
                    row.number(),
                    layout.headerText(column),
                    raw(column),
                    position == null ? "" : LedgerSheet.columnLetters(position),
                    AssetImport.this.text(plan.request.locale(), key, args));
        }
    }

    // ---- the whole file --------------------------------------------------------------------------

    private final class Plan {
        final Request request;
        final List<LedgerLayout> layouts = new ArrayList<>();
        final List<String> skippedSheets = new ArrayList<>();
        final List<UnknownHeader> unknownHeaders = new ArrayList<>();
        final List<PlannedRow> rows = new ArrayList<>();
        final Map<String, String> numbers = new HashMap<>();
        final List<SortedError> errors = new ArrayList<>();

        Plan(Request request) {
            this.request = request;
        }

        String where(LedgerLayout layout, LedgerSheet.Row row) {
            return layouts.size() > 1
                    ? text(request.locale(), "ledger.where.sheet", layout.sheetName(), row.number())
                    : text(request.locale(), "ledger.where.row", row.number());
        }

        void error(
                int sheet,
                @Nullable LedgerLayout layout,
                int row,
                String column,
                String value,
                String letters,
                String message) {
            String shown = layout != null && layouts.size() > 1
                    ? text(request.locale(), "ledger.inSheet", layout.sheetName(), message)
                    : message;
            int position = letters.isEmpty() ? Integer.MAX_VALUE : columnIndex(letters);
            errors.add(new SortedError(sheet, row, position, errors.size(), new CellError(row, column, value, shown)));
        }

        /** A problem the draft or the service found, named by field. */
        void problem(PlannedRow row, Problem p) {
            row.failed = true;
            LedgerColumn column = FIELD_COLUMNS.getOrDefault(p.field(), LedgerColumn.NAME);
            Integer position = row.layout.columns().get(column);
            String value = position == null ? "" : row.row.cell(position).strip();
            String message = p.messageKey().endsWith(".required")
                    ? text(request.locale(), "ledger.required", row.layout.headerText(column))
                    : text(request.locale(), p.messageKey(), p.args().toArray());
            error(
                    row.sheet,
                    row.layout,
                    row.row.number(),
                    row.layout.headerText(column),
                    value,
                    position == null ? "" : LedgerSheet.columnLetters(position),
                    message);
        }

        Outcome outcome(int created, int updated, int unchanged, boolean written) {
            List<CellError> sorted = errors.stream()
                    .sorted(Comparator.comparingInt(SortedError::sheet)
                            .thenComparingInt(SortedError::row)
                            .thenComparingInt(SortedError::column)
                            .thenComparingInt(SortedError::order))
                    .map(SortedError::error)
                    .toList();
            return new Outcome(
                    rows.size(), created, updated, unchanged, sorted, unknownHeaders, skippedSheets, written);
        }
    }

    private record SortedError(int sheet, int row, int column, int order, CellError error) {}

    private static int columnIndex(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
