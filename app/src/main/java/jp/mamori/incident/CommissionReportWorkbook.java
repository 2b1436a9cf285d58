package jp.mamori.incident;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link CommissionReport} as an Excel workbook with one sheet laid out as a form: the
 * title across columns A–B, the subtitle, then per block a heading row and one row per line with
 * the Japanese label in column A and the value in column B (wrapped, 和暦 dates as text, as on the
 * PDF). The sheet prints on A4, one page wide.
 */
final class CommissionReportWorkbook {
    /** Column widths in characters: labels, values. */
    static final int LABEL_WIDTH = 34;

    static final int VALUE_WIDTH = 80;

    private CommissionReportWorkbook() {}

    static byte[] render(CommissionReport report, String sheetName) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            sheet.setColumnWidth(0, LABEL_WIDTH * 256);
            sheet.setColumnWidth(1, VALUE_WIDTH * 256);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            Styles styles = new Styles(workbook);

            int r = 0;
            Row titleRow = sheet.createRow(r);
            titleRow.setHeightInPoints(24);
            titleRow.createCell(0).setCellValue(report.title());
            titleRow.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            r++;
            Row subRow = sheet.createRow(r);
            subRow.createCell(0).setCellValue(report.subtitle());
            subRow.getCell(0).setCellStyle(styles.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            r += 2;
            for (CommissionReport.Block block : report.blocks()) {
                Row heading = sheet.createRow(r);
                heading.createCell(0).setCellValue(block.heading());
                heading.getCell(0).setCellStyle(styles.heading);
                heading.createCell(1).setCellStyle(styles.heading);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
                r++;
                for (CommissionReport.Line line : block.lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.label());
                    row.getCell(0).setCellStyle(styles.label);
                    row.createCell(1).setCellValue(line.value());
                    row.getCell(1).setCellStyle(styles.value);
                    row.setHeightInPoints(
                            15f * Math.max(lines(line.label(), LABEL_WIDTH), lines(line.value(), VALUE_WIDTH)));
                }
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the report workbook could not be written", e);
        }
    }

    /**
     * About how many printed lines a text takes in a column of that width: Excel does not fit the
     * row height to wrapped text written by a program, so the height is set from this.
     */
    static int lines(String text, int widthInChars) {
        int total = 0;
        for (String part : text.split("\n", -1)) {
            // a Japanese character is about two characters wide
            int width = part.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
            total += Math.max(1, (width + widthInChars - 1) / widthInChars);
        }
        return total;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle heading;
        final CellStyle label;
        final CellStyle value;

        Styles(XSSFWorkbook workbook) {
            Font plain = font(workbook, 10.5, false);
            Font bold = font(workbook, 10.5, true);
            title = workbook.createCellStyle();
            title.setFont(font(workbook, 14, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(plain);
            subtitle.setAlignment(HorizontalAlignment.RIGHT);
            heading = bordered(workbook, bold);
            heading.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label = bordered(workbook, plain);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label.setWrapText(true);
            value = bordered(workbook, plain);
            value.setWrapText(true);
        }

        private static Font font(XSSFWorkbook workbook, double points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName("游ゴシック");
            font.setFontHeight((short) Math.round(points * 20));
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
