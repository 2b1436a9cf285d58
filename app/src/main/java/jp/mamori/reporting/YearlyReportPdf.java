package jp.mamori.reporting;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.printing.PdfPages;
import jp.mamori.reporting.ReportDocument.Table;
import jp.mamori.reporting.ReportDocument.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the yearly report as an A4 landscape PDF with the Japanese font embedded: the title and
 * cover lines, then each section on a new page with its notes and tables (a rate as
 * 「3 / 4（75%）」). The frame (page numbers, document properties) is the printing module's.
 */
@Component
class YearlyReportPdf {
    private static final Color HEAD_FILL = new Color(0xEE, 0xEE, 0xEE);

    private final JapaneseFont fonts;

    YearlyReportPdf(JapaneseFont fonts) {
        this.fonts = fonts;
    }

    byte[] write(ReportDocument report) {
        fonts.baseFont(); // fail before any output when no font is found
        Font body = fonts.font(9, Font.NORMAL);
        Font small = fonts.font(8, Font.NORMAL);
        Font head = fonts.font(8, Font.BOLD);
        return PdfPages.write(
                PageSize.A4.rotate(),
                36,
                report.title(),
                null,
                fonts.font(8, Font.NORMAL),
                "the yearly report",
                doc -> {
                    Paragraph title = new Paragraph(report.title(), fonts.font(18, Font.BOLD));
                    title.setAlignment(Element.ALIGN_CENTER);
                    title.setSpacingAfter(18);
                    doc.add(title);
                    for (String line : report.cover()) {
                        doc.add(new Paragraph(line, fonts.font(11, Font.NORMAL)));
                    }
                    if (!report.sections().isEmpty()) {
                        for (String note : report.sections().get(0).notes()) {
                            Paragraph p = new Paragraph(note, small);
                            p.setSpacingBefore(18);
                            p.setLeading(8 * 1.6f);
                            doc.add(p);
                        }
                    }
                    for (ReportDocument.Section section :
                            report.sections().subList(1, report.sections().size())) {
                        doc.newPage();
                        Paragraph heading = new Paragraph(section.title(), fonts.font(14, Font.BOLD));
                        heading.setSpacingAfter(8);
                        doc.add(heading);
                        for (String note : section.notes()) {
                            Paragraph p = new Paragraph(note, body);
                            p.setLeading(9 * 1.6f);
                            doc.add(p);
                        }
                        if (section.tables().isEmpty() && section.notes().isEmpty()) {
                            doc.add(new Paragraph("—", body));
                        }
                        for (Table table : section.tables()) {
                            Paragraph caption = new Paragraph(table.caption(), fonts.font(10, Font.BOLD));
                            caption.setSpacingBefore(8);
                            caption.setSpacingAfter(4);
                            doc.add(caption);
                            doc.add(table(table, head, small));
                        }
                    }
                });
    }

    private PdfPTable table(Table table, Font head, Font cell) {
        PdfPTable out = new PdfPTable(table.headers().size());
        out.setWidthPercentage(100);
        out.setHeaderRows(1);
        for (String header : table.headers()) {
            PdfPCell c = new PdfPCell(new Phrase(header, head));
            c.setBackgroundColor(HEAD_FILL);
            out.addCell(c);
        }
        for (var row : table.rows()) {
            for (Value value : row) {
                PdfPCell c = new PdfPCell(new Phrase(text(value), cell));
                if (!(value instanceof Value.Text)) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                out.addCell(c);
            }
        }
        return out;
    }

    static String text(Value value) {
        if (value instanceof Value.Text t) {
            return t.text();
        }
        if (value instanceof Value.Count c) {
            return Long.toString(c.count());
        }
        if (value instanceof Value.Rate r) {
            return r.count() + " / " + r.whole() + "（" + r.percent() + "%）";
        }
        return "—";
    }
}
