package jp.mamori.asset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded ledger, which is treated as hostile: only .xlsx (checked by its first bytes,
 * not its name), at most {@link #MAX_BYTES}, zip bombs refused by POI's {@link ZipSecureFile}
 * limits before anything is unpacked, at most {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS}
 * columns. Formulas give their cached values and are never evaluated.
 */
final class LedgerReader {
    /** The largest file accepted: 20 MB (a 10,000-row ledger is about 1 MB). */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows read over all sheets. */
    static final int MAX_ROWS = 50_000;
    /** Columns read per row; cells further right are ignored. */
    static final int MAX_COLUMNS = 100;
    /** A zip entry may not unpack to more than 100 times its packed size (POI's default is 100 as well: 0.01). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of the workbook may unpack to more than 100 MB. */
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private LedgerReader() {}

    /** Every sheet of the workbook, in order. */
    static List<LedgerSheet> read(byte[] bytes) throws LedgerUnreadableException {
        return read(bytes, MAX_ROWS);
    }

    /** As {@link #read(byte[])} with another row limit (the tests use a small one). */
    static List<LedgerSheet> read(byte[] bytes, int maxRows) throws LedgerUnreadableException {
        if (bytes.length == 0) {
            throw unreadable("ledger.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw unreadable("ledger.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(bytes, OLE2)) {
            // an .xls of Excel 97–2003, or an .xlsx protected by a password (both are OLE2 files)
            throw unreadable("ledger.file.oldOrEncrypted");
        }
        if (!startsWith(bytes, ZIP)) {
            throw unreadable("ledger.file.notXlsx");
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<LedgerSheet> sheets = new ArrayList<>();
            int rowsRead = 0;
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                LedgerSheet read = sheet(sheet, maxRows - rowsRead);
                rowsRead += read.rows().size();
                sheets.add(read);
            }
            return sheets;
        } catch (TooManyRows e) {
            throw unreadable("ledger.file.tooManyRows", maxRows);
        } catch (IOException | RuntimeException e) {
            if (mentions(e, "Zip bomb") || mentions(e, "exceeds the max")) {
                throw new LedgerUnreadableException("ledger.file.zipBomb", List.of(), e);
            }
            throw new LedgerUnreadableException("ledger.file.broken", List.of(rootMessage(e)), e);
        }
    }

    private static LedgerSheet sheet(Sheet sheet, int rowsLeft) {
        int last = sheet.getLastRowNum();
        List<List<String>> grid = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getLastCellNum() <= 0) {
                continue;
            }
            if (grid.size() >= rowsLeft) {
                throw new TooManyRows();
            }
            int width = Math.min(row.getLastCellNum(), MAX_COLUMNS);
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(text(row.getCell(c)));
            }
            grid.add(cells);
            numbers.add(r + 1);
        }
        fillMergedCells(sheet, grid, numbers);
        List<LedgerSheet.Row> rows = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            rows.add(new LedgerSheet.Row(numbers.get(i), grid.get(i)));
        }
        return new LedgerSheet(sheet.getSheetName(), rows);
    }

    /**
     * Gives every cell of a merged area the merged value, so a 管理部署 merged over five rows counts
     * for each of them. Only the rows and columns that were read are touched, however large the area.
     */
    private static void fillMergedCells(Sheet sheet, List<List<String>> grid, List<Integer> numbers) {
        if (sheet.getNumMergedRegions() == 0 || grid.isEmpty()) {
            return;
        }
        java.util.Map<Integer, Integer> indexOfRow = new java.util.HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            indexOfRow.put(numbers.get(i) - 1, i);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Integer top = indexOfRow.get(region.getFirstRow());
            if (top == null || region.getFirstColumn() >= MAX_COLUMNS) {
                continue;
            }
            String value = cellOf(grid.get(top), region.getFirstColumn());
            if (value.isEmpty()) {
                continue;
            }
            int lastColumn = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
            for (int i = top; i < grid.size() && numbers.get(i) - 1 <= region.getLastRow(); i++) {
                List<String> cells = grid.get(i);
                while (cells.size() <= lastColumn) {
                    cells.add("");
                }
                for (int c = region.getFirstColumn(); c <= lastColumn; c++) {
                    if (cells.get(c).isEmpty()) {
                        cells.set(c, value);
                    }
                }
            }
        }
    }

    private static String cellOf(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** A cell's text: strings as they are, dates as ISO dates, numbers without a trailing .0. */
    static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            // the value Excel saved with the file; POI is never asked to calculate
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell) || isJapaneseDateFormat(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield value == null ? "" : value.toLocalDate().toString();
                }
                double number = cell.getNumericCellValue();
                if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                    yield Long.toString((long) number);
                }
                yield BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            }
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static final java.util.regex.Pattern QUOTED_OR_BRACKETED =
            java.util.regex.Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");
    private static final java.util.regex.Pattern ERA_DATE = java.util.regex.Pattern.compile("g*e+m+d+(h+m+(s+)?)?");

    /**
     * POI does not see a 和暦 format such as {@code [$-ja-JP]ggge"年"m"月"d"日"} as a date; the era
     * codes g and e give it away once quoted text and bracketed locale codes are removed.
     */
    private static boolean isJapaneseDateFormat(Cell cell) {
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        String section = format.split(";", -1)[0];
        String letters = QUOTED_OR_BRACKETED
                .matcher(section)
                .replaceAll("")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z]", "");
        return ERA_DATE.matcher(letters).matches() && DateUtil.isValidExcelDate(cell.getNumericCellValue());
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static LedgerUnreadableException unreadable(String key, Object... args) {
        return new LedgerUnreadableException(key, List.of(args), null);
    }

    /** Thrown inside the reading loop when the row limit is passed. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
