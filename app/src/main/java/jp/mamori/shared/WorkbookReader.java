package jp.mamori.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of an uploaded .xlsx workbook as a stream, never building POI's in-memory model
 * of the workbook: the package is opened from a file (parts are inflated while read, not all at
 * once), and the sheet, shared-string and style parts are parsed with SAX. Memory therefore grows
 * with what is kept — the text of the rows within the {@link Limits} — not with the size of the
 * XML. Every limit is checked while reading, so a hostile file is refused as soon as it passes one.
 *
 * <p>Formulas are never evaluated: a formula cell gives the value Excel saved with it. Phonetic
 * guides (ふりがな) are not part of a cell's text. The caller turns each raw cell into text with a
 * {@link CellText}, so each import keeps its own conventions for numbers, dates and booleans.
 */
public final class WorkbookReader {

    /**
     * What a workbook may contain before it is refused.
     *
     * @param maxRows rows with at least one cell, over all sheets read
     * @param maxColumns columns per row; a non-blank cell further right is refused (not dropped)
     * @param maxCells non-blank cells over all sheets read
     * @param maxTextChars characters of text (shared and inline strings) in the workbook
     * @param maxSheets sheets read, from the first; later sheets are not opened
     */
    public record Limits(int maxRows, int maxColumns, long maxCells, long maxTextChars, int maxSheets) {
        /** The XML of the styles part (number formats) may not exceed this (bytes unpacked). */
        static final long MAX_STYLES_BYTES = 8L * 1024 * 1024;
        /** All XML read from one workbook (bytes unpacked): bounds the time a hostile file can take. */
        static final long MAX_XML_BYTES = 512L * 1024 * 1024;
    }

