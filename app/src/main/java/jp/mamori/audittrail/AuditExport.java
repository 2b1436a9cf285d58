package jp.mamori.audittrail;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
 * so a row can be matched to the stored entry. Rows are written as they are read, never held all at
 * once: CSV (UTF-8 with a byte order mark, which Excel reads as UTF-8, and CRLF line ends) goes out
 * to the reader every {@link #CSV_FLUSH_ROWS} rows; Excel is written by POI's streaming workbook,
 * which keeps {@link #XLSX_ROWS_IN_MEMORY} rows in memory and the rest in a temporary file until the
 * workbook is complete.
 */
public final class AuditExport {
    /** The most entries one export holds; narrow the filter for more. */
    public static final int MAX_ROWS = 100_000;

    /** How many entries are read from the database at a time. */
    public static final int BATCH = 500;

    public static final int CSV_FLUSH_ROWS = 200;
    public static final int XLSX_ROWS_IN_MEMORY = 200;

    private AuditExport() {}

    /** Where the rows of an export go, one at a time; {@link #close()} completes the file. */
    public interface Rows extends Closeable {
        void add(List<String> cells);

        @Override
        void close();
    }

    public static Rows csv(List<String> headings, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(line(headings));
            return new Rows() {
                private int pending;

                @Override
                public void add(List<String> cells) {
                    try {
                        writer.write(line(cells));
                        if (++pending == CSV_FLUSH_ROWS) {
                            writer.flush();
                            out.flush();
                            pending = 0;
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        writer.flush();
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
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

    public static Rows xlsx(String sheetName, List<String> headings, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_ROWS_IN_MEMORY);
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
        sheet.createFreezePane(0, 1);
        return new Rows() {
            private int next = 1;

            @Override
            public void add(List<String> cells) {
                Row line = sheet.createRow(next++);
                for (int i = 0; i < cells.size(); i++) {
                    line.createCell(i).setCellValue(cells.get(i));
                }
            }

            @Override
            public void close() {
                try {
                    workbook.write(out);
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    workbook.dispose();
                    try {
                        workbook.close();
                    } catch (IOException ignored) {
                        // the temporary files are gone with dispose(); nothing else to free
                    }
                }
            }
        };
    }
}
