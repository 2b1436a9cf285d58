package jp.mamori.supplier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The three registers as .xlsx workbooks, written row by row (SXSSF keeps a window of rows in memory):
 * one row per contract, per cloud service, per SNS account, with 和暦 dates and each finding in words.
 */
final class RegisterWorkbook {
    private RegisterWorkbook() {}

    static final List<String> CONTRACT_HEADERS = List.of(
            "委託先",
            "契約番号",
            "契約名",
            "委託する業務",
            "契約開始日",
            "契約終了日",
            "作業場所",
            "扱う情報の分類",
            "情報資産",
            "再委託先",
            "認証",
            "事故時の連絡先",
            "終了日",
            "返却・廃棄の証明",
            "指摘");

    static final List<String> CLOUD_HEADERS = List.of(
            "サービス名",
            "事業者",
            "ISMAP登録番号",
            "ISMAP有効期限",
            "データの所在",
            "利用規約の確認",
            "扱える格付の上限",
            "承認",
            "保存する情報資産",
            "利用終了の計画",
            "指摘");

    static final List<String> SNS_HEADERS =
            List.of("サービス", "アカウント", "目的", "運用手順", "投稿できる内容", "責任者", "認証情報の管理者", "二要素認証", "公式である旨の告知", "最終見直し", "指摘");

    /** Writes one sheet with a title row, a header row and the rows. */
    static void write(String sheetName, List<String> headers, List<List<String>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(heading);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    static String date(@Nullable LocalDate day) {
        return day == null ? "" : Wareki.japanese(day);
    }

    static String findings(List<SupplierFinding> findings, Function<SupplierFinding, String> words) {
        return findings.stream().map(words).collect(Collectors.joining("\n"));
    }
}