    /** The kind of a raw cell value, as stored in the file. */
    public enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        ERROR
    }

    /**
     * One cell as stored: its kind, its raw value (the text; a number as written in the XML;
     * {@code 1}/{@code 0} for booleans; the error code text such as {@code #DIV/0!}), and the number
     * format of its style (builtin index and format text, "General" when none).
     */
    public record RawCell(Kind kind, String value, int formatIndex, String formatString) {}

    /** Turns a raw cell into the text the caller works with. */
    @FunctionalInterface
    public interface CellText {
        String text(RawCell cell);
    }

    /** A merged area, 0-based and inclusive, as the sheet declares it. */
    public record MergedArea(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

    /** One row that has at least one cell: its Excel number (1 = first) and its cells from column A. */
    public record Row(int number, List<String> cells) {}

    /** One sheet read: its name, its rows in order and its merged areas. */
    public record Sheet(String name, List<Row> rows, List<MergedArea> merged) {}

    /** Why a workbook was refused; the arguments are given with each reason. */
    public enum Refusal {
        /** Not a zip package at all, or a zip that is not a workbook. No arguments. */
        BROKEN,
        /** A part unpacks to far more than its packed size, or past the size limits. No arguments. */
        ZIP_BOMB,
        /** More rows than allowed: the limit. */
        TOO_MANY_ROWS,
        /** A non-blank cell beyond the last allowed column: the sheet, the row number, the column letters, the limit. */
        TOO_MANY_COLUMNS,
        /** More non-blank cells than allowed: the limit. */
        TOO_MANY_CELLS,
        /** More text than allowed: the limit in characters. */
        TOO_MUCH_TEXT
    }

    /** The workbook was refused: {@link #refusal()} says why, {@link #args()} the details for the message. */
    public static final class RefusedException extends Exception {
        private final Refusal refusal;
        private final List<Object> args;

        RefusedException(Refusal refusal, List<Object> args, @Nullable Throwable cause) {
            super(refusal + " " + args, cause);
            this.refusal = refusal;
            this.args = List.copyOf(args);
        }

        public Refusal refusal() {
            return refusal;
        }

        public List<Object> args() {
            return args;
        }
    }

    /** POI's zip-bomb guard: a part may not unpack to more than 100 times its packed size, nor past 100 MB. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

    private WorkbookReader() {}

    /** Reads the workbook in memory (it is written to a temporary file first, and deleted after). */
    public static List<Sheet> read(byte[] xlsx, Limits limits, CellText text) throws RefusedException {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("mamori-upload-", ".xlsx");
            Files.write(temporary, xlsx);
            return read(temporary, limits, text);
        } catch (IOException e) {
            throw new RefusedException(Refusal.BROKEN, List.of(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a left-over temporary file is removed by the system's own clean-up
                }
            }
        }
    }

    /** Reads the workbook file. */
    public static List<Sheet> read(Path xlsx, Limits limits, CellText text) throws RefusedException {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        Budget budget = new Budget(limits);
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Map<Integer, Format> formats = formats(reader, budget);
            List<String> strings = sharedStrings(reader, budget);
            List<Sheet> sheets = new ArrayList<>();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext() && sheets.size() < limits.maxSheets()) {
                try (InputStream in = budget.bounded(iterator.next())) {
                    String name = iterator.getSheetName();
                    SheetHandler handler = new SheetHandler(name, strings, formats, text, budget, limits);
                    parse(in, handler);
                    sheets.add(new Sheet(name, handler.rows, handler.merged));
                }
            }
            return sheets;
        } catch (Stop stop) {
            throw stop.refused;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw refusedFor(e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw refusedFor(e);
        }
    }

    private static RefusedException refusedFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Stop stop) {
                return stop.refused;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max"))) {
                return new RefusedException(Refusal.ZIP_BOMB, List.of(), e);
            }
        }
        return new RefusedException(Refusal.BROKEN, List.of(), e);
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    /** A number format: builtin index and its text. */
    private record Format(int index, String text) {}

    private static Map<Integer, Format> formats(XSSFReader reader, Budget budget) throws IOException, SAXException {
        Map<Integer, Format> byStyle = new HashMap<>();
        InputStream data;
        try {
            data = reader.getStylesData();
        } catch (InvalidFormatException | RuntimeException e) {
            return byStyle; // a workbook without styles: every cell is "General"
        }
        if (data == null) {
            return byStyle;
        }
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        try (InputStream in = budget.bounded(new Bounded(data, Limits.MAX_STYLES_BYTES))) {
            parse(in, new DefaultHandler() {
                private boolean inCellXfs;

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    switch (local) {
                        case "numFmt" -> {
                            Integer id = integer(atts.getValue("numFmtId"));
                            String code = atts.getValue("formatCode");
                            if (id != null && code != null) {
                                custom.put(id, code);
                            }
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                Integer id = integer(atts.getValue("numFmtId"));
                                cellFormats.add(id == null ? 0 : id);
                            }
                        }
                        default -> {}
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    if (local.equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            });
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        for (int style = 0; style < cellFormats.size(); style++) {
            int id = cellFormats.get(style);
            String code = custom.get(id);
            if (code == null) {
                code = BuiltinFormats.getBuiltinFormat(id);
            }
            byStyle.put(style, new Format(id, code == null ? "General" : code));
        }
        return byStyle;
    }

    private static List<String> sharedStrings(XSSFReader reader, Budget budget) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (InvalidFormatException | RuntimeException e) {
            return strings;
        }
        if (data == null) {
            return strings;
        }
        try (InputStream in = budget.bounded(data)) {
            parse(in, new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inItem;
                private boolean inText;
                private int phonetic;

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    switch (local) {
                        case "si" -> {
                            inItem = true;
                            text.setLength(0);
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> inText = inItem && phonetic == 0;
                        default -> {}
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    switch (local) {
                        case "si" -> {
                            inItem = false;
                            strings.add(text.toString());
                        }
                        case "rPh" -> phonetic--;
                        case "t" -> inText = false;
                        default -> {}
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText) {
                        budget.text(length);
                        text.append(ch, start, length);
                    }
                }
            });
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        return strings;
    }

    /** Reads one sheet's XML: rows, cells and merged areas. */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheetName;
        private final List<String> strings;
        private final Map<Integer, Format> formats;
        private final CellText cellText;
        private final Budget budget;
        private final Limits limits;
        final List<Row> rows = new ArrayList<>();
        final List<MergedArea> merged = new ArrayList<>();

        private int rowIndex = -1; // 0-based index of the current row
        private @Nullable List<String> cells;
        private int nextColumn;
        private int column;
        private @Nullable String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inInline;
        private int phonetic;
        private boolean hasValue;

        SheetHandler(
                String sheetName,
                List<String> strings,
                Map<Integer, Format> formats,
                CellText cellText,
                Budget budget,
                Limits limits) {
            this.sheetName = sheetName;
            this.strings = strings;
            this.formats = formats;
            this.cellText = cellText;
            this.budget = budget;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "row" -> {
                    Integer r = integer(atts.getValue("r"));
                    rowIndex = r == null ? rowIndex + 1 : r - 1;
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String reference = atts.getValue("r");
                    column = reference == null ? nextColumn : columnOf(reference);
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    Integer s = integer(atts.getValue("s"));
                    style = s == null ? 0 : s;
                    value.setLength(0);
                    hasValue = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "rPh" -> phonetic++;
                case "t" -> inInlineText = inInline && phonetic == 0;
                case "mergeCell" -> {
                    MergedArea area = area(atts.getValue("ref"));
                    if (area != null) {
                        merged.add(area);
                    }
                }
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "is" -> inInline = false;
                case "rPh" -> phonetic--;
                case "c" -> cell();
                case "row" -> endRow();
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                if (inInlineText || "str".equals(type)) {
                    budget.text(length);
                }
                value.append(ch, start, length);
            }
        }

        private void cell() {
            List<String> row = cells;
            if (row == null) {
                return; // a cell outside a row: not valid SpreadsheetML; ignored
            }
            String text = hasValue ? cellText.text(raw()) : "";
            if (column >= limits.maxColumns()) {
                if (!text.isBlank()) {
                    throw new Stop(new RefusedException(
                            Refusal.TOO_MANY_COLUMNS,
                            List.of(sheetName, rowIndex + 1, letters(column), limits.maxColumns()),
                            null));
                }
                return;
            }
            if (!text.isEmpty()) {
                budget.cell();
            }
            while (row.size() < column) {
                row.add("");
            }
            if (row.size() == column) {
                row.add(text);
            } else {
                row.set(column, text); // a cell written twice: the last one counts, as in Excel
            }
        }

        private RawCell raw() {
            Format format = formats.getOrDefault(style, new Format(0, "General"));
            String v = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> {
                    Integer index = integer(v.strip());
                    String shared = index == null || index < 0 || index >= strings.size() ? "" : strings.get(index);
                    yield new RawCell(Kind.TEXT, shared, format.index(), format.text());
                }
                case "str", "inlineStr" -> new RawCell(Kind.TEXT, v, format.index(), format.text());
                case "b" -> new RawCell(Kind.BOOLEAN, v.strip(), format.index(), format.text());
                case "e" -> new RawCell(Kind.ERROR, v.strip(), format.index(), format.text());
                case "d" -> new RawCell(Kind.TEXT, v.strip(), format.index(), format.text());
                default -> new RawCell(Kind.NUMBER, v.strip(), format.index(), format.text());
            };
        }

        private void endRow() {
            List<String> row = cells;
            cells = null;
            if (row == null || row.isEmpty()) {
                return;
            }
            budget.row();
            rows.add(new Row(rowIndex + 1, row));
        }
    }

    /** The running totals of one read, checked against the limits as they grow. */
    private static final class Budget {
        private final Limits limits;
        private long rows;
        private long cells;
        private long text;
        private long xmlBytes;

        Budget(Limits limits) {
            this.limits = limits;
        }

        void row() {
            if (++rows > limits.maxRows()) {
                throw new Stop(new RefusedException(Refusal.TOO_MANY_ROWS, List.of(limits.maxRows()), null));
            }
        }

        void cell() {
            if (++cells > limits.maxCells()) {
                throw new Stop(new RefusedException(Refusal.TOO_MANY_CELLS, List.of(limits.maxCells()), null));
            }
        }

        void text(int length) {
            text += length;
            if (text > limits.maxTextChars()) {
                throw new Stop(new RefusedException(Refusal.TOO_MUCH_TEXT, List.of(limits.maxTextChars()), null));
            }
        }

        /** Counts the bytes of every XML part read against {@link Limits#MAX_XML_BYTES}. */
        InputStream bounded(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }
            };
        }

        private void add(long n) {
            xmlBytes += n;
            if (xmlBytes > Limits.MAX_XML_BYTES) {
                throw new Stop(new RefusedException(Refusal.ZIP_BOMB, List.of(), null));
            }
        }
    }

    /** A stream that refuses to give more than its limit. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new Stop(new RefusedException(Refusal.ZIP_BOMB, List.of(), null));
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new Stop(new RefusedException(Refusal.ZIP_BOMB, List.of(), null));
            }
            return n;
        }
    }

    /** Carries a refusal out of a SAX callback, without a stack trace. */
    private static final class Stop extends RuntimeException {
        final RefusedException refused;

        Stop(RefusedException refused) {
            super(null, null, false, false);
            this.refused = refused;
        }
    }

    private static @Nullable Integer integer(@Nullable String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
                if (column > 1_000_000) {
                    return 1_000_000;
                }
            } else {
                break;
            }
        }
        return column - 1;
    }

    private static int rowOf(String reference) {
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            i++;
        }
        Integer row = integer(reference.substring(i));
        return row == null ? -1 : row - 1;
    }

    private static @Nullable MergedArea area(@Nullable String ref) {
        if (ref == null) {
            return null;
        }
        String[] ends = ref.split(":", 2);
        String from = ends[0];
        String to = ends.length > 1 ? ends[1] : ends[0];
        int firstRow = rowOf(from);
        int lastRow = rowOf(to);
        if (firstRow < 0 || lastRow < 0) {
            return null;
        }
        return new MergedArea(firstRow, lastRow, columnOf(from), columnOf(to));
    }

    /** The column letters Excel shows for a 0-based column: 0 → A, 100 → CW. */
    public static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }
}
