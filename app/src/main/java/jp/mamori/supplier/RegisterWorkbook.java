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
 * The registers as .xlsx workbooks, written row by row (SXSSF keeps a window of rows in memory): one
 * row per contract (and, on a second sheet, per contractor), per cloud service, per SNS account, with
 * 和暦 dates and each finding in words. The columns the import reads carry its headers, in words it
 * reads back, so an export imports into an empty register as the same records.
 */
final class RegisterWorkbook {
    private RegisterWorkbook() {}

    /**
     * The contracts: the columns the contract import reads ({@link RegisterImport.Register#CONTRACTS}),
     * each under the same header, then the columns written for reading only (契約番号, 認証, 事故時の連絡先,
     * 終了日, 返却・廃棄の証明, 指摘).
     */
    static final List<String> CONTRACT_HEADERS = List.of(
            "委託先",
            "契約番号",
            "契約名",
            "委託する業務",
            "所管課",
            "担当者の職員番号",
            "契約開始日",
            "契約終了日",
            "作業場所",
            "扱う情報の分類",
            "情報資産",
            "契約にある条項",
            "再委託先",
            "認証",
            "事故時の連絡先",
            "終了日",
            "返却・廃棄の証明",
            "指摘");

    /** The contractors (the workbook's second sheet): the columns the contractor import reads, then 認証. */
    static final List<String> CONTRACTOR_HEADERS = List.of("委託先", "所在地", "連絡先の担当者", "電話番号", "メールアドレス", "備考", "認証");

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

    /** One sheet: its name, its header row and its rows. */
    record SheetData(String name, List<String> headers, List<List<String>> rows) {}

    /** Writes one sheet with a header row and the rows. */
    static void write(String sheetName, List<String> headers, List<List<String>> rows, OutputStream out)
            throws IOException {
        write(List.of(new SheetData(sheetName, headers, rows)), out);
    }

    /** Writes the sheets in order, each with a bold header row (frozen) and its rows. */
    static void write(List<SheetData> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(data.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < data.headers().size(); c++) {
                    header.createCell(c).setCellValue(data.headers().get(c));
                    header.getCell(c).setCellStyle(heading);
                }
                int r = 1;
                for (List<String> values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** The place in the words the export writes and the import reads. */
    static String place(Place place) {
        return switch (place) {
            case ON_SITE -> "庁内";
            case REMOTE -> "リモート";
            case CONTRACTOR_PREMISES -> "委託先の施設";
        };
    }

    /** A 再委託先 as one line of its cell: {@code 名前：業務(承認済)}, the work left out when there is none. */
    static String subcontractor(Subcontractor s) {
        return s.name() + (s.work().isEmpty() ? "" : "：" + s.work()) + (s.approved() ? "(承認済)" : "(未承認)");
    }

    static String date(@Nullable LocalDate day) {
        return day == null ? "" : Wareki.japanese(day);
    }

    static String findings(List<SupplierFinding> findings, Function<SupplierFinding, String> words) {
        return findings.stream().map(words).collect(Collectors.joining("\n"));
    }
}
