package jp.mamori.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes the register as an Excel ledger in the standard layout ({@link LedgerColumn} order): a
 * title, the date and scheme, the header on row 4, one asset per row from row 5. Dates in 和暦,
 * levels by their labels (機密性3), the zone and restrictions by their names, the unit by its name
 * (by its code when another unit has the same name). One sheet for everything, or one per unit.
 * Importing the file again changes nothing.
 */
@Service
public class AssetExport {
    /** The row (1-based, as Excel numbers it) holding the header. */
    static final int HEADER_ROW = 4;

    static final String YES = "有";
    static final String NO = "無";

    private final Assets assets;
    private final NetworkZones zones;
    private final HandlingRestrictions restrictions;
    private final Directory directory;
    private final MessageSource messages;

    private final Clock clock;

    AssetExport(
            Assets assets,
            NetworkZones zones,
            HandlingRestrictions restrictions,
            Directory directory,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.assets = assets;
        this.zones = zones;
        this.restrictions = restrictions;
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * The ledger as .xlsx bytes.
     *
     * @param unitId only this unit and the units below it; null for every unit
     * @param sheetPerUnit one sheet per owner unit instead of one sheet for all
     * @param readable which units' assets the reader may see (a filter on top of {@code unitId})
     */
    public byte[] export(@Nullable Long unitId, boolean sheetPerUnit, LongPredicate readable) {
        List<Asset> selected = assets.all(unitId).stream()
                .filter(a -> readable.test(a.ownerUnitId()))
                .toList();
        List<UnitSummary> units = directory.units();
        Map<Long, UnitSummary> unitsById = new HashMap<>();
        Map<String, Long> nameCounts =
                units.stream().collect(Collectors.groupingBy(UnitSummary::name, Collectors.counting()));
        units.forEach(u -> unitsById.put(u.id(), u));
        Names names = new Names(
                zones.all().stream().collect(Collectors.toMap(NetworkZone::code, NetworkZone::name)),
                restrictions.all().stream()
                        .collect(Collectors.toMap(HandlingRestriction::code, HandlingRestriction::name)),
                unitsById,
                nameCounts);
        Map<String, List<Asset>> sheets = new LinkedHashMap<>();
        String title = text("ledger.export.title");
        if (!sheetPerUnit) {
            sheets.put(title, selected);
        } else {
            Map<Long, List<Asset>> byUnit = selected.stream()
                    .collect(Collectors.groupingBy(Asset::ownerUnitId, LinkedHashMap::new, Collectors.toList()));
            Set<String> used = new HashSet<>();
            for (UnitSummary unit : units) {
                List<Asset> ofUnit = byUnit.remove(unit.id());
                if (ofUnit != null) {
                    sheets.put(sheetName(unit.name(), used), ofUnit);
                }
            }
            // assets of units the directory no longer lists (should not happen) still go somewhere
            byUnit.forEach((id, list) -> sheets.put(sheetName(Long.toString(id), used), list));
            if (sheets.isEmpty()) {
                sheets.put(title, List.of());
            }
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            String scheme = assets.scheme().name(Locale.JAPANESE);
            String scope = unitId == null ? text("ledger.export.allUnits") : names.unit(unitId);
            for (Map.Entry<String, List<Asset>> e : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(e.getKey());
                writeSheet(sheet, styles, title, scheme, scope, e.getValue(), names);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSheet(
            Sheet sheet, Styles styles, String title, String scheme, String scope, List<Asset> list, Names names) {
        int columns = LedgerColumn.values().length;
        Row titleRow = sheet.createRow(0);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        Row infoRow = sheet.createRow(1);
        infoRow.createCell(0)
                .setCellValue(
                        text("ledger.export.info", Wareki.japanese(LocalDate.now(clock)), scheme, scope, list.size()));
        Row header = sheet.createRow(HEADER_ROW - 1);
        for (LedgerColumn column : LedgerColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
        }
        int r = HEADER_ROW;
        for (Asset asset : list) {
            Row row = sheet.createRow(r++);
            write(row, asset, names, styles);
        }
        sheet.createFreezePane(2, HEADER_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW - 1, Math.max(HEADER_ROW - 1, r - 1), 0, columns - 1));
    }

    private void write(Row row, Asset a, Names names, Styles styles) {
        ClassificationScheme scheme = assets.schemeOf(a.scheme());
        for (LedgerColumn column : LedgerColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellStyle(styles.body);
            AssetField field = AssetField.byLedger(column).orElse(null);
            Object value = field == null ? null : field.of(a);
            if (column == LedgerColumn.NUMBER) {
                cell.setCellValue(a.number());
            } else if (column == LedgerColumn.STATUS) {
                cell.setCellValue(text(a.status().messageKey()));
            } else {
                switch (Objects.requireNonNull(field).type()) {
                    case KIND -> cell.setCellValue(text(a.kind().messageKey()));
                    case UNIT -> cell.setCellValue(names.unit(a.ownerUnitId()));
                    case FORM -> cell.setCellValue(text(a.form().messageKey()));
                    case ZONE -> cell.setCellValue(names.zones().getOrDefault(a.zoneCode(), a.zoneCode()));
                    case LEVEL -> cell.setCellValue(label(scheme, Axis.valueOf(field.name()), (String) value));
                    case CODES ->
                        cell.setCellValue(String.join(
                                "、",
                                a.restrictionCodes().stream()
                                        .map(c -> names.restrictions().getOrDefault(c, c))
                                        .toList()));
                    default -> plain(cell, field, value, styles);
                }
            }
        }
    }

    /** A field of a plain type (see {@link AssetField.Type#plain()}): text, 有/無, a number, a 和暦 date. */
    private static void plain(Cell cell, @Nullable AssetField field, @Nullable Object value, Styles styles) {
        if (value == null && field != null && field.type() == AssetField.Type.COUNT) {
            return; // no count: the cell stays blank
        }
        if (value instanceof Boolean flag) {
            cell.setCellValue(flag ? YES : NO);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
            cell.setCellStyle(styles.number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(Wareki.japanese(date));
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
        }
    }

    private static String label(ClassificationScheme scheme, Axis axis, String code) {
        return scheme.level(axis, code).map(ClassLevel::label).orElse(code);
    }

    private static String sheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "-" : wanted);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.JAPANESE);
    }

    /** Names looked up once per export. */
    private record Names(
            Map<String, String> zones,
            Map<String, String> restrictions,
            Map<Long, UnitSummary> units,
            Map<String, Long> unitNameCounts) {
        /** The unit's name, or its code when the name is not unique (so the import finds it again). */
        String unit(long id) {
            UnitSummary unit = units.get(id);
            if (unit == null) {
                return Long.toString(id);
            }
            return unitNameCounts.getOrDefault(unit.name(), 0L) > 1 ? unit.code() : unit.name();
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle number;

        Styles(SXSSFWorkbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            borders(header);
            body = workbook.createCellStyle();
            body.setVerticalAlignment(VerticalAlignment.TOP);
            body.setWrapText(true);
            borders(body);
            number = workbook.createCellStyle();
            number.cloneStyleFrom(body);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

        private static void borders(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }

    /** Today in the body's time zone: the date in the export's file name. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
