package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The not-confirmed list as a workbook, read back with POI. */
class CampaignWorkbookTests {
    @Test
    void the_workbook_lists_each_person_under_japanese_headers_with_wareki_dates() throws Exception {
        List<CampaignProgress.Pending> pending = List.of(
                new CampaignProgress.Pending(
                        7, "S007", "架空 一郎", "カクウ イチロウ", 2, "110", "総務課", "職員", LocalDate.of(2026, 11, 20)),
                new CampaignProgress.Pending(8, "S008", "架空 花子", "カクウ ハナコ", 3, "120", "情報課", "会計年度任用職員", null));

        byte[] bytes = CampaignWorkbook.write(
                "情報セキュリティ対策基準",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 11, 26),
                pending);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("未確認者");
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("情報セキュリティ対策基準");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("令和6年1月1日");
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("令和8年12月25日");
            assertThat(text.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo("2");
            Row header = sheet.getRow(6);
            for (int c = 0; c < CampaignWorkbook.HEADERS.size(); c++) {
                assertThat(text.formatCellValue(header.getCell(c))).isEqualTo(CampaignWorkbook.HEADERS.get(c));
            }
            assertThat(CampaignWorkbook.HEADERS).contains("職員番号", "氏名", "所属");
            Row first = sheet.getRow(7);
            assertThat(text.formatCellValue(first.getCell(2))).isEqualTo("S007");
            assertThat(text.formatCellValue(first.getCell(3))).isEqualTo("架空 一郎");
            assertThat(text.formatCellValue(first.getCell(6))).isEqualTo("令和8年11月20日");
            Row second = sheet.getRow(8);
            assertThat(text.formatCellValue(second.getCell(1))).isEqualTo("情報課");
            assertThat(text.formatCellValue(second.getCell(5))).isEqualTo("会計年度任用職員");
            assertThat(text.formatCellValue(second.getCell(6))).isEmpty();
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
        }
    }
}
