package jp.mamori.netcheck.importer;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns the three shapes a PAN-OS configuration comes in into the words of {@code set}
 * statements, each tied to its source line: the {@code set} format itself, the XML configuration
 * ({@code running-config.xml}, {@code show config running} in XML, Panorama exports) and the brace
 * format ({@code show config running} in the default CLI output). All three describe the same
 * tree, so one interpreter reads them.
 *
 * <p>The XML is read by a streaming parser with DTDs and external entities switched off: the file
 * is treated as hostile, and a document that declares or uses entities is refused at that line.
 */
final class PanStatements {
    /** One statement: {@code set} or {@code move}, then the words of the path and value. */
    record Statement(SourceLine line, String verb, List<String> words) {}

    enum Format {
        SET,
        XML,
        BRACE
    }

    private PanStatements() {}

    static Format detect(List<SourceLine> lines) {
        for (SourceLine l : lines) {
            String t = l.trimmed();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("<")) {
                return Format.XML;
            }
            if (t.endsWith("{") || t.equals("config {")) {
                return Format.BRACE;
            }
            return Format.SET;
        }
        return Format.SET;
    }

    /** Every statement of the file, in file order; lines that fit nowhere are reported. */
    static List<Statement> read(String text, LineLedger ledger) {
        List<SourceLine> lines = SourceLine.split(text);
        return switch (detect(lines)) {
            case SET -> set(lines, ledger);
            case XML -> xml(text, lines, ledger);
            case BRACE -> brace(lines, ledger);
        };
    }

    private static List<Statement> set(List<SourceLine> lines, LineLedger ledger) {
        List<Statement> out = new ArrayList<>();
        for (SourceLine line : lines) {
            String t = line.trimmed();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            ledger.read();
            List<String> w = new ArrayList<>(Words.split(t));
            String verb = w.get(0);
            if (!verb.equals("set") && !verb.equals("move")) {
                if (!verb.equals("delete")) {
                    ledger.reject(line, "set 形式の設定行として解釈できません");
                } else {
                    ledger.reject(line, "delete 行は扱いません(設定の出力には現れないはずの行です)");
                }
                continue;
            }
            out.add(new Statement(line, verb, normalise(w.subList(1, w.size()))));
        }
        return out;
    }

    /**
     * The tree of an XML or brace export starts at {@code config} and names the device: {@code
     * config devices <name> vsys vsys1 …}. The set format starts below the device.
     */
    static List<String> normalise(List<String> path) {
        List<String> w = new ArrayList<>(path);
        if (!w.isEmpty() && w.get(0).equals("config")) {
            w.remove(0);
        }
        if (w.size() >= 2 && w.get(0).equals("devices")) {
            w = new ArrayList<>(w.subList(2, w.size()));
        }
        return w;
    }

    private static void countLines(List<SourceLine> lines, LineLedger ledger) {
        for (SourceLine l : lines) {
            if (!l.isBlank()) {
                ledger.read();
            }
        }
    }

    // ------------------------------------------------------------------------------------ XML

    private static final class Element {
        final String word;
        final SourceLine line;
        final StringBuilder text = new StringBuilder();
        final List<String> members = new ArrayList<>();
        boolean hasChildren;

        Element(String word, SourceLine line) {
            this.word = word;
            this.line = line;
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private static List<Statement> xml(String text, List<SourceLine> lines, LineLedger ledger) {
        countLines(lines, ledger);
        List<Statement> out = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        XMLStreamReader r = null;
        try {
            r = secureFactory().createXMLStreamReader(new StringReader(body));
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        // refuse the whole file: nothing of it counts as understood
                        ledger.rejectLines(
                                lines,
                                at(lines, Math.max(1, r.getLocation().getLineNumber())),
                                1,
                                "DTD(文書型宣言)を含む XML は読みません(外部実体の参照を防ぐため): ファイル全体を読みませんでした");
                        return List.of();
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        ledger.reject(
                                at(lines, r.getLocation().getLineNumber()), "実体参照 &" + r.getLocalName() + "; は展開しません");
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        SourceLine line = at(lines, r.getLocation().getLineNumber());
                        String name = r.getLocalName();
                        if (!open.isEmpty()) {
                            open.peek().hasChildren = true;
                        }
                        String word = name;
                        if (name.equals("entry")) {
                            String entry = r.getAttributeValue(null, "name");
                            if (entry == null) {
                                ledger.reject(line, "name 属性のない entry 要素です");
                                entry = "";
                            }
                            word = entry;
                        }
                        open.push(new Element(word, line));
                        if (name.equals("member")) {
                            open.peek().hasChildren = false;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Element e = open.pop();
                        String name = r.getLocalName();
                        if (name.equals("member") && !open.isEmpty()) {
                            Element parent = open.peek();
                            parent.members.add(e.text.toString().strip());
                            continue;
                        }
                        List<String> path = new ArrayList<>();
                        open.descendingIterator().forEachRemaining(x -> path.add(x.word));
                        path.add(e.word);
                        if (!e.members.isEmpty()) {
                            path.add("[");
                            path.addAll(e.members);
                            path.add("]");
                            out.add(new Statement(e.line, "set", normalise(path)));
                        } else if (!e.hasChildren && !e.text.toString().isBlank()) {
                            path.add(e.text.toString().strip());
                            out.add(new Statement(e.line, "set", normalise(path)));
                        } else if (!e.hasChildren && name.equals("entry")) {
                            // an empty entry is a value by its name alone (an interface address
                            // <entry name="203.0.113.1/24"/>), as in the set format
                            out.add(new Statement(e.line, "set", normalise(path)));
                        }
                    }
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            // what follows the error was not read
            ledger.rejectThrough(
                    lines,
                    at(lines, Math.max(1, line)),
                    "XML として読めません(この行以降は読んでいません): " + e.getMessage().replaceAll("\\s+", " "));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
        return out;
    }

    private static SourceLine at(List<SourceLine> lines, int number) {
        if (number >= 1 && number <= lines.size()) {
            return lines.get(number - 1);
        }
        return new SourceLine(Math.max(number, 0), "");
    }

    // ---------------------------------------------------------------------------------- brace

    private record Token(String text, boolean quoted, SourceLine line) {}

    private static List<Token> tokens(List<SourceLine> lines) {
        List<Token> out = new ArrayList<>();
        for (SourceLine line : lines) {
            String s = line.text();
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '#' && out.isEmpty()) {
                    break;
                } else if (c == '{' || c == '}' || c == ';' || c == '[' || c == ']') {
                    out.add(new Token(String.valueOf(c), false, line));
                    i++;
                } else if (c == '"' || c == '\'') {
                    StringBuilder b = new StringBuilder();
                    i++;
                    while (i < n && s.charAt(i) != c) {
                        if (s.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        b.append(s.charAt(i++));
                    }
                    i++;
                    out.add(new Token(b.toString(), true, line));
                } else {
                    int start = i;
                    while (i < n) {
                        char d = s.charAt(i);
                        if (Character.isWhitespace(d) || d == '{' || d == '}' || d == ';' || d == '[' || d == ']') {
                            break;
                        }
                        i++;
                    }
                    out.add(new Token(s.substring(start, i), false, line));
                }
            }
        }
        return out;
    }

    private static List<Statement> brace(List<SourceLine> lines, LineLedger ledger) {
        countLines(lines, ledger);
        List<Statement> out = new ArrayList<>();
        Deque<Integer> pushed = new ArrayDeque<>();
        List<String> path = new ArrayList<>();
        List<Token> pending = new ArrayList<>();
        for (Token t : tokens(lines)) {
            if (t.quoted()) {
                pending.add(t);
                continue;
            }
            switch (t.text()) {
                case "{" -> {
                    if (pending.isEmpty()) {
                        ledger.reject(t.line(), "名前のないブロックです");
                    }
                    for (Token p : pending) {
                        path.add(p.text());
                    }
                    pushed.push(pending.size());
                    pending.clear();
                }
                case ";" -> {
                    if (!pending.isEmpty()) {
                        List<String> words = new ArrayList<>(path);
                        pending.forEach(p -> words.add(p.text()));
                        out.add(new Statement(pending.get(0).line(), "set", normalise(words)));
                    }
                    pending.clear();
                }
                case "}" -> {
                    if (!pending.isEmpty()) {
                        ledger.reject(pending.get(0).line(), "セミコロンで終わっていない設定です");
                        pending.clear();
                    }
                    if (pushed.isEmpty()) {
                        ledger.reject(t.line(), "対応する { のない } です");
                    } else {
                        int n = pushed.pop();
                        for (int k = 0; k < n; k++) {
                            path.remove(path.size() - 1);
                        }
                    }
                }
                default -> pending.add(t);
            }
        }
        if (!pending.isEmpty()) {
            ledger.reject(pending.get(0).line(), "セミコロンで終わっていない設定です");
        }
        if (!pushed.isEmpty()) {
            ledger.reject(lines.isEmpty() ? new SourceLine(0, "") : lines.get(lines.size() - 1), "閉じられていないブロックがあります");
        }
        return out;
    }
}
