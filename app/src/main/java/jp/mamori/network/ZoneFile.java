package jp.mamori.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.mamori.netcheck.zone.ZoneModel;
import jp.mamori.netcheck.zone.ZoneModelException;
import jp.mamori.shared.UnreadableFileException;
import org.jspecify.annotations.Nullable;

/**
 * netcheck's zone file (docs/netcheck.md, "Zone file") written from and read into a {@link
 * ZoneDocument}. One item per line in flow style, as the documentation shows it, so that each row
 * of the model has its own line: a problem netcheck finds names the line, and the line names the row.
 *
 * <p>Permanent permitted paths are written as exceptions that expire on {@link
 * ZoneDocument#PERMANENT}; the time-limited exceptions of the register follow them. Reading back,
 * an exception expiring on that day is a permanent path, one whose id the register holds is left to
 * the register, and any other time-limited exception is refused (it belongs in the register, with
 * its approval).
 */
public final class ZoneFile {
    /** Files larger than this are refused before reading. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./\\-]*");
    private static final Set<String> RESERVED =
            Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

    private ZoneFile() {}

    /** The text and, for each line that holds a row, the row ({@code zones[0]}, {@code policy[2]} …). */
    public record Written(String text, Map<Integer, String> rows) {
        public Written {
            rows = Map.copyOf(rows);
        }
    }

