package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.printing.FontMissingException;
import jp.mamori.printing.TestFonts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDF and the workbook read back: the same sections, figures and 和暦 dates as the report. */
class CommissionReportFilesTest {
    final CommissionReport report =
            ReportFixtures.report(ReportFixtures.breach(ReportFixtures.sensitiveOf(1_234)), ReportFixtures.facts());

    @Test
    void the_pdf_text_reads_back_with_the_japanese_section_titles_figures_and_deadlines() throws Exception {
        assumeTrue(Files.isReadable(Path.of(TestFonts.IPAEX)), "fonts-ipaexfont is installed by .ci/run");
        byte[] pdf = CommissionReportPdf.render(report, TestFonts.lookingAt(TestFonts.IPAEX));

        String text = compact(textOf(pdf));
        assertThat(text)
                .contains("個人情報保護委員会への漏えい等の報告")
                .contains("受付番号2025-0007")
                .contains("報告の要否と期限")
                .contains("速報の期限令和7年4月12日")
                .contains("確報の期限令和7年5月9日")
                .contains("1.概要")
                .contains("2.漏えい等が発生し、又は発生したおそれがある個人データの項目氏名、組合員番号、健診結果")
                .contains("3.漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数約1,234人")
                .contains("4.原因宛先の選択誤り")
                .contains("5.二次被害又はそのおそれの有無及びその内容現時点で二次被害は確認されていない。")
                .contains("6.本人への対応の実施状況")
                .contains("7.公表の実施状況4月12日にウェブサイトで公表した。")
                .contains("8.再発防止のための措置外部宛て送信時の上長確認")
                .contains("9.その他参考となる事項");
    }

    @Test
    void without_a_japanese_font_the_pdf_is_refused_with_a_message_saying_how_to_fix_it() {
        assertThatThrownBy(() -> CommissionReportPdf.render(report, TestFonts.lookingAt("/nowhere/none.ttf")))
                .isInstanceOf(FontMissingException.class)
                .hasMessageContaining("fonts-ipaexfont")
                .hasMessageContaining("mamori.pdf.font");
    }

