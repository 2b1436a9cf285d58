package jp.mamori.organization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.shared.WorkbookReader;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads a CSV file (UTF-8 with or without BOM, or Shift_JIS as Excel writes it) or the first sheet
 * of an .xlsx workbook into a {@link Table}. Workbooks are read as a stream ({@link WorkbookReader},
 * limits in {@link #XLSX_LIMITS}); formulas give their cached values; nothing is evaluated.
 */
final class TableReader {
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private TableReader() {}

    static Table read(Path path) throws Table.UnreadableException {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new Table.UnreadableException(name + ": ファイルが見つからないか、読めません", null);
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new Table.UnreadableException(name + ": ファイルが大きすぎます（50MB まで）", null);
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                return xlsx(name, path);
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".csv")
                    || name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                return csv(name, decode(Files.readAllBytes(path)));
            }
            throw new Table.UnreadableException(name + ": CSV（.csv）か Excel（.xlsx）のファイルを指定してください", null);
        } catch (IOException | RuntimeException e) {
            // the library's own message is not shown: it names internals, not what to do
            throw new Table.UnreadableException(
                    name + ": ファイルを読めません。CSV（UTF-8 か Shift_JIS）か Excel ブック（.xlsx）として保存し直してください", e);
        }
    }

    /** UTF-8 when there is a BOM or the bytes are valid UTF-8; otherwise Windows-31J (Excel's Shift_JIS). */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_31J);
        }
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static Table csv(String name, String text) throws Table.UnreadableException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new Table.UnreadableException(name + " 行" + recordLine + ": 引用符（\"）が閉じられていません", null);
        }
        if (fieldStarted || !record.isEmpty() || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            return new Table(name, List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(new Table.Row(lines.get(r), cells(header, records.get(r))));
        }
        return new Table(name, header, rows);
    }

    private static Map<String, String> cells(List<String> header, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            cells.put(header.get(c), c < values.size() ? values.get(c) : "");
        }
        // values beyond the header are kept under their position so that they are not lost silently
        for (int c = header.size(); c < values.size(); c++) {
            if (!values.get(c).isBlank()) {
                cells.put("#" + (c + 1), values.get(c));
            }
        }
        return cells;
    }

    /** Limits of a workbook (the first sheet only is read). */
    static final WorkbookReader.Limits XLSX_LIMITS =
            new WorkbookReader.Limits(100_000, 100, 2_000_000, 32L * 1024 * 1024, 1);

    private static Table xlsx(String name, Path path) throws Table.UnreadableException {
        List<WorkbookReader.Sheet> sheets;
        try {
            sheets = WorkbookReader.read(path, XLSX_LIMITS, TableReader::text);
        } catch (WorkbookReader.RefusedException e) {
            throw new Table.UnreadableException(name + ": " + refusal(e), e);
        }
        if (sheets.isEmpty()) {
            return new Table(name, List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        for (WorkbookReader.Row row : sheets.get(0).rows()) {
            List<String> values = row.cells();
            if (header.isEmpty()) {
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                header.addAll(values.stream().map(String::strip).toList());
                while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                    header.remove(header.size() - 1);
                }
                continue;
            }
            rows.add(new Table.Row(row.number(), cells(header, values)));
        }
        return new Table(name, header, rows);
    }

    private static String refusal(WorkbookReader.RefusedException e) {
        List<Object> a = e.args();
        return switch (e.refusal()) {
            case BROKEN -> "Excel ブック（.xlsx）として読めません。Excel で開けるか確かめ、保存し直してください";
            case ZIP_BOMB -> "展開すると異常に大きくなるファイルのため、読み込みを中止しました（zip bomb の疑い）";
            case TOO_MANY_ROWS -> "行が多すぎます（" + a.get(0) + " 行まで）";
            case TOO_MANY_COLUMNS ->
                "シート「" + a.get(0) + "」の " + a.get(1) + " 行目 " + a.get(2) + " 列に値があります。読み込めるのは " + a.get(3)
                        + " 列目までです。右側の列を削除してください";
            case TOO_MANY_CELLS -> "値の入ったセルが多すぎます（" + a.get(0) + " 個まで）";
            case TOO_MUCH_TEXT -> "文字が多すぎます（" + a.get(0) + " 文字まで）";
        };
    }

    /** The text of a cell; dates as ISO 8601; formulas by their cached result, never evaluated. */
    private static String text(WorkbookReader.RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> cell.value();
            case BOOLEAN ->
                Boolean.toString(cell.value().equals("1") || cell.value().equalsIgnoreCase("true"));
            case ERROR -> "";
            case NUMBER -> {
                double number;
                try {
                    number = Double.parseDouble(cell.value());
                } catch (NumberFormatException e) {
                    yield cell.value();
                }
                if (DateUtil.isValidExcelDate(number)
                        && DateUtil.isADateFormat(cell.formatIndex(), cell.formatString())) {
                    LocalDateTime value = DateUtil.getLocalDateTime(number);
                    yield value == null ? "" : LocalDate.from(value).toString();
                }
                yield number == Math.rint(number) && Math.abs(number) < 1e15
                        ? Long.toString((long) number)
                        : new DataFormatter(Locale.JAPAN).formatRawCellContents(number, -1, "General");
            }
        };
    }
}
