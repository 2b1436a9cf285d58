package jp.mamori.policy;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.printing.FontMissingException;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.shared.Wareki;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a revision as an A4 PDF with the Japanese font embedded ({@link JapaneseFont}): a title
 * block (tier, title, 文書番号, dates in 和暦), then the body and the 附則 rendered from the Markdown
 * syntax tree — headings, paragraphs, bulleted and numbered lists (nested), tables, quotes and
 * code. Raw HTML in the Markdown is printed as the literal text it is, never interpreted. Throws
 * {@link FontMissingException} when no font is installed; the pages then point to the print view.
 */
@Component
public class PolicyPdf {
    private static final Locale JA = Locale.JAPANESE;
    private static final float BODY = 10.5f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEAD_FILL = new Color(0xEE, 0xEE, 0xEE);

    private final JapaneseFont fonts;
    private final MessageSource messages;
    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    PolicyPdf(JapaneseFont fonts, MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    /** True when a Japanese font is installed, so the PDF can be offered. */
    public boolean available() {
        return fonts.available();
    }

    /** The PDF's bytes. */
    public byte[] render(PolicyPrintout revision) {
        fonts.baseFont(); // fail before any output when no font is found
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(revision.title());
        document.addSubject(revision.documentNumber());
        document.addCreator("mamori");
        HeaderFooter footer = new HeaderFooter(
                new Phrase("— ", fonts.font(8, Font.NORMAL)), new Phrase(" —", fonts.font(8, Font.NORMAL)));
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        titleBlock(document, revision);
        for (Element element : blocks(parser.parse(revision.body()), 0)) {
            document.add(element);
        }
        if (!revision.supplementaryProvisions().isBlank()) {
            Paragraph heading = new Paragraph(label("policy.print.supplementary"), fonts.font(13, Font.BOLD));
            heading.setSpacingBefore(18);
            heading.setSpacingAfter(6);
            document.add(heading);
            for (Element element : blocks(parser.parse(revision.supplementaryProvisions()), 0)) {
                document.add(element);
            }
        }
        if (!revision.contentHash().isBlank()) {
            Paragraph hash = new Paragraph(
                    label("policy.print.contentHash") + " " + revision.contentHash(), fonts.font(7, Font.NORMAL));
            hash.setSpacingBefore(24);
            document.add(hash);
        }
        document.close();
        return out.toByteArray();
    }

    private void titleBlock(Document document, PolicyPrintout revision) {
        if (!revision.tierLabel().isBlank()) {
            document.add(new Paragraph(revision.tierLabel(), fonts.font(9, Font.NORMAL)));
        }
        Paragraph title = new Paragraph(revision.title(), fonts.font(18, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        document.add(title);
        List<String> facts = new ArrayList<>();
        if (!revision.documentNumber().isBlank()) {
            facts.add(label("policy.print.documentNumber") + "　" + revision.documentNumber());
        }
        fact(facts, "policy.print.enactedOn", revision.enactedOn());
        fact(facts, "policy.print.amendedOn", revision.amendedOn());
        fact(facts, "policy.print.effectiveOn", revision.effectiveOn());
        for (String fact : facts) {
            Paragraph line = new Paragraph(fact, fonts.font(9.5f, Font.NORMAL));
            line.setAlignment(Element.ALIGN_RIGHT);
            document.add(line);
        }
        Paragraph rule = new Paragraph(new Chunk(new LineSeparator(0.5f, 100, RULE, Element.ALIGN_CENTER, -4)));
        rule.setSpacingAfter(8);
        document.add(rule);
    }

    private void fact(List<String> facts, String key, LocalDate day) {
        if (day != null) {
            facts.add(label(key) + "　" + Wareki.japanese(day));
        }
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, JA);
    }

    /** The PDF elements for the block children of a node; {@code depth} indents nested lists. */
    private List<Element> blocks(Node parent, int depth) {
        List<Element> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Element element = block(node, depth);
            if (element != null) {
                out.add(element);
            }
        }
        return out;
    }

    private Element block(Node node, int depth) {
        if (node instanceof Heading heading) {
            float size = switch (heading.getLevel()) {
                case 1 -> 15f;
                case 2 -> 13.5f;
                case 3 -> 12f;
                default -> 11f;
            };
            Paragraph p = new Paragraph(inline(heading, size, Font.BOLD));
            p.setSpacingBefore(heading.getLevel() <= 2 ? 12 : 8);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            return p;
        }
        if (node instanceof org.commonmark.node.Paragraph paragraph) {
            Paragraph p = new Paragraph(inline(paragraph, BODY, Font.NORMAL));
            p.setLeading(BODY * 1.6f);
            p.setSpacingAfter(4);
            return p;
        }
        if (node instanceof BulletList list) {
            return list(list, false, 1, depth);
        }
        if (node instanceof OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            return list(list, true, start == null ? 1 : start, depth);
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        if (node instanceof BlockQuote quote) {
            Paragraph p = new Paragraph();
            p.setIndentationLeft(18);
            blocks(quote, depth).forEach(p::add);
            return p;
        }
        if (node instanceof FencedCodeBlock code) {
            return literal(code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return literal(code.getLiteral());
        }
        if (node instanceof HtmlBlock html) {
            return literal(html.getLiteral());
        }
        if (node instanceof ThematicBreak) {
            return new Paragraph(new Chunk(new LineSeparator(0.5f, 100, RULE, Element.ALIGN_CENTER, -2)));
        }
        return null;
    }

    private Element list(Node list, boolean numbered, int start, int depth) {
        com.lowagie.text.List pdfList = new com.lowagie.text.List(numbered, numbered ? 22 : 14);
        if (numbered) {
            pdfList.setFirst(start);
        } else {
            pdfList.setListSymbol(new Chunk("・", fonts.font(BODY, Font.NORMAL)));
        }
        pdfList.setIndentationLeft(depth == 0 ? 6 : 14);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            com.lowagie.text.ListItem pdfItem = new com.lowagie.text.ListItem();
            pdfItem.setFont(fonts.font(BODY, Font.NORMAL));
            pdfItem.setLeading(BODY * 1.6f);
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Paragraph paragraph) {
                    if (!first) {
                        pdfItem.add(Chunk.NEWLINE);
                    }
                    pdfItem.add(inline(paragraph, BODY, Font.NORMAL));
                } else {
                    Element nested = block(child, depth + 1);
                    if (nested != null) {
                        pdfItem.add(nested);
                    }
                }
                first = false;
            }
            pdfList.add(pdfItem);
        }
        return pdfList;
    }