    @Test
    void the_workbook_is_one_sheet_with_labels_in_column_a_and_values_in_column_b() throws Exception {
        byte[] xlsx = CommissionReportWorkbook.render(report, "漏えい等報告");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("漏えい等報告");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("個人情報保護委員会への漏えい等の報告");
            assertThat(sheet.getMergedRegions())
                    .anySatisfy(region -> assertThat(region.formatAsString()).isEqualTo("A1:B1"));
            Map<String, String> form = labelsToValues(sheet);
            assertThat(form)
                    .containsEntry("受付番号", "2025-0007")
                    .containsEntry("報告した部署", "保険課")
                    .containsEntry("発覚日", "令和7年4月10日")
                    .containsEntry("速報の期限", "令和7年4月12日")
                    .containsEntry("確報の期限", "令和7年5月9日")
                    .containsEntry("発生日", "令和7年4月9日")
                    .containsEntry("3. 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数", "約1,234人")
                    .containsEntry("2. 漏えい等が発生し、又は発生したおそれがある個人データの項目", "氏名、組合員番号、健診結果")
                    .containsEntry("5. 二次被害又はそのおそれの有無及びその内容", "現時点で二次被害は確認されていない。")
                    .containsEntry("6. 本人への対応の実施状況", "対象の組合員へ4月11日に通知文を発送した。")
                    .containsEntry("7. 公表の実施状況", "4月12日にウェブサイトで公表した。")
                    .containsEntry("8. 再発防止のための措置", "外部宛て送信時の上長確認")
                    .containsEntry("9. その他参考となる事項", "送信先事業者は削除済みと回答している。");
            Row heading = rowStarting(sheet, "報告事項");
            assertThat(heading.getCell(0).getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            Row reasons = rowStarting(sheet, "報告が必要となる事由");
            assertThat(reasons.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(reasons.getHeightInPoints()).isGreaterThanOrEqualTo(30f);
        }
    }

    /** The nine items of 施行規則 第8条第1項 / 第44条第1項 as each regime's form names them. */
    static List<String> items(Regime regime) {
        String data = regime == Regime.PUBLIC_BODY ? "保有個人情報" : "個人データ";
        return List.of(
                "1. 概要",
                "2. 漏えい等が発生し、又は発生したおそれがある" + data + "の項目",
                "3. 漏えい等が発生し、又は発生したおそれがある" + data + "に係る本人の数",
                "4. 原因",
                "5. 二次被害又はそのおそれの有無及びその内容",
                "6. 本人への対応の実施状況",
                "7. 公表の実施状況",
                "8. 再発防止のための措置",
                "9. その他参考となる事項");
    }

    static CommissionReport finalReport(Regime regime) {
        return ReportFixtures.report(
                ReportFixtures.breach(ReportFixtures.sensitiveOf(1_234)),
                ReportFixtures.facts(),
                regime,
                ReportSubmission.Kind.FINAL);
    }

    @ParameterizedTest
    @EnumSource(Regime.class)
    void the_pdf_of_each_regime_reads_back_with_its_forms_cases_and_items_in_order(Regime regime) throws Exception {
        assumeTrue(Files.isReadable(Path.of(TestFonts.IPAEX)), "fonts-ipaexfont is installed by .ci/run");
        CommissionReport report = finalReport(regime);
        String text = compact(textOf(CommissionReportPdf.render(report, TestFonts.lookingAt(TestFonts.IPAEX))));

        boolean pb = regime == Regime.PUBLIC_BODY;
        assertThat(text)
                .contains(compact(report.title()))
                .contains("報告の区分確報（個人情報保護法施行規則第" + (pb ? "44" : "8") + "条第2項）")
                .contains("報告者の氏名又は名称架空市職員共済組合")
                .contains(pb ? "第43条第1号要配慮個人情報を含む保有個人情報該当する" : "第7条第1号要配慮個人情報を含む個人データ該当する")
                .contains(pb ? "第43条第5号条例要配慮個人情報を含む保有個人情報（条例に定めがある場合）該当しない" : "第7条第4号本人の数が1,000人を超えるもの該当する")
                .contains(compact(items(regime).get(2)) + "約1,234人")
                .contains(compact(items(regime).get(1)) + "氏名、組合員番号、健診結果");
        if (!pb) {
            assertThat(text).doesNotContain("第43条第5号");
        }
        int previous = -1;
        for (String item : items(regime)) {
            int at = text.indexOf(compact(item));
            assertThat(at).as(item).isGreaterThan(previous);
            previous = at;
        }
        assertThat(text.indexOf("報告対象となる事態")).isLessThan(text.indexOf("1.概要"));
    }

    @ParameterizedTest
    @EnumSource(Regime.class)
    void the_workbook_of_each_regime_has_the_forms_cases_and_items_in_order(Regime regime) throws Exception {
        CommissionReport report = finalReport(regime);
        byte[] xlsx = CommissionReportWorkbook.render(report, "漏えい等報告");

        boolean pb = regime == Regime.PUBLIC_BODY;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("漏えい等報告");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(report.title());
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("受付番号");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("2025-0007");
            Map<String, String> form = labelsToValues(sheet);
            assertThat(form)
                    .containsEntry("報告の区分", "確報（個人情報保護法施行規則第" + (pb ? "44" : "8") + "条第2項）")
                    .containsEntry("報告者の氏名又は名称", "架空市職員共済組合")
                    .containsEntry(pb ? "第43条第4号 本人の数が100人を超えるもの" : "第7条第4号 本人の数が1,000人を超えるもの", "該当する")
                    .containsEntry(
                            pb ? "第43条第2号 不正に利用されると財産的被害が生じるおそれのある保有個人情報" : "第7条第2号 不正に利用されると財産的被害が生じるおそれのある個人データ",
                            "該当しない")
                    .containsEntry(items(regime).get(2), "約1,234人")
                    .containsEntry(items(regime).get(1), "氏名、組合員番号、健診結果")
                    .containsEntry("連絡先", "保険課 情報担当（内線 1234）");
            assertThat(form.keySet().stream()
                            .filter(label -> label.startsWith("第43条"))
                            .count())
                    .isEqualTo(pb ? 5 : 0);
            assertThat(form.keySet().stream()
                            .filter(label -> label.startsWith("第7条"))
                            .count())
                    .isEqualTo(pb ? 0 : 4);
            int previous = rowStarting(sheet, pb ? "報告対象となる事態（個人情報保護法施行規則第43条各号）" : "報告対象となる事態（個人情報保護法施行規則第7条各号）")
                    .getRowNum();
            for (String item : items(regime)) {
                int row = rowStarting(sheet, item).getRowNum();
                assertThat(row).as(item).isGreaterThan(previous);
                previous = row;
            }
        }
    }

    @Test
    void the_row_height_estimate_counts_wide_characters_twice_and_every_line_break() {
        assertThat(CommissionReportWorkbook.lines("abc", 10)).isEqualTo(1);
        assertThat(CommissionReportWorkbook.lines("あいうえおか", 10)).isEqualTo(2);
        assertThat(CommissionReportWorkbook.lines("a\nb\n", 10)).isEqualTo(3);
    }

    static String textOf(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** Text without the spaces and line breaks that wrapping inside table cells adds. */
    static String compact(String text) {
        return text.replaceAll("[\\s\u3000]", "");
    }

    private static Map<String, String> labelsToValues(Sheet sheet) {
        var form = new HashMap<String, String>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            Cell value = row.getCell(1);
            if (label != null && value != null && !label.getStringCellValue().isEmpty()) {
                form.putIfAbsent(label.getStringCellValue(), value.getStringCellValue());
            }
        }
        return form;
    }

    private static Row rowStarting(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }
}
