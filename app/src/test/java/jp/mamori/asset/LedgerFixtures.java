package jp.mamori.asset;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A ledger as an office of the fictional 架空市職員共済組合 keeps it: title rows, a two-row header
 * with merged cells (格付 over 機密性・完全性・可用性, 個人情報の取扱い over the three flags), variant
 * header names (資産番号, 情報資産名, 所管課, 保存場所, 見直し予定日), a running "No." column, values
 * typed in every way people type them, a blank row, an Excel date cell in 和暦 format — and, in
 * the version {@code withErrors}, four bad rows.
 */
final class LedgerFixtures {
    /** Excel row numbers of the bad rows, as the import must report them. */
    static final int BAD_UNIT_ROW = 11;

    static final int NO_NAME_ROW = 12;
    static final int UNKNOWN_NUMBER_ROW = 13;
    static final int BAD_LEVEL_ROW = 14;

    private LedgerFixtures() {}

    /**
     * The ledger.
     *
     * @param unitA a unit name (the first rows name it by name)
     * @param unitACode the same unit's code (one row names it by code)
     * @param unitB another unit's name
     * @param withErrors true for the version with four bad rows
     */
    static byte[] ledger(String unitA, String unitACode, String unitB, boolean withErrors) {
        String rows = ROWS_6_TO_10 + (withErrors ? BAD_ROWS_11_TO_14 : CORRECTED_ROWS_11_TO_14);
        List<List<Object>> data = rows.lines()
                .map(line -> cells(line.replace("{A}", unitA)
                        .replace("{A-code}", unitACode)
                        .replace("{B}", unitB)))
                .toList();
        return LedgerWorkbooks.xlsx(workbook -> write(workbook, data));
    }

    /**
     * Rows 6 to 10 (row 8's date is a date cell, row 9 is blank). Here and below, a row is a line with
     * its cells split by "|" in the header's columns: {A} and {B} stand for the units' names, {A-code}
     * for unit A's code, [2025-09-30] for an Excel date cell in a 和暦 format; an empty line is a blank
     * row.
     */
    private static final String ROWS_6_TO_10 = """
            1||住民情報ファイル|②|共済組合員の住所・氏名・生年月日|{A}|組合員係長|サーバ室ラック3|電子|マイナンバー系|機密性３|2|2|複製禁止、暗号化必須|○|×|有|約12,000件|5年|R7.3.31|
            2||窓口申請書（紙）|2|窓口で受け付けた申請書の原本|{A-code}|窓口担当|書庫（施錠）|紙|なし|3|２|1|関係者限り|あり|なし|なし|1200|1年|令和7年3月31日|年度末に廃棄
            3||庁内ネットワーク機器一式|①|スイッチ・ルータ|{B}|情報係|サーバ室|電子|LGWAN系|2|2|2||無|無|無||常用|[2025-09-30]|更新予定

            4||ネットワーク構成図|③|庁内ネットワークの構成|{B}|情報係|キャビネットB|紙|-|機密性2|1|1|配付禁止|×|×|×|-|5年|2026/3/31|
            """;

    /**
     * Rows 11 to 14, bad: an unknown unit, a level the scheme lacks, a yes/no that is neither, a count and
     * a date that are not (11); no name (12); a number the register does not know (13); a level of
     * another axis and an unknown restriction (14).
     */
    private static final String BAD_ROWS_11_TO_14 = """
            5||人事評価記録|情報|評価シート|存在しない課|人事係|書庫|電子|LGWAN接続系|4|2|2||たぶん|無|無|多数|5年|来年度|
            6|||②||{A}|||紙|なし|1|1|1||無|無|無||||
            7|IA-999999|旧システム設計書|③||{A}|||紙|なし|2|1|1||無|無|無||||
            8||会議録|②||{A}|||電子|インターネット系|完全性2|1|1|持出禁止|無|無|無||||
            """;

    /** The same rows corrected (the row with the unknown number becomes a new asset). */
    private static final String CORRECTED_ROWS_11_TO_14 = """
            5||人事評価記録|情報|評価シート|{A}|人事係|書庫|電子|LGWAN接続系|3|2|2||有|無|無|約300件|5年|R8.3.31|
            6||研修資料|②||{A}|||紙|なし|1|1|1||無|無|無||||
            7||旧システム設計書|③||{A}|||紙|なし|2|1|1||無|無|無||||
            8||会議録|②||{A}|||電子|インターネット系|1|1|1|関係者限り|無|無|無||||
            """;

    /** Rows of the ledger that hold an asset (blank row excluded). */
    static final int ASSET_ROWS = 8;

    /** One line of the tables above as cells: text, or a date for a cell written [yyyy-mm-dd]. */
    private static List<Object> cells(String line) {
        if (line.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(line.split("\\|", -1))
                .<Object>map(
                        cell -> cell.startsWith("[") ? LocalDate.parse(cell.substring(1, cell.length() - 1)) : cell)
                .toList();
    }

    private static void write(XSSFWorkbook workbook, List<List<Object>> data) {
        Sheet sheet = workbook.createSheet("情報資産管理台帳");
        CellStyle wareki = workbook.createCellStyle();
        wareki.setDataFormat(workbook.createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\";@"));
        sheet.createRow(0).createCell(0).setCellValue("令和6年度　情報資産管理台帳");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 20));
        sheet.createRow(1).createCell(0).setCellValue("架空市職員共済組合");
        sheet.createRow(2).createCell(15).setCellValue("作成日：令和6年4月1日");
        String[] upper = {
            "No.",
            "資産番号",
            "情報資産名",
            "資産区分",
            "概要",
            "所管課",
            "管理者",
            "保存場所",
            "形態",
            "ネットワーク区分",
            "格付",
            null,
            null,
            "取扱制限",
            "個人情報の取扱い",
            null,
            null,
            "件数（概数）",
            "保存期間",
            "見直し予定日",
            "備考"
        };
        String[] lower = {
            null, null, null, null, null, null, null, null, null, null, "機密性", "完全性", "可用性", null, "個人情報", "要配慮個人情報",
            "特定個人情報", null, null, null, null
        };
        Row top = sheet.createRow(3);
        Row bottom = sheet.createRow(4);
        for (int c = 0; c < upper.length; c++) {
            if (upper[c] != null) {
                top.createCell(c).setCellValue(upper[c]);
            }
            if (lower[c] != null) {
                bottom.createCell(c).setCellValue(lower[c]);
            } else if (upper[c] != null && (c < 10 || c == 13 || c > 16)) {
                sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 10, 12));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 14, 16));
        int r = 5;
        for (List<Object> cells : data) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof LocalDate date) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(date);
                    cell.setCellStyle(wareki);
                } else if (value != null && !value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
        // a sheet of notes, which the import skips
        Sheet notes = workbook.createSheet("記入要領");
        notes.createRow(0).createCell(0).setCellValue("機密性は 3・2・1 のいずれかを記入してください。");
    }
}
