package jp.mamori.audit.engagement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActions;
import jp.mamori.shared.Page;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The Excel exports of findings (指摘事項一覧) and of corrective actions (改善措置一覧): one row each,
 * dates in 和暦, the heading on row 3 under a title and the day of export; rows are streamed page by
 * page (SXSSF). Each export shows only what the user may see on the list pages.
 */
@Service
public class AuditWorkbooks {
    private static final int PAGE = 200;

    private final Findings findings;
    private final CorrectiveActions actions;

    AuditWorkbooks(Findings findings, CorrectiveActions actions) {
        this.findings = findings;
        this.actions = actions;
    }

    private interface RowWriter<T> {
        List<Object> cells(T item);
    }

    public byte[] findings() {
        LocalDate today = actions.today();
        return write(
                "指摘事項一覧",
                today,
                List.of("番号", "監査", "所属", "対策", "重要度", "指摘内容", "原因", "改善提言", "記録者", "記録日"),
                new int[] {10, 30, 16, 10, 10, 50, 40, 40, 14, 16},
                p -> findings.list(null, p, PAGE),
                (Finding f) -> List.of(
                        f.number(),
                        f.engagementTitle(),
                        f.unitName(),
                        f.measureId(),
                        f.withdrawn() ? f.severity() + "（取下げ）" : f.severity(),
                        f.found(),
                        f.cause(),
                        f.recommendation(),
                        f.createdBy(),
                        Wareki.japanese(f.createdAt().toLocalDate())));
    }

    public byte[] actions() {
        LocalDate today = actions.today();
        return write(
                "改善措置一覧",
                today,
                List.of("番号", "所属", "発生元", "対策", "内容", "改善計画", "期限", "期限切れ", "状態", "完了報告", "確認者"),
                new int[] {10, 16, 12, 10, 50, 40, 16, 10, 10, 14, 14},
                p -> actions.list(new CorrectiveActions.Filter(null, false), p, PAGE),
                (CorrectiveAction a) -> List.of(
                        a.number(),
                        a.unitName(),
                        a.rollout() ? "横展開" : a.findingId() != null ? "監査指摘" : "自己点検",
                        a.measureId() == null ? "" : a.measureId(),
                        a.title(),
                        a.plan(),
                        Wareki.japanese(a.dueDate()),
                        a.overdue(today) ? "期限切れ" : "",
                        switch (a.state()) {
                            case OPEN -> "対応中";
                            case DONE -> "確認待ち";
                            case CLOSED -> "完了";
                            case WITHDRAWN -> "取下げ";
                        },
                        a.doneBy() == null ? "" : a.doneBy(),
                        a.closedBy() == null ? "" : a.closedBy()));
    }

    private static <T> byte[] write(
            String title,
            LocalDate today,
            List<String> headings,
            int[] widths,
            IntFunction<Page<T>> pages,
            RowWriter<T> writer) {
        try (var workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(title);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
            sheet.createRow(1).createCell(0).setCellValue("出力日：" + Wareki.japanese(today));
            Row head = sheet.createRow(2);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
                head.getCell(c).setCellStyle(heading);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int r = 3;
            for (int p = 0; ; p++) {
                Page<T> page = pages.apply(p);
                for (T item : page.items()) {
                    Row row = sheet.createRow(r++);
                    List<Object> cells = writer.cells(item);
                    for (int c = 0; c < cells.size(); c++) {
                        var cell = row.createCell(c);
                        cell.setCellValue(String.valueOf(cells.get(c)));
                        cell.setCellStyle(wrap);
                    }
                }
                if (!page.hasNext()) {
                    break;
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
