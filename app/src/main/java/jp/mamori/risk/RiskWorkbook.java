package jp.mamori.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jp.mamori.shared.Page;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Writes the register as an Excel workbook: sheet 1 is the ledger (one risk per row, the header on
 * row 3, levels filled with their colour, dates in 和暦), sheets 2 and 3 the heat maps before and
 * after treatment. Rows are streamed (SXSSF) page by page, so a large register never sits in
 * memory at once.
 */
final class RiskWorkbook {
    static final int HEADER_ROW = 3;

    private static final String[] COLUMNS = {
        "reference",
        "title",
        "unit",
        "asset",
        "threatCategory",
        "threat",
        "owner",
        "likelihood",
        "impact",
        "inherent",
        "treatment",
        "measures",
        "treatmentPlan",
        "residualLikelihood",
        "residualImpact",
        "residual",
        "state",
        "acceptedBy",
        "acceptedOn",
        "reviewDate"
    };
    private static final int[] WIDTHS = {12, 30, 16, 14, 18, 24, 14, 10, 10, 10, 10, 18, 36, 10, 10, 10, 10, 14, 14, 14
    };

    private final MessageSource messages;
    private final Locale locale;

    RiskWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(
            RiskMatrix matrix,
            Function<Integer, Page<RiskLine>> pages,
            HeatMap inherent,
            HeatMap residual,
            LocalDate today) {
        try (var workbook = new SXSSFWorkbook(100)) {
            CellStyle header = header(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            border(text);
            Map<RiskColour, CellStyle> fills = new EnumMap<>(RiskColour.class);
            for (RiskColour c : RiskColour.values()) {
                fills.put(c, fill(workbook, c));
            }

            Sheet sheet = workbook.createSheet(msg("risk.export.sheet"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(msg("risk.export.title"));
            sheet.createRow(1).createCell(0).setCellValue(msg("risk.export.asOf", Wareki.format(today, locale)));
            Row head = sheet.createRow(HEADER_ROW - 1);
            for (int c = 0; c < COLUMNS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(msg("risk.field." + COLUMNS[c]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(2, HEADER_ROW);
            int rowIndex = HEADER_ROW;
            int page = 0;
            while (true) {
                Page<RiskLine> lines = pages.apply(page);
                for (RiskLine l : lines.items()) {
                    Row row = sheet.createRow(rowIndex++);
                    int c = 0;
                    put(row, c++, l.reference(), text);
                    put(row, c++, l.title(), text);
                    put(row, c++, l.unitName(), text);
                    put(row, c++, l.assetNumber(), text);
                    put(row, c++, msg(l.threatCategory().messageKey()), text);
                    put(row, c++, l.threat(), text);
                    put(row, c++, l.ownerName(), text);
                    put(row, c++, grade(l.likelihood(), matrix.likelihoods()), text);
                    put(row, c++, grade(l.impact(), matrix.impacts()), text);
                    put(
                            row,
                            c++,
                            l.inherent() == null ? null : l.inherent().label(),
                            l.inherent() == null ? text : fills.get(l.inherent().colour()));
                    put(
                            row,
                            c++,
                            l.treatment() == null ? null : msg(l.treatment().messageKey()),
                            text);
                    put(row, c++, l.measures(), text);
                    put(row, c++, l.treatmentPlan(), text);
                    put(row, c++, grade(l.residualLikelihood(), matrix.likelihoods()), text);
                    put(row, c++, grade(l.residualImpact(), matrix.impacts()), text);
                    put(
                            row,
                            c++,
                            l.residual() == null ? null : l.residual().label(),
                            l.residual() == null ? text : fills.get(l.residual().colour()));
                    put(row, c++, msg(l.state().messageKey()), text);
                    put(row, c++, l.acceptedBy(), text);
                    put(row, c++, l.acceptedOn() == null ? null : Wareki.format(l.acceptedOn(), locale), text);
                    put(row, c, l.reviewDate() == null ? null : Wareki.format(l.reviewDate(), locale), text);
                }
                if (!lines.hasNext()) {
                    break;
                }
                page++;
            }
            heatSheet(workbook, msg("risk.export.heatInherent"), inherent, header, fills);
            heatSheet(workbook, msg("risk.export.heatResidual"), residual, header, fills);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the risk workbook could not be written", e);
        }
    }

    private void heatSheet(
            SXSSFWorkbook workbook, String name, HeatMap map, CellStyle header, Map<RiskColour, CellStyle> fills) {
        Sheet sheet = workbook.createSheet(name);
        RiskMatrix m = map.matrix();
        Row corner = sheet.createRow(0);
        Cell c0 = corner.createCell(0);
        c0.setCellValue(msg("risk.heat.axes"));
        c0.setCellStyle(header);
        int col = 1;
        for (int i : m.impactsAscending()) {
            Cell cell = corner.createCell(col++);
            cell.setCellValue(m.impactLabel(i));
            cell.setCellStyle(header);
        }
        int r = 1;
        for (int l : m.likelihoodsDescending()) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(m.likelihoodLabel(l));
            label.setCellStyle(header);
            col = 1;
            for (int i : m.impactsAscending()) {
                Cell cell = row.createCell(col++);
                cell.setCellValue(map.count(l, i));
                cell.setCellStyle(fills.get(map.level(l, i).colour()));
            }
        }
        sheet.createRow(r + 1).createCell(0).setCellValue(msg("risk.heat.unassessed", map.unassessed()));
        sheet.setColumnWidth(0, 24 * 256);
    }

    private static @Nullable String grade(@Nullable Integer grade, List<String> labels) {
        return grade == null ? null : grade + " " + labels.get(grade - 1);
    }

    private static void put(Row row, int column, @Nullable String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static CellStyle header(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb("D5DDE8"), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        border(style);
        return style;
    }

    private static CellStyle fill(SXSSFWorkbook workbook, RiskColour colour) {
        CellStyle style = workbook.createCellStyle();
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb(colour.rgb()), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        border(style);
        return style;
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private static byte[] rgb(String hex) {
        return new byte[] {
            (byte) Integer.parseInt(hex.substring(0, 2), 16),
            (byte) Integer.parseInt(hex.substring(2, 4), 16),
            (byte) Integer.parseInt(hex.substring(4, 6), 16)
        };
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
