package jp.mamori.printing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The frame every printed document shares: the page size and margins, the document's title,
 * subject and creator, the page number at the foot ("- 3 -") and turning a writing failure into one
 * exception. What goes on the pages stays with the module that prints.
 */
public final class PdfPages {
    private PdfPages() {}

    /** Writes the content onto the open document. */
    @FunctionalInterface
    public interface Content {
        void write(Document document) throws DocumentException;
    }

    /**
     * The PDF's bytes.
     *
     * @param pageSize e.g. {@code PageSize.A4} or {@code PageSize.A4.rotate()}
     * @param margin the margin on every side, in points
     * @param title the document's title (its properties)
     * @param subject the document's subject, or null for none
     * @param footerFont the font of the page numbers
     * @param what what is printed, for the message when writing fails ("the catalogue")
     */
    public static byte[] write(
            Rectangle pageSize,
            float margin,
            String title,
            @Nullable String subject,
            Font footerFont,
            String what,
            Content content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(pageSize, margin, margin, margin, margin);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            if (subject != null) {
                document.addSubject(subject);
            }
            document.addCreator("mamori");
            var footer = new HeaderFooter(new Phrase("- ", footerFont), new Phrase(" -", footerFont));
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            content.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(what + " PDF could not be written", e);
        }
        return out.toByteArray();
    }
}