    /** One problem of a file read back: its line and message key with arguments. */
    public record Problem(int line, String messageKey, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    /** What a file held: the model (when there were no problems), the problems, the register's exceptions left out. */
    public record Read(@Nullable ZoneDocument document, List<Problem> problems, List<String> registerExceptions) {
        public Read {
            problems = List.copyOf(problems);
            registerExceptions = List.copyOf(registerExceptions);
        }

        public boolean valid() {
            return document != null && problems.isEmpty();
        }
    }

    /** Not YAML (or not UTF-8): nothing could be read. */
    public static final class Unreadable extends UnreadableFileException {
        Unreadable(int line, String detail) {
            super(line, detail);
        }
    }

    // --- writing ---

    /**
     * Writes the model, with the header comment lines and the register's exceptions (each a map of
     * netcheck's exception keys, as {@code Exceptions.netcheckItems} gives them) after the paths.
     */
    public static Written write(ZoneDocument d, List<Map<String, Object>> registerExceptions, List<String> header) {
        Lines out = new Lines();
        for (String h : header) {
            out.add("# " + h.replace("\n", " "), null);
        }
        out.add("default: " + scalar(d.defaultAccess()), "default");
        if (!d.description().isBlank()) {
            out.add("description: " + scalar(d.description()), "description");
        }
        out.add(d.zones().isEmpty() ? "zones: []" : "zones:", null);
        for (int i = 0; i < d.zones().size(); i++) {
            ZoneDocument.Zone z = d.zones().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", z.id());
            m.put("kind", z.kind());
            putIfText(m, "name", z.name());
            m.put("networks", z.networks());
            putIfText(m, "description", z.description());
            out.add("  - " + flow(m), "zones[" + i + "]");
        }
        if (!d.relays().isEmpty()) {
            out.add("relays:", null);
            for (int i = 0; i < d.relays().size(); i++) {
                ZoneDocument.Relay r = d.relays().get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("method", r.method());
                m.put("addresses", r.addresses());
                m.put("from", r.from());
                m.put("to", r.to());
                m.put("services", r.services());
                putIfText(m, "description", r.description());
                out.add("  - " + flow(m), "relays[" + i + "]");
            }
        }
        if (!d.policy().isEmpty()) {
            out.add("policy:", null);
            for (int i = 0; i < d.policy().size(); i++) {
                ZoneDocument.Cell c = d.policy().get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("from", c.from());
                m.put("to", c.to());
                m.put("access", c.access());
                if (!c.services().isEmpty()) {
                    m.put("services", c.services());
                }
                putIfText(m, "severity", c.severity());
                putIfText(m, "description", c.description());
                out.add("  - " + flow(m), "policy[" + i + "]");
            }
        }
        if (!d.paths().isEmpty() || !registerExceptions.isEmpty()) {
            out.add("exceptions:", null);
            for (int i = 0; i < d.paths().size(); i++) {
                ZoneDocument.PermittedPath p = d.paths().get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("from", p.from());
                m.put("to", p.to());
                m.put("services", p.services());
                m.put("justification", p.justification());
                m.put("owner", p.owner());
                m.put("expires", ZoneDocument.PERMANENT);
                putIfText(m, "description", p.description());
                out.add("  - " + flow(m), "paths[" + i + "]");
            }
            for (Map<String, Object> x : registerExceptions) {
                out.add("  - " + flow(x), "register");
            }
        }
        if (!d.interfaces().isEmpty()) {
            out.add("interfaces:", null);
            Map<String, Map<String, Object>> byDevice = new LinkedHashMap<>();
            Map<String, Integer> firstRow = new LinkedHashMap<>();
            for (int i = 0; i < d.interfaces().size(); i++) {
                ZoneDocument.Interface f = d.interfaces().get(i);
                byDevice.computeIfAbsent(f.device(), k -> new LinkedHashMap<>()).put(f.name(), f.zone());
                firstRow.putIfAbsent(f.device(), i);
            }
            for (Map.Entry<String, Map<String, Object>> e : byDevice.entrySet()) {
                out.add(
                        "  " + scalar(e.getKey()) + ": " + flow(e.getValue()),
                        "interfaces[" + firstRow.get(e.getKey()) + "]");
            }
        }
        return new Written(out.text.toString(), out.rows);
    }

    private static void putIfText(Map<String, Object> m, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    private static final class Lines {
        final StringBuilder text = new StringBuilder();
        final Map<Integer, String> rows = new LinkedHashMap<>();
        int line;

        void add(String s, @Nullable String row) {
            line++;
            text.append(s).append('\n');
            if (row != null) {
                rows.put(line, row);
            }
        }
    }

    private static String flow(Map<String, Object> m) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            parts.add(scalar(e.getKey()) + ": " + value(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String value(@Nullable Object v) {
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) {
                items.add(scalar(String.valueOf(o)));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return scalar(v == null ? "" : String.valueOf(v));
    }

    /** A scalar as it may stand in flow style: plain when it is a simple word, else double-quoted. */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    // --- reading ---

    /**
     * Reads a zone file: first netcheck's own reading (every rule of the format, the line of the
     * first problem), then the model's rows. {@code registerIds} are the ids of the register's
     * exceptions, which are left out of the model.
     */
    public static Read read(String fileName, String text, Set<String> registerIds, Clock clock) {
        YamlTree root;
        try {
            root = YamlTree.read(text);
        } catch (YamlTree.SyntaxError e) {
            throw new Unreadable(e.line, String.valueOf(e.getMessage()));
        }
        try {
            ZoneModel.parse(fileName, text, clock);
        } catch (ZoneModelException e) {
            return new Read(
                    null,
                    List.of(new Problem(e.line(), "network.zone.error.netcheck", List.of(e.reason()))),
                    List.of());
        }
        return new Reader(registerIds).document(root);
    }

    private static final class Reader {
        final Set<String> registerIds;
        final List<Problem> problems = new ArrayList<>();
        final List<String> fromRegister = new ArrayList<>();

        Reader(Set<String> registerIds) {
            this.registerIds = registerIds;
        }

        Read document(YamlTree root) {
            if (!(root instanceof YamlTree.Entries top)) {
                return new Read(
                        null, List.of(new Problem(root.line(), "network.zone.error.notMapping", List.of())), List.of());
            }
            Map<String, YamlTree> e = top.entries();
            List<ZoneDocument.Zone> zones = new ArrayList<>();
            for (YamlTree.Entries m : maps(e.get("zones"))) {
                zones.add(new ZoneDocument.Zone(
                        text(m, "id"), text(m, "kind"), text(m, "name"), texts(m, "networks"), text(m, "description")));
            }
            List<ZoneDocument.Relay> relays = new ArrayList<>();
            for (YamlTree.Entries m : maps(e.get("relays"))) {
                relays.add(new ZoneDocument.Relay(
                        text(m, "id"),
                        text(m, "method"),
                        texts(m, "addresses"),
                        text(m, "from"),
                        text(m, "to"),
                        texts(m, "services"),
                        text(m, "description")));
            }
            List<ZoneDocument.Cell> cells = new ArrayList<>();
            for (YamlTree.Entries m : maps(e.get("policy"))) {
                cells.add(new ZoneDocument.Cell(
                        text(m, "from"),
                        text(m, "to"),
                        text(m, "access"),
                        texts(m, "services"),
                        text(m, "severity"),
                        text(m, "description")));
            }
            List<ZoneDocument.PermittedPath> paths = new ArrayList<>();
            for (YamlTree.Entries m : maps(e.get("exceptions"))) {
                String id = text(m, "id");
                if (ZoneDocument.PERMANENT.equals(text(m, "expires"))) {
                    paths.add(new ZoneDocument.PermittedPath(
                            id,
                            texts(m, "from"),
                            texts(m, "to"),
                            texts(m, "services"),
                            text(m, "justification"),
                            text(m, "owner"),
                            text(m, "description")));
                } else if (registerIds.contains(id)) {
                    fromRegister.add(id);
                } else {
                    problems.add(new Problem(m.line(), "network.zone.error.limitedException", List.of(id)));
                }
            }
            List<ZoneDocument.Interface> interfaces = new ArrayList<>();
            if (e.get("interfaces") instanceof YamlTree.Entries devices) {
                for (Map.Entry<String, YamlTree> d : devices.entries().entrySet()) {
                    if (d.getValue() instanceof YamlTree.Entries ifs) {
                        for (Map.Entry<String, YamlTree> i : ifs.entries().entrySet()) {
                            interfaces.add(
                                    new ZoneDocument.Interface(d.getKey(), i.getKey(), scalarText(i.getValue())));
                        }
                    }
                }
            }
            String def = e.containsKey("default") ? scalarText(e.get("default")) : "deny";
            ZoneDocument doc =
                    new ZoneDocument(def, scalarText(e.get("description")), zones, relays, cells, paths, interfaces);
            return new Read(problems.isEmpty() ? doc : null, problems, fromRegister);
        }

        private static List<YamlTree.Entries> maps(@Nullable YamlTree node) {
            List<YamlTree.Entries> out = new ArrayList<>();
            if (node instanceof YamlTree.Items items) {
                for (YamlTree i : items.items()) {
                    if (i instanceof YamlTree.Entries m) {
                        out.add(m);
                    }
                }
            }
            return out;
        }

        private static String text(YamlTree.Entries m, String key) {
            return scalarText(m.entries().get(key));
        }

        private static List<String> texts(YamlTree.Entries m, String key) {
            YamlTree node = m.entries().get(key);
            if (node instanceof YamlTree.Items items) {
                return items.items().stream().map(ZoneFile::scalarText).toList();
            }
            if (node instanceof YamlTree.Scalar s) {
                return List.of(s.text().strip());
            }
            return List.of();
        }
    }

    private static String scalarText(@Nullable YamlTree node) {
        return node instanceof YamlTree.Scalar s ? s.text().strip() : "";
    }
}
