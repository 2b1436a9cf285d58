package jp.mamori.organization;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a CSV file (UTF-8 with or without BOM, or Shift_JIS as Excel writes it) or the first sheet
 * of an .xlsx workbook into a {@link Table}. Formulas give their cached values; nothing is
 * evaluated. Zip-bomb limits are set before a workbook is opened.
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
            throw new Table.UnreadableException(
                    name + ": ファイルを読めません (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
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

    private static Table xlsx(String name, Path path) throws IOException {
        // guard against zip bombs before POI opens the package
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
        try (InputStream in = Files.newInputStream(path);
                Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Table(name, List.of(), List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            List<String> header = new ArrayList<>();
            List<Table.Row> rows = new ArrayList<>();
            int first = sheet.getFirstRowNum();
            for (int r = Math.max(0, first); r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), header.size()); c++) {
                        values.add(text(row.getCell(c), formatter));
                    }
                }
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
                rows.add(new Table.Row(r + 1, cells(header, values)));
            }
            return new Table(name, header, rows);
        }
    }

    /** The text of a cell; dates as ISO 8601; formulas by their cached result, never evaluated. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield value == null ? "" : LocalDate.from(value).toString();
                }
                double number = cell.getNumericCellValue();
                yield number == Math.rint(number) && Math.abs(number) < 1e15
                        ? Long.toString((long) number)
                        : formatter.formatRawCellContents(number, -1, "General");
            }
            default -> "";
        };
    }
}