    private Element table(TableBlock table) {
        List<TableRow> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow tableRow) {
                    rows.add(tableRow);
                    header.add(section instanceof TableHead);
                }
            }
        }
        int columns = 1;
        for (TableRow row : rows) {
            int count = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                count++;
            }
            columns = Math.max(columns, count);
        }
        PdfPTable pdfTable = new PdfPTable(columns);
        pdfTable.setWidthPercentage(100);
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(8);
        pdfTable.setHeaderRows((int) header.stream().filter(h -> h).count());
        for (int r = 0; r < rows.size(); r++) {
            boolean head = header.get(r);
            int filled = 0;
            for (Node cell = rows.get(r).getFirstChild(); cell != null; cell = cell.getNext()) {
                PdfPCell pdfCell = new PdfPCell(inline(cell, 9.5f, head ? Font.BOLD : Font.NORMAL));
                pdfCell.setPadding(4);
                pdfCell.setBorderColor(RULE);
                if (head) {
                    pdfCell.setBackgroundColor(HEAD_FILL);
                }
                if (cell instanceof TableCell tableCell && tableCell.getAlignment() != null) {
                    pdfCell.setHorizontalAlignment(
                            switch (tableCell.getAlignment()) {
                                case CENTER -> Element.ALIGN_CENTER;
                                case RIGHT -> Element.ALIGN_RIGHT;
                                default -> Element.ALIGN_LEFT;
                            });
                }
                pdfTable.addCell(pdfCell);
                filled++;
            }
            for (; filled < columns; filled++) {
                pdfTable.addCell(new PdfPCell(new Phrase("")));
            }
        }
        return pdfTable;
    }

    private Paragraph literal(String text) {
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        Paragraph p = new Paragraph(trimmed, fonts.font(9.5f, Font.NORMAL));
        p.setIndentationLeft(12);
        p.setSpacingAfter(4);
        return p;
    }

    /** The inline content of a block as one phrase: text, emphasis, code, line breaks, link text. */
    private Phrase inline(Node parent, float size, int style) {
        Phrase phrase = new Phrase();
        phrase.setLeading(size * 1.6f);
        appendInline(phrase, parent, size, style);
        return phrase;
    }

    private void appendInline(Phrase phrase, Node parent, float size, int style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                phrase.add(new Chunk(text.getLiteral(), fonts.font(size, style)));
            } else if (node instanceof Code code) {
                phrase.add(new Chunk(code.getLiteral(), fonts.font(size, style)));
            } else if (node instanceof HtmlInline html) {
                phrase.add(new Chunk(html.getLiteral(), fonts.font(size, style)));
            } else if (node instanceof StrongEmphasis) {
                appendInline(phrase, node, size, style | Font.BOLD);
            } else if (node instanceof Emphasis) {
                appendInline(phrase, node, size, style | Font.ITALIC);
            } else if (node instanceof SoftLineBreak) {
                phrase.add(new Chunk(softBreak(node), fonts.font(size, style)));
            } else if (node instanceof HardLineBreak) {
                phrase.add(Chunk.NEWLINE);
            } else {
                appendInline(phrase, node, size, style); // links, images (alt text) and others: their text
            }
        }
    }

    /** A soft line break joins Japanese text without a space and Latin words with one. */
    private static String softBreak(Node node) {
        Node previous = node.getPrevious();
        if (previous instanceof Text text && !text.getLiteral().isEmpty()) {
            char last = text.getLiteral().charAt(text.getLiteral().length() - 1);
            return last < 0x3000 ? " " : "";
        }
        return " ";
    }
}
