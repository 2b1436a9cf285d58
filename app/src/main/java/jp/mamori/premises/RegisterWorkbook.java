package jp.mamori.premises;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel export of one of the premises registers: one or more sheets, each a title on row 1, the
 * header on row 3 and one record a row below it, written streamed (SXSSF) so a long entry log never
 * sits in memory as cells.
 */
public final class RegisterWorkbook {
    /** One sheet: its name, the title on row 1, the column headings and the rows of text. */
    public record SheetData(String name, String title, List<String> header, List<List<String>> rows) {}

    private final List<SheetData> sheets = new ArrayList<>();

    RegisterWorkbook sheet(SheetData sheet) {
        sheets.add(sheet);
        return this;
    }

    /** The workbook as .xlsx bytes. */
    public byte[] bytes() {
        try (var workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(data.name());
                sheet.createRow(0).createCell(0).setCellValue(data.title());
                Row header = sheet.createRow(2);
                for (int c = 0; c < data.header().size(); c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(data.header().get(c));
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(c, 18 * 256);
                }
                int r = 3;
                for (List<String> values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
