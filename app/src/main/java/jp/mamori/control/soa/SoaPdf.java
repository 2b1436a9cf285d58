package jp.mamori.control.soa;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Locale;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.printing.PdfPages;
import jp.mamori.shared.Wareki;
import org.springframework.context.MessageSource;

/**
 * Prints the statement of applicability as an A4 landscape PDF (OpenPDF, the Japanese font
 * embedded, as the incident report and policies are printed): a title, the catalogue version and
 * date, then one table per unit with its applicable measures, the header repeated on each page.
 */
final class SoaPdf {
    private static final Color HEADER = new Color(0xD5, 0xDD, 0xE8);
    private static final String[] COLUMNS = {
        "measure", "title", "reason", "status", "responsible", "lastChecked", "nextCheck", "evidence"
    };
    private static final float[] WIDTHS = {7, 26, 20, 9, 10, 9, 9, 10};

    private final MessageSource messages;
    private final Locale locale;
    private final JapaneseFont fonts;

    SoaPdf(MessageSource messages, Locale locale, JapaneseFont fonts) {
        this.messages = messages;
        this.locale = locale;
        this.fonts = fonts;
    }

    byte[] render(SoaExport.Statement statement) {
        Font title = fonts.font(14, Font.BOLD);
        Font heading = fonts.font(11, Font.BOLD);
        Font head = fonts.font(8, Font.BOLD);
        Font cell = fonts.font(7.5f, Font.NORMAL);
        Font small = fonts.font(8, Font.NORMAL);
        return PdfPages.write(
                PageSize.A4.rotate(),
                28,
                msg("control.export.title"),
                null,
                small,
                "the statement of applicability",
                document -> {
                    var top = new Paragraph(msg("control.export.title"), title);
                    top.setAlignment(Element.ALIGN_CENTER);
                    document.add(top);
                    var sub = new Paragraph(
                            msg(
                                    "control.export.subtitle",
                                    statement.version().title(),
                                    statement.version().number(),
                                    Wareki.format(statement.asOf(), locale)),
                            small);
                    sub.setAlignment(Element.ALIGN_RIGHT);
                    sub.setSpacingAfter(8);
                    document.add(sub);

                    PdfPTable table = null;
                    SoaExport.Holder holder = null;
                    for (SoaExport.Row row : statement.rows()) {
                        if (holder == null || !holder.equals(row.holder())) {
                            if (table != null) {
                                document.add(table);
                            }
                            holder = row.holder();
                            var h = new Paragraph(holder.code() + " " + holder.name(), heading);
                            h.setSpacingBefore(6);
                            h.setSpacingAfter(4);
                            document.add(h);
                            table = new PdfPTable(WIDTHS);
                            table.setWidthPercentage(100);
                            table.setHeaderRows(1);
                            for (String c : COLUMNS) {
                                var hc = new PdfPCell(new Phrase(msg("control.export.column." + c), head));
                                hc.setBackgroundColor(HEADER);
                                hc.setPadding(3);
                                table.addCell(hc);
                            }
                        }
                        SoaEntry e = row.entry();
                        add(table, row.measure().id(), cell);
                        add(table, row.measure().title(), cell);
                        add(table, SoaExport.reasonText(messages, locale, row.reason()), cell);
                        add(table, SoaExport.statusText(messages, locale, row), cell);
                        add(table, e.responsible(), cell);
                        add(table, Wareki.format(e.lastChecked(), locale), cell);
                        add(table, Wareki.format(e.nextCheck(), locale), cell);
                        add(
                                table,
                                row.evidence().isEmpty()
                                        ? ""
                                        : msg(
                                                "control.export.files",
                                                row.evidence().size()),
                                cell);
                    }
                    if (table != null) {
                        document.add(table);
                    } else {
                        document.add(new Paragraph(msg("control.export.empty"), small));
                    }
                });
    }

    private static void add(PdfPTable table, String text, Font font) {
        var c = new PdfPCell(new Phrase(text, font));
        c.setPadding(2.5f);
        table.addCell(c);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
