package jp.mamori.audittrail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The filtered trail as a file for people: one row per entry with the same reading as the page
 * (日時 in 和暦, who by name, what in words, details with their form labels), and the codes beside it
 * so a row can be matched to the stored entry. CSV is UTF-8 with a byte order mark (Excel reads it
 * as UTF-8) and CRLF line ends; Excel is written as a stream.
 */
public final class AuditExport {
    /** The most entries one export holds; narrow the filter for more. */
    public static final int MAX_ROWS = 100_000;

    private AuditExport() {}

    public static void csv(List<String> headings, List<List<String>> rows, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(line(headings));
            for (List<String> row : rows) {
                writer.write(line(row));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        return cells.stream().map(AuditExport::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
    static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    public static void xlsx(String sheetName, List<String> headings, List<List<String>> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headings.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    line.createCell(i).setCellValue(row.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
