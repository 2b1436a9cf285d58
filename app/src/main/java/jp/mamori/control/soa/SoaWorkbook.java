package jp.mamori.control.soa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import jp.mamori.control.catalogue.Measure;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Writes the statement of applicability as the body's usual ledger: a title, the catalogue version
 * and the date (和暦) above, the header on row {@value #HEADER_ROW} with a filter, then one row per
 * unit × applicable measure. Rows are streamed (SXSSF), so 50 units × 250 measures stay small in
 * memory.
 */
final class SoaWorkbook {
    /** The row (1-based, as Excel numbers it) holding the header. */
    static final int HEADER_ROW = 4;

    static final String[] COLUMNS = {
        "unitCode",
        "unit",
        "measure",
        "chapter",
        "title",
        "role",
        "reason",
        "status",
        "naReason",
        "responsible",
        "lastChecked",
        "nextCheck",
        "frequency",
        "evidence",
        "iso27001",
        "note"
    };
    private static final int[] WIDTHS = {12, 20, 10, 6, 36, 18, 30, 10, 24, 14, 16, 16, 14, 36, 18, 30};

    private final MessageSource messages;
    private final Locale locale;

    SoaWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(SoaExport.Statement statement) {
        try (var workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            border(text);

            Sheet sheet = workbook.createSheet(msg("control.export.sheet"));
            sheet.createRow(0).createCell(0).setCellValue(msg("control.export.title"));
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(msg(
                            "control.export.subtitle",
                            statement.version().title(),
                            statement.version().number(),
                            Wareki.format(statement.asOf(), locale)));
            Row head = sheet.createRow(HEADER_ROW - 1);
            for (int c = 0; c < COLUMNS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(msg("control.export.column." + column(COLUMNS[c], statement.systems())));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(3, HEADER_ROW);
            int r = HEADER_ROW;
            for (SoaExport.Row row : statement.rows()) {
                Row out = sheet.createRow(r++);
                Measure m = row.measure();
                SoaEntry e = row.entry();
                int c = 0;
                put(out, c++, row.holder().code(), text);
                put(out, c++, row.holder().name(), text);
                put(out, c++, m.id(), text);
                put(out, c++, m.chapter(), text);
                put(out, c++, m.title(), text);
                put(out, c++, msg(m.role().messageKey()), text);
                put(out, c++, SoaExport.reasonText(messages, locale, row.reason()), text);
                put(out, c++, SoaExport.statusText(messages, locale, row), text);
                put(out, c++, e.naReason(), text);
                put(out, c++, e.responsible(), text);
                put(out, c++, Wareki.format(e.lastChecked(), locale), text);
                put(out, c++, Wareki.format(e.nextCheck(), locale), text);
                put(out, c++, msg(m.frequency().messageKey()), text);
                put(out, c++, String.join("\n", row.evidence()), text);
                put(out, c++, String.join(", ", m.iso27001()), text);
                put(out, c, e.note(), text);
            }
            if (r > HEADER_ROW) {
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW - 1, r - 1, 0, COLUMNS.length - 1));
            }
            var bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the statement of applicability could not be written", e);
        }
    }

    /** A system's statement heads its first two columns 管理番号 and 情報システム. */
    private static String column(String column, boolean systems) {
        if (!systems) {
            return column;
        }
        return switch (column) {
            case "unitCode" -> "systemNumber";
            case "unit" -> "system";
            default -> column;
        };
    }

    private static void put(Row row, int column, @Nullable String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
