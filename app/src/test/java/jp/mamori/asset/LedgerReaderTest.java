package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/** Reading uploaded workbooks, which are treated as hostile. */
class LedgerReaderTest {
    private static String key(byte[] bytes) {
        try {
            LedgerReader.read(bytes);
        } catch (LedgerUnreadableException e) {
            return e.messageKey();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void a_csv_or_text_file_is_refused_as_not_xlsx() {
        assertThat(key("管理番号,資産名\nIA-000001,住民記録\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ledger.file.notXlsx");
        assertThat(key("<html><body>not a workbook</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ledger.file.notXlsx");
    }

    @Test
    void an_old_xls_workbook_is_refused_with_advice_to_save_as_xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("台帳").createRow(0).createCell(0).setCellValue("管理番号");
            old.write(out);
        }
        assertThat(key(out.toByteArray())).isEqualTo("ledger.file.oldOrEncrypted");
    }

    @Test
    void an_empty_file_and_a_file_over_the_size_limit_are_refused_before_unpacking() {
        assertThat(key(new byte[0])).isEqualTo("ledger.file.empty");
        byte[] huge = new byte[(int) LedgerReader.MAX_BYTES + 1];
        System.arraycopy(new byte[] {0x50, 0x4B, 0x03, 0x04}, 0, huge, 0, 4);
        assertThat(key(huge)).isEqualTo("ledger.file.tooLarge");
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_refused_as_broken() {
        byte[] junk = Arrays.copyOf(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, 200);
        assertThat(key(junk)).isEqualTo("ledger.file.broken");
    }

    @Test
    void a_zip_bomb_is_refused_by_the_inflate_ratio_limit() {
        byte[] normal = LedgerWorkbooks.rows(List.of(List.of("管理番号", "資産名", "管理部署")));
        byte[] bomb = LedgerWorkbooks.withPaddedSheet(normal, 30 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(key(bomb)).isEqualTo("ledger.file.zipBomb");
    }

    @Test
    void formulas_give_their_cached_values_and_are_never_evaluated() throws LedgerUnreadableException {
        byte[] bytes = LedgerWorkbooks.xlsx(workbook -> {
            Row row = workbook.createSheet("台帳").createRow(0);
            Cell sum = row.createCell(0);
            sum.setCellFormula("1+1");
            sum.setCellValue(5); // the cached result Excel saved: a calculation would give 2
            Cell web = row.createCell(1);
            web.setCellFormula("WEBSERVICE(\"http://example.invalid/\")");
            web.setCellValue("保存された値");
            Cell broken = row.createCell(2);
            broken.setCellFormula("1/0");
            broken.setCellErrorValue(FormulaError.DIV0.getCode());
        });
        List<String> cells = LedgerReader.read(bytes).get(0).rows().get(0).cells();
        assertThat(cells).containsExactly("5", "保存された値", "#DIV/0!");
    }

    @Test
    void dates_numbers_and_booleans_become_text_as_the_parsers_expect() throws LedgerUnreadableException {
        byte[] bytes = LedgerWorkbooks.xlsx(workbook -> {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\";@"));
            CellStyle isoStyle = workbook.createCellStyle();
            isoStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            Row row = workbook.createSheet("台帳").createRow(2);
            Cell reiwa = row.createCell(0);
            reiwa.setCellValue(LocalDate.of(2024, 4, 1));
            reiwa.setCellStyle(isoStyle);
            row.createCell(1).setCellValue(1200);
            row.createCell(2).setCellValue(1.5);
            row.createCell(3).setCellValue(true);
            Cell wareki = row.createCell(4);
            wareki.setCellValue(LocalDate.of(2019, 5, 1));
            wareki.setCellStyle(dateStyle);
            row.createCell(5).setCellValue("  住民記録  ");
        });
        LedgerSheet sheet = LedgerReader.read(bytes).get(0);
        assertThat(sheet.name()).isEqualTo("台帳");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).number()).isEqualTo(3);
        assertThat(sheet.rows().get(0).cells())
                .containsExactly("2024-04-01", "1200", "1.5", "TRUE", "2019-05-01", "  住民記録  ");
        assertThat(LedgerParsers.date(sheet.rows().get(0).cell(0)))
                .isEqualTo(LedgerValue.given(LocalDate.of(2024, 4, 1)));
    }

