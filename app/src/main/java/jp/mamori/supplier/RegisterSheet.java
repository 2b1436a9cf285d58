package jp.mamori.supplier;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.organization.DateText;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.WorkbookReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A register's import workbook, read as a stream ({@link WorkbookReader}): the first of its first
 * sheets that has a header row (the first of the top rows that names every required column), then
 * one row per record — so the contracts' export, whose 契約 and 委託先 sheets have different headers,
 * serves both the contract and the contractor import; blank
 * rows are skipped, columns the import does not know (such as the export's 指摘) are ignored. The file
 * is treated as hostile: its size is checked before it is opened, it must be a zip package, and the
 * reader refuses it as soon as it passes a limit on rows, columns, cells, text or unpacked size.
 */
final class RegisterSheet {
    /** The largest upload read. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most records one import takes. */
    static final int MAX_ROWS = 2_000;

    /** The sheets read, from the first: the contracts' export has two (契約, then 委託先). */
    static final int MAX_SHEETS = 3;

    private static final WorkbookReader.Limits LIMITS =
            new WorkbookReader.Limits(2 * (MAX_ROWS + 20), 30, 100_000L, 6_000_000L, MAX_SHEETS);

    /** The header row is looked for in the first rows only. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private RegisterSheet() {}

    /** One column the import knows: its header, the draft's field it fills, whether the sheet must have it. */
    record Column(String header, String field, boolean required) {}

    /** One data row: its Excel row number and its cells by field (trimmed, blank when absent). */
    record Line(int number, Map<String, String> cells) {
        String get(String field) {
            return cells.getOrDefault(field, "");
        }
    }

    /** Reads the rows; a file-level problem (size, format, header, limits) is thrown on the field {@code file}. */
    static List<Line> read(byte[] bytes, List<Column> columns) {
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "sup.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "sup.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw InvalidInputException.of("file", "sup.import.notXlsx");
        }
        List<WorkbookReader.Sheet> sheets;
        try {
            sheets = WorkbookReader.read(bytes, LIMITS, RegisterSheet::text);
        } catch (WorkbookReader.RefusedException e) {
            throw InvalidInputException.of(
                    "file", "sup.import.refused." + e.refusal().name(), e.args().toArray());
        }
        List<WorkbookReader.Row> rows = List.of();
        int headerAt = -1;
        Map<String, Integer> at = new HashMap<>();
        for (int s = 0; s < sheets.size() && headerAt < 0; s++) {
            rows = sheets.get(s).rows();
            for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS) && headerAt < 0; i++) {
                Map<String, Integer> found = positions(rows.get(i).cells(), columns);
                if (columns.stream().filter(Column::required).allMatch(c -> found.containsKey(c.field()))) {
                    headerAt = i;
                    at = found;
                }
            }
        }
        if (headerAt < 0) {
            throw InvalidInputException.of(
                    "file",
                    "sup.import.register.noHeader",
                    String.join(
                            "・",
                            columns.stream()
                                    .filter(Column::required)
                                    .map(Column::header)
                                    .toList()));
        }
        List<Line> lines = new ArrayList<>();
        for (WorkbookReader.Row row : rows.subList(headerAt + 1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : at.entrySet()) {
                int c = e.getValue();
                cells.put(
                        e.getKey(), c < row.cells().size() ? row.cells().get(c).strip() : "");
            }
            lines.add(new Line(row.number(), cells));
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of("file", "sup.import.noRows");
        }
        if (lines.size() > MAX_ROWS) {
            throw InvalidInputException.of("file", "sup.import.refused.TOO_MANY_ROWS", MAX_ROWS);
        }
        return lines;
    }

    private static Map<String, Integer> positions(List<String> cells, List<Column> columns) {
        Map<String, Integer> found = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String header = fold(cells.get(c));
            for (Column column : columns) {
                if (fold(column.header()).equals(header) && !found.containsKey(column.field())) {
                    found.put(column.field(), c);
                }
            }
        }
        return found;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    /**
     * A problem in one cell: {@code 12 行目「所管課」:…}, the reason being the message key and
     * arguments the service or the parser gave (resolved in the reader's language).
     */
    static Problem cell(int row, Column column, String messageKey, Object... args) {
        return Problem.of(
                "row-" + row,
                "sup.import.cell",
                row,
                column.header(),
                new DefaultMessageSourceResolvable(new String[] {messageKey}, args, messageKey));
    }

    /** A problem of a whole row (not tied to one column). */
    static Problem row(int row, String messageKey, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = row;
        System.arraycopy(args, 0, all, 1, args.length);
        return Problem.of("row-" + row, messageKey, all);
    }

    /** A date in any form people type (2026-04-01, 2026/4/1, 令和8年4月1日, R8.4.1), or empty. */
    static Optional<LocalDate> date(String text) {
        return DateText.parse(text);
    }

    /** Items separated by commas, 、, spaces or new lines (full-width characters folded). */
    static List<String> list(String text) {
        return java.util.Arrays.stream(
                        Normalizer.normalize(text, Normalizer.Form.NFKC).split("[,、\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** はい・有効・あり・○ / いいえ・無効・なし・× (and TRUE / FALSE), or null when not one of them. */
    static @Nullable Boolean yesNo(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "はい", "有効", "あり", "○", "〇", "TRUE", "1" -> true;
            case "いいえ", "無効", "なし", "×", "FALSE", "0", "" -> false;
            default -> null;
        };
    }

    private static String text(WorkbookReader.RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> cell.value();
            case BOOLEAN -> cell.value().equals("1") ? "TRUE" : "FALSE";
            case ERROR -> "";
            case NUMBER -> number(cell);
        };
    }

    /** A date-formatted number as 2026-04-01; a whole number without decimals; others as written. */
    private static String number(WorkbookReader.RawCell cell) {
        double value;
        try {
            value = Double.parseDouble(cell.value());
        } catch (NumberFormatException e) {
            return cell.value();
        }
        if (DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(cell.formatIndex(), cell.formatString())) {
            LocalDateTime day = DateUtil.getLocalDateTime(value);
            return day == null ? "" : day.toLocalDate().toString();
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return cell.value();
    }
}
