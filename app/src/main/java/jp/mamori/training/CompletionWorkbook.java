package jp.mamori.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A year's completion as an .xlsx workbook: one sheet each for units, employment categories and
 * courses (people, owed, completed, rate), the people still missing, and every obligation. Dates are
 * ISO 8601 (yyyy-mm-dd) so the file sorts and filters; the heading names the 年度 in 和暦.
 */
final class CompletionWorkbook {
    private CompletionWorkbook() {}

    static byte[] write(Completions.Overview overview, LocalDate today) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            String year = Wareki.fiscalYear(overview.fiscalYear(), Locale.JAPANESE);
            rates(workbook.createSheet("所属別"), "所属", overview.units(), overview.total(), year, today, heading);
            rates(workbook.createSheet("雇用区分別"), "雇用区分", overview.categories(), overview.total(), year, today, heading);
            rates(workbook.createSheet("研修別"), "研修", overview.courses(), overview.total(), year, today, heading);
            people(workbook.createSheet("未修了者"), overview.missing(), today, heading);
            people(workbook.createSheet("受講状況"), overview.obligations(), today, heading);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rates(
            Sheet sheet, String what, List<Rate> rates, Rate total, String year, LocalDate today, CellStyle heading) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(year + " 教育・訓練の修了状況（" + what + "別）");
        title.getCell(0).setCellStyle(heading);
        sheet.createRow(1).createCell(0).setCellValue("出力日 " + Wareki.japanese(today));
        header(sheet, 3, heading, what, "対象者数", "受講義務（件）", "修了（件）", "未修了（件）", "修了率（%）");
        int r = 4;
        for (Rate rate : rates) {
            rateRow(sheet.createRow(r++), rate.name(), rate);
        }
        rateRow(sheet.createRow(r), "合計", total);
        sheet.setColumnWidth(0, 30 * 256);
    }

    private static void rateRow(Row row, String name, Rate rate) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(rate.people());
        row.createCell(2).setCellValue(rate.required());
        row.createCell(3).setCellValue(rate.completed());
        row.createCell(4).setCellValue(rate.missing());
        row.createCell(5).setCellValue(rate.percent());
    }

    private static void people(Sheet sheet, List<Obligation> obligations, LocalDate today, CellStyle heading) {
        header(sheet, 0, heading, "職員番号", "氏名", "所属", "雇用区分", "着任日", "研修", "期限", "修了日", "状況");
        int r = 1;
        for (Obligation o : obligations) {
            Row row = sheet.createRow(r++);
            Member m = o.member();
            row.createCell(0).setCellValue(m.staffNumber());
            row.createCell(1).setCellValue(m.name());
            row.createCell(2).setCellValue(m.unitName());
            row.createCell(3).setCellValue(m.categoryName());
            row.createCell(4).setCellValue(m.inPostFrom().toString());
            row.createCell(5).setCellValue(o.courseTitle());
            row.createCell(6).setCellValue(o.dueDate().toString());
            row.createCell(7)
                    .setCellValue(o.completedOn() == null ? "" : o.completedOn().toString());
            row.createCell(8).setCellValue(o.completed() ? "修了" : o.overdue(today) ? "期限切れ" : "未修了");
        }
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(5, 30 * 256);
    }

    private static void header(Sheet sheet, int at, CellStyle heading, String... names) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(heading);
        }
    }
}