    @Test
    void a_merged_cell_counts_for_every_row_it_covers() throws LedgerUnreadableException {
        byte[] bytes = LedgerWorkbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("台帳");
            LedgerWorkbooks.put(
                    sheet,
                    0,
                    List.of(
                            List.of("資産名", "管理部署"),
                            List.of("住民票", "市民課"),
                            Arrays.asList("戸籍", null),
                            Arrays.asList("印鑑登録", null)));
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
        });
        List<LedgerSheet.Row> rows = LedgerReader.read(bytes).get(0).rows();
        assertThat(rows).extracting(r -> r.cell(1)).containsExactly("管理部署", "市民課", "市民課", "市民課");
    }

    @Test
    void a_huge_merged_area_is_filled_only_where_cells_were_read() throws LedgerUnreadableException {
        byte[] bytes = LedgerWorkbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("台帳");
            LedgerWorkbooks.put(sheet, 0, List.of(List.of("情報資産管理台帳"), List.of("資産名")));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 16_000));
        });
        List<LedgerSheet.Row> rows = LedgerReader.read(bytes).get(0).rows();
        assertThat(rows.get(0).cells()).hasSize(LedgerReader.MAX_COLUMNS).containsOnly("情報資産管理台帳");
    }

    @Test
    void more_rows_than_the_limit_are_refused() {
        byte[] bytes = LedgerWorkbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("台帳");
            for (int r = 0; r <= 30; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
        });
        assertThatThrownBy(() -> LedgerReader.read(bytes, 30))
                .isInstanceOfSatisfying(
                        LedgerUnreadableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ledger.file.tooManyRows"));
    }

    @Test
    void a_value_beyond_the_last_column_refuses_the_file_naming_sheet_row_and_column() {
        byte[] bytes = LedgerWorkbooks.xlsx(workbook -> {
            Row row = workbook.createSheet("台帳").createRow(4);
            row.createCell(0).setCellValue("住民記録");
            row.createCell(LedgerReader.MAX_COLUMNS).setCellValue("101 列目の値");
        });
        assertThatThrownBy(() -> LedgerReader.read(bytes))
                .isInstanceOfSatisfying(LedgerUnreadableException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledger.file.tooManyColumns");
                    assertThat(e.args()).containsExactly("台帳", 5, "CW", LedgerReader.MAX_COLUMNS);
                });
    }

    @Test
    void blank_cells_beyond_the_last_column_are_not_a_reason_to_refuse() throws LedgerUnreadableException {
        byte[] bytes = LedgerWorkbooks.xlsx(workbook -> {
            Row row = workbook.createSheet("台帳").createRow(0);
            row.createCell(0).setCellValue("資産名");
            row.createCell(LedgerReader.MAX_COLUMNS + 5).setCellValue("");
        });
        assertThat(LedgerReader.read(bytes).get(0).rows().get(0).cells()).containsExactly("資産名");
    }

    @Test
    void phonetic_guides_are_not_part_of_the_text() throws LedgerUnreadableException {
        byte[] bytes = LedgerWorkbooks.rows(List.of(List.of("住民記録")));
        byte[] withRuby = LedgerWorkbooks.replaceInPart(
                bytes, "xl/sharedStrings.xml", "<t>住民記録</t>", "<t>住民記録</t><rPh sb=\"0\" eb=\"2\"><t>ジュウミン</t></rPh>");
        assertThat(LedgerReader.read(withRuby).get(0).rows().get(0).cells()).containsExactly("住民記録");
    }

    @Test
    void a_sheet_with_a_doctype_or_external_entity_is_refused_as_broken_and_nothing_is_fetched() {
        byte[] bytes = LedgerWorkbooks.rows(List.of(List.of("資産名")));
        byte[] hostile = LedgerWorkbooks.replaceInPart(
                bytes,
                "xl/worksheets/sheet1.xml",
                "<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet");
        assertThat(key(hostile)).isEqualTo("ledger.file.broken");
    }
}
