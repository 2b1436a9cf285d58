package jp.mamori.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The people of a campaign who have not confirmed yet, as an .xlsx workbook for the section heads
 * who chase them: a heading block (document, 施行日, 期限, date of output, all in 和暦), then one row
 * per person under Japanese column headers, in the order of the campaign page (unit, then kana).
 * Dates are written as 和暦 text, as people read them on paper.
 */
final class CampaignWorkbook {
    static final List<String> HEADERS = List.of("所属コード", "所属", "職員番号", "氏名", "フリガナ", "雇用区分", "最終催促日");

    private CampaignWorkbook() {}

    static byte[] write(
            String documentTitle,
            @Nullable LocalDate effectiveFrom,
            @Nullable LocalDate dueOn,
            LocalDate today,
            List<CampaignProgress.Pending> pending) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("未確認者");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);

            int r = 0;
            r = fact(sheet, r, "文書", documentTitle, heading);
            r = fact(sheet, r, "施行日", effectiveFrom == null ? "" : Wareki.japanese(effectiveFrom), heading);
            r = fact(sheet, r, "確認期限", dueOn == null ? "なし" : Wareki.japanese(dueOn), heading);
            r = fact(sheet, r, "出力日", Wareki.japanese(today), heading);
            r = fact(sheet, r, "未確認者数", Integer.toString(pending.size()), heading);
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(heading);
            }
            for (CampaignProgress.Pending person : pending) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(person.unitCode());
                row.createCell(1).setCellValue(person.unitName());
                row.createCell(2).setCellValue(person.staffNumber());
                row.createCell(3).setCellValue(person.name());
                row.createCell(4).setCellValue(person.kana());
                row.createCell(5).setCellValue(person.categoryName());
                row.createCell(6)
                        .setCellValue(person.lastRemindedOn() == null ? "" : Wareki.japanese(person.lastRemindedOn()));
            }
            int[] widths = {12, 24, 12, 16, 20, 16, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 7);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fact(Sheet sheet, int r, String label, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(style);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
