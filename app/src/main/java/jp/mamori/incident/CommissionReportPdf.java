package jp.mamori.incident;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import jp.mamori.printing.FontMissingException;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.printing.PdfPages;

/**
 * Prints a {@link CommissionReport} as an A4 PDF: the title, then each block as a two-column table
 * (label, value) with the Japanese font embedded, and page numbers at the foot. Throws {@link
 * FontMissingException} (naming where it looked and how to fix it) when no Japanese font is found.
 */
final class CommissionReportPdf {
    private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xF1, 0xF5);
    private static final Color HEADING_BACKGROUND = new Color(0xD5, 0xDD, 0xE8);

    private CommissionReportPdf() {}

    static byte[] render(CommissionReport report, JapaneseFont fonts) {
        Font title = fonts.font(15, Font.BOLD);
        Font heading = fonts.font(11, Font.BOLD);
        Font label = fonts.font(9, Font.NORMAL);
        Font value = fonts.font(9.5f, Font.NORMAL);
        Font small = fonts.font(8, Font.NORMAL);
        return PdfPages.write(PageSize.A4, 48, report.title(), report.subtitle(), small, "the report", document -> {
            var head = new Paragraph(report.title(), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(4);
            document.add(head);
            var sub = new Paragraph(report.subtitle(), small);
            sub.setAlignment(Element.ALIGN_RIGHT);
            sub.setSpacingAfter(10);
            document.add(sub);

            for (CommissionReport.Block block : report.blocks()) {
                var table = new PdfPTable(new float[] {32, 68});
                table.setWidthPercentage(100);
                table.setSpacingAfter(10);
                table.setHeaderRows(1);
                var headingCell = new PdfPCell(new Phrase(block.heading(), heading));
                headingCell.setColspan(2);
                headingCell.setBackgroundColor(HEADING_BACKGROUND);
                headingCell.setPadding(5);
                table.addCell(headingCell);
                for (CommissionReport.Line line : block.lines()) {
                    var labelCell = new PdfPCell(new Phrase(line.label(), label));
                    labelCell.setBackgroundColor(LABEL_BACKGROUND);
                    labelCell.setPadding(4);
                    table.addCell(labelCell);
                    var valueCell = new PdfPCell(new Phrase(line.value(), value));
                    valueCell.setPadding(4);
                    valueCell.setLeading(0, 1.3f);
                    table.addCell(valueCell);
                }
                document.add(table);
            }
        });
    }
}
