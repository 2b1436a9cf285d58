package jp.mamori.training;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.WorkbookReader;

/**
 * An uploaded list of people with results — attendance of a session or the results of a
 * 標的型メール訓練 — as CSV (UTF-8, or Shift_JIS as Excel saves it) or the first sheet of an .xlsx
 * workbook, read as a stream. The header row is the first row whose first cell is 「職員番号」; rows
 * after it are returned with their row (line) number. Blank rows are skipped.
 */
final class ResultSheet {
    static final String STAFF_NUMBER = "職員番号";
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final WorkbookReader.Limits LIMITS = new WorkbookReader.Limits(MAX_ROWS, 16, 200_000, 5_000_000, 1);
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** One data row: its number in the file (1 = first) and its cells by header. */
    record Row(int number, List<String> cells) {}

    /** The header row's cells and the rows under it. */
    record Table(List<String> header, List<Row> rows) {
        int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private ResultSheet() {}

    static Table read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "trn.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "trn.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<Row> all;
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            all = xlsx(bytes);
        } else if (lower.endsWith(".xlsx")) {
            throw InvalidInputException.of("file", "trn.import.notXlsx");
        } else {
            all = csv(bytes);
        }
        for (int i = 0; i < all.size(); i++) {
            List<String> cells = all.get(i).cells();
            if (!cells.isEmpty() && cells.get(0).strip().replace("\uFEFF", "").equals(STAFF_NUMBER)) {
                List<Row> rows = all.subList(i + 1, all.size()).stream()
                        .filter(r -> r.cells().stream().anyMatch(c -> !c.isBlank()))
                        .toList();
                if (rows.isEmpty()) {
                    throw InvalidInputException.of("file", "trn.import.noRows");
                }
                return new Table(
                        cells.stream().map(c -> c.strip().replace("\uFEFF", "")).toList(), rows);
            }
        }
        throw InvalidInputException.of("file", "trn.import.noHeader");
    }

    private static List<Row> xlsx(byte[] bytes) {
        try {
            List<WorkbookReader.Sheet> sheets = WorkbookReader.read(bytes, LIMITS, ResultSheet::text);
            if (sheets.isEmpty()) {
                throw InvalidInputException.of("file", "trn.import.noHeader");
            }
            return sheets.get(0).rows().stream()
                    .map(r -> new Row(r.number(), r.cells()))
                    .toList();
        } catch (WorkbookReader.RefusedException e) {
            throw InvalidInputException.of(
                    "file", "trn.import.refused." + e.refusal().name(), e.args().toArray());
        }
    }

    private static String text(WorkbookReader.RawCell cell) {
        return switch (cell.kind()) {
            case TEXT -> cell.value();
            case NUMBER ->
                cell.value().endsWith(".0")
                        ? cell.value().substring(0, cell.value().length() - 2)
                        : cell.value();
            case BOOLEAN -> "1".equals(cell.value()) ? "TRUE" : "FALSE";
            case ERROR -> "";
        };
    }

    private static List<Row> csv(byte[] bytes) {
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_31J;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), charset))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number > MAX_ROWS) {
                    throw InvalidInputException.of("file", "trn.import.refused.TOO_MANY_ROWS", MAX_ROWS);
                }
                rows.add(new Row(number, fields(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The fields of one CSV line: commas separate, double quotes enclose (a doubled quote is one quote). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String cell(Row row, int column) {
        return column >= 0 && column < row.cells().size()
                ? row.cells().get(column).strip()
                : "";
    }

    /** 出席/欠席, ○/×, はい/いいえ, 1/0, TRUE/FALSE; null for anything else. */
    static Boolean yesNo(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "出席", "参加", "○", "〇", "◯", "はい", "有", "あり", "1", "TRUE", "YES", "Y" -> Boolean.TRUE;
            case "欠席", "不参加", "×", "✕", "いいえ", "無", "なし", "0", "FALSE", "NO", "N", "-", "" -> Boolean.FALSE;
            default -> null;
        };
    }
}
