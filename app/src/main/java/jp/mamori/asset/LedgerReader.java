package jp.mamori.asset;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.WorkbookReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded ledger, which is treated as hostile: only .xlsx (checked by its first bytes,
 * not its name), at most {@link #MAX_BYTES}, read as a stream by {@link WorkbookReader} (zip bombs
 * refused while unpacking, no in-memory model of the workbook), at most {@link #MAX_ROWS} rows,
 * {@link #MAX_COLUMNS} columns (a value further right is refused, not dropped), {@link #MAX_CELLS}
 * non-blank cells and {@link #MAX_TEXT_CHARS} characters of text. Formulas give their cached values
 * and are never evaluated.
 */
public final class LedgerReader {
    /** The largest file accepted: 20 MB (a 10,000-row ledger is about 1 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Rows read over all sheets. */
    static final int MAX_ROWS = 50_000;
    /** Columns per row; a non-blank cell further right refuses the file. */
    static final int MAX_COLUMNS = 100;
    /** Non-blank cells over all sheets: 50,000 rows of the 23 standard columns fit. */
    static final long MAX_CELLS = 1_250_000;
    /** Characters of text in the workbook (each distinct text once). */
    static final long MAX_TEXT_CHARS = 32L * 1024 * 1024;

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
        List<WorkbookReader.Sheet> read;
        try {
            read = WorkbookReader.read(
                    bytes,
                    new WorkbookReader.Limits(maxRows, MAX_COLUMNS, MAX_CELLS, MAX_TEXT_CHARS, Integer.MAX_VALUE),
                    LedgerReader::text);
        } catch (WorkbookReader.RefusedException e) {
            String key = switch (e.refusal()) {
                case BROKEN -> "ledger.file.broken";
                case ZIP_BOMB -> "ledger.file.zipBomb";
                case TOO_MANY_ROWS -> "ledger.file.tooManyRows";
                case TOO_MANY_COLUMNS -> "ledger.file.tooManyColumns";
                case TOO_MANY_CELLS -> "ledger.file.tooManyCells";
                case TOO_MUCH_TEXT -> "ledger.file.tooMuchText";
            };
            throw new LedgerUnreadableException(key, e.args(), e);
        }
        List<LedgerSheet> sheets = new ArrayList<>(read.size());
        for (WorkbookReader.Sheet sheet : read) {
            sheets.add(sheet(sheet));
        }
        return sheets;
    }

    private static LedgerSheet sheet(WorkbookReader.Sheet sheet) {
        List<List<String>> grid = new ArrayList<>(sheet.rows().size());
        List<Integer> numbers = new ArrayList<>(sheet.rows().size());
        for (WorkbookReader.Row row : sheet.rows()) {
            grid.add(row.cells());
            numbers.add(row.number());
        }
        fillMergedCells(sheet.merged(), grid, numbers);
        List<LedgerSheet.Row> rows = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            rows.add(new LedgerSheet.Row(numbers.get(i), grid.get(i)));
        }
        return new LedgerSheet(sheet.name(), rows);
    }

    /**
     * Gives every cell of a merged area the merged value, so a 管理部署 merged over five rows counts
     * for each of them. Only the rows and columns that were read are touched, however large the area.
     */
    private static void fillMergedCells(
            List<WorkbookReader.MergedArea> merged, List<List<String>> grid, List<Integer> numbers) {
        if (merged.isEmpty() || grid.isEmpty()) {
            return;
        }
        java.util.Map<Integer, Integer> indexOfRow = new java.util.HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            indexOfRow.put(numbers.get(i) - 1, i);
        }
        for (WorkbookReader.MergedArea region : merged) {
            Integer top = indexOfRow.get(region.firstRow());
            if (top == null || region.firstColumn() < 0 || region.firstColumn() >= MAX_COLUMNS) {
                continue;
            }
            String value = cellOf(grid.get(top), region.firstColumn());
            if (value.isEmpty()) {
                continue;
            }
            int lastColumn = Math.min(region.lastColumn(), MAX_COLUMNS - 1);
            for (int i = top; i < grid.size() && numbers.get(i) - 1 <= region.lastRow(); i++) {
                List<String> cells = grid.get(i);
                while (cells.size() <= lastColumn) {
                    cells.add("");
                }
                for (int c = region.firstColumn(); c <= lastColumn; c++) {
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
    static String text(WorkbookReader.RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> cell.value();
            case BOOLEAN -> cell.value().equals("1") || cell.value().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            case ERROR -> cell.value().isEmpty() ? "#ERROR" : cell.value();
            case NUMBER -> {
                double number;
                try {
                    number = Double.parseDouble(cell.value());
                } catch (NumberFormatException e) {
                    yield cell.value();
                }
                if (DateUtil.isValidExcelDate(number)
                        && (DateUtil.isADateFormat(cell.formatIndex(), cell.formatString())
                                || isJapaneseDateFormat(cell.formatString()))) {
                    LocalDateTime value = DateUtil.getLocalDateTime(number);
                    yield value == null ? "" : value.toLocalDate().toString();
                }
                if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                    yield Long.toString((long) number);
                }
                yield BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            }
        };
    }

    private static final java.util.regex.Pattern QUOTED_OR_BRACKETED =
            java.util.regex.Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");
    private static final java.util.regex.Pattern ERA_DATE = java.util.regex.Pattern.compile("g*e+m+d+(h+m+(s+)?)?");

    /**
     * POI does not see a 和暦 format such as {@code [$-ja-JP]ggge"年"m"月"d"日"} as a date; the era
     * codes g and e give it away once quoted text and bracketed locale codes are removed.
     */
    private static boolean isJapaneseDateFormat(@Nullable String format) {
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        String section = format.split(";", -1)[0];
        String letters = QUOTED_OR_BRACKETED
                .matcher(section)
                .replaceAll("")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z]", "");
        return ERA_DATE.matcher(letters).matches();
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

    private static LedgerUnreadableException unreadable(String key, Object... args) {
        return new LedgerUnreadableException(key, List.of(args), null);
    }
}
