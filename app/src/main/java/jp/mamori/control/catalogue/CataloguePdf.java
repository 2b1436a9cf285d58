package jp.mamori.control.catalogue;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.util.Locale;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.printing.PdfPages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints a catalogue version as the 対策基準 document in PDF (A4, the Japanese font embedded): the
 * title, version and content hash, then chapter by chapter and section by section each measure with
 * its statement, responsible role, check frequency, expected evidence and ISO/IEC 27001 controls;
 * measures not adopted with the reason. The same content as the print view.
 */
@Service
public class CataloguePdf {
    private final Catalogues catalogues;
    private final JapaneseFont fonts;
    private final MessageSource messages;

    CataloguePdf(Catalogues catalogues, JapaneseFont fonts, MessageSource messages) {
        this.catalogues = catalogues;
        this.fonts = fonts;
        this.messages = messages;
    }

    /** True when a Japanese font for PDFs is installed. */
    public boolean available() {
        return fonts.available();
    }

    /**
     * The PDF of version {@code number}; throws {@link jp.mamori.printing.FontMissingException} when
     * no Japanese font is installed.
     */
    @Transactional(readOnly = true)
    public byte[] render(int number, Locale locale) {
        CatalogueVersion version = catalogues.version(number);
        CatalogueContent content = catalogues.content(version);
        Font title = fonts.font(16, Font.BOLD);
        Font chapter = fonts.font(13, Font.BOLD);
        Font section = fonts.font(11, Font.BOLD);
        Font measure = fonts.font(10, Font.BOLD);
        Font body = fonts.font(9.5f, Font.NORMAL);
        Font small = fonts.font(8, Font.NORMAL);
        return PdfPages.write(PageSize.A4, 50, version.title(), null, small, "the catalogue", document -> {
            var head = new Paragraph(version.title(), title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            var sub = new Paragraph(
                    msg(
                                    locale,
                                    "control.pdf.version",
                                    version.number(),
                                    msg(locale, version.state().messageKey()))
                            + (version.contentHash() == null ? "" : "  SHA-256 " + version.contentHash()),
                    small);
            sub.setAlignment(Element.ALIGN_RIGHT);
            sub.setSpacingAfter(6);
            document.add(sub);
            if (!version.basis().isBlank()) {
                document.add(new Paragraph(version.basis(), small));
            }
            for (CatalogueContent.Heading ch : content.chapters()) {
                var c = new Paragraph(msg(locale, "control.chapterLabel", ch.number()) + " " + ch.title(), chapter);
                c.setSpacingBefore(12);
                c.setSpacingAfter(4);
                document.add(c);
                for (CatalogueContent.Heading se : content.sections()) {
                    if (!se.number().startsWith(ch.number() + ".")) {
                        continue;
                    }
                    var s = new Paragraph(se.number() + " " + se.title(), section);
                    s.setSpacingBefore(6);
                    s.setSpacingAfter(2);
                    document.add(s);
                    for (Measure m : content.measures()) {
                        if (!m.section().equals(se.number())) {
                            continue;
                        }
                        var t = new Paragraph(m.id() + " " + m.title(), measure);
                        t.setSpacingBefore(4);
                        document.add(t);
                        if (!m.adopted()) {
                            document.add(
                                    new Paragraph(msg(locale, "control.pdf.notAdopted", m.notAdoptedReason()), body));
                            continue;
                        }
                        var st = new Paragraph(m.statement(), body);
                        st.setIndentationLeft(12);
                        document.add(st);
                        var facts = new Paragraph(
                                msg(
                                        locale,
                                        "control.pdf.facts",
                                        msg(locale, m.role().messageKey()),
                                        msg(locale, m.frequency().messageKey()),
                                        m.evidence(),
                                        String.join(", ", m.iso27001())),
                                small);
                        facts.setIndentationLeft(12);
                        document.add(facts);
                    }
                }
            }
        });
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
