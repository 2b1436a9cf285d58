package jp.mamori.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.reporting.ReportDocument.Section;
import jp.mamori.reporting.ReportDocument.Table;
import jp.mamori.reporting.ReportDocument.Value;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the yearly report as an Excel workbook, one sheet per section: the section's title and
 * notes, then each table with its caption and a header row. Counts are numeric cells; a rate takes
 * two numeric columns, the count and its whole (「…（母数）」); text stays text.
 */
@Component
class YearlyReportWorkbook {
    private final YearlyReportLayout layout;

    YearlyReportWorkbook(YearlyReportLayout layout) {
        this.layout = layout;
    }

    byte[] write(ReportDocument report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            workbook.getProperties().getCoreProperties().setCreator("mamori");
            Set<String> names = new HashSet<>();
            for (Section section : report.sections()) {
                Sheet sheet = workbook.createSheet(sheetName(section.sheet(), names));
                int r = 0;
                cell(sheet.createRow(r++), 0, section.title()).setCellStyle(bold);
                for (String note : section.notes()) {
                    cell(sheet.createRow(r++), 0, note);
                }
                for (Table table : section.tables()) {
                    r++;
                    cell(sheet.createRow(r++), 0, table.caption()).setCellStyle(bold);
                    r = table(sheet, r, table, bold);
                }
                sheet.setColumnWidth(0, 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the yearly report workbook could not be written", e);
        }
    }

    private int table(Sheet sheet, int first, Table table, CellStyle bold) {
        int r = first;
        Row header = sheet.createRow(r++);
        int c = 0;
        for (int i = 0; i < table.headers().size(); i++) {
            cell(header, c++, table.headers().get(i)).setCellStyle(bold);
            if (table.rateColumn(i)) {
                cell(header, c++, layout.t("yearly.col.whole", table.headers().get(i)))
                        .setCellStyle(bold);
            }
        }
        for (List<Value> values : table.rows()) {
            Row row = sheet.createRow(r++);
            c = 0;
            for (int i = 0; i < values.size(); i++) {
                Value value = values.get(i);
                boolean rate = table.rateColumn(i);
                if (value instanceof Value.Text t) {
                    cell(row, c, t.text());
                } else if (value instanceof Value.Count n) {
                    row.createCell(c).setCellValue(n.count());
                } else if (value instanceof Value.Rate rt) {
                    row.createCell(c).setCellValue(rt.count());
                    row.createCell(c + 1).setCellValue(rt.whole());
                }
                c += rate ? 2 : 1;
            }
        }
        return r;
    }

    private static Cell cell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        return cell;
    }

    /** A valid, unique sheet name (Excel: 31 characters, none of {@code []:*?/\}). */
    static String sheetName(String wanted, Set<String> taken) {
        String name = WorkbookUtil.createSafeSheetName(wanted);
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            String suffix = "(" + i + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
