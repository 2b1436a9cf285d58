package jp.mamori.netcheck.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The nesting of a FortiOS configuration ({@code config … edit … set … next … end}) with the line
 * of every statement, so the importer can interpret sections and still point at the source.
 */
final class FortiTree {
    /** A {@code config} section: its own settings, its {@code edit} entries and nested sections. */
    static final class Section {
        final String path;
        final SourceLine line;
        final Map<String, Setting> settings = new LinkedHashMap<>();
        final List<Entry> entries = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        /** Every line inside the section, nested ones included, for reporting a whole section. */
        final List<SourceLine> lines = new ArrayList<>();

        Section(String path, SourceLine line) {
            this.path = path;
            this.line = line;
        }
    }

    /** An {@code edit NAME} entry. */
    static final class Entry {
        final String name;
        final SourceLine line;
        final Map<String, Setting> settings = new LinkedHashMap<>();
        final List<Section> sections = new ArrayList<>();

        Entry(String name, SourceLine line) {
            this.name = name;
            this.line = line;
        }

        @Nullable
        Setting get(String key) {
            return settings.get(key);
        }

        String first(String key, String fallback) {
            Setting s = settings.get(key);
            return s == null || s.values().isEmpty() ? fallback : s.values().get(0);
        }
    }

    /** One {@code set KEY VALUE…} statement. */
    record Setting(String key, List<String> values, SourceLine line) {}

    /** An open section and the entry being edited in it, if any. */
    private static final class Frame {
        final Section section;

        @Nullable
        Entry entry;

        Frame(Section section) {
            this.section = section;
        }
    }

    final List<Section> top = new ArrayList<>();

    private FortiTree() {}

    /** Builds the tree; lines that fit nowhere are reported on the ledger. */
    static FortiTree parse(List<SourceLine> lines, LineLedger ledger) {
        FortiTree tree = new FortiTree();
        Deque<Frame> open = new ArrayDeque<>();
        for (SourceLine line : lines) {
            String t = line.trimmed();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            ledger.read();
            for (Frame f : open) {
                f.section.lines.add(line);
            }
            List<String> w = Words.split(t);
            String verb = w.get(0).toLowerCase(Locale.ROOT);
            Frame frame = open.peek();
            Entry entry = frame == null ? null : frame.entry;
            switch (verb) {
                case "config" -> {
                    if (w.size() < 2) {
                        ledger.reject(line, "config の後に節の名前がありません");
                        continue;
                    }
                    Section s = new Section(String.join(" ", w.subList(1, w.size())), line);
                    s.lines.add(line);
                    if (entry != null) {
                        entry.sections.add(s);
                    } else if (frame != null) {
                        frame.section.sections.add(s);
                    } else {
                        tree.top.add(s);
                    }
                    open.push(new Frame(s));
                }
                case "edit" -> {
                    if (frame == null || w.size() < 2) {
                        ledger.reject(line, "edit が config 節の外にあるか、名前がありません");
                        continue;
                    }
                    Entry e = new Entry(w.get(1), line);
                    frame.section.entries.add(e);
                    frame.entry = e;
                }
                case "next" -> {
                    if (frame == null || entry == null) {
                        ledger.reject(line, "対応する edit のない next です");
                        continue;
                    }
                    frame.entry = null;
                }
                case "end" -> {
                    if (frame == null) {
                        ledger.reject(line, "対応する config のない end です");
                        continue;
                    }
                    open.pop();
                }
                case "set", "unset", "append", "select", "unselect" -> {
                    if (frame == null || w.size() < 2) {
                        ledger.reject(line, verb + " が config 節の外にあるか、項目名がありません");
                        continue;
                    }
                    Map<String, Setting> target = entry != null ? entry.settings : frame.section.settings;
                    apply(target, verb, w.get(1).toLowerCase(Locale.ROOT), w.subList(2, w.size()), line);
                }
                default -> ledger.reject(line, "FortiOS の設定文として解釈できません");
            }
        }
        if (!open.isEmpty()) {
            Section unclosed = open.getLast().section;
            ledger.reject(unclosed.line, "end がないままファイルが終わりました(途中で切れた設定の可能性があります)");
        }
        return tree;
    }

    private static void apply(
            Map<String, Setting> target, String verb, String key, List<String> values, SourceLine line) {
        Setting old = target.get(key);
        switch (verb) {
            case "set" -> target.put(key, new Setting(key, List.copyOf(values), line));
            case "unset" -> target.remove(key);
            case "append", "select" -> {
                List<String> all = new ArrayList<>(old == null ? List.of() : old.values());
                all.addAll(values);
                target.put(key, new Setting(key, all, line));
            }
            default -> {
                if (old != null) {
                    List<String> rest = new ArrayList<>(old.values());
                    rest.removeAll(values);
                    target.put(key, new Setting(key, rest, old.line()));
                }
            }
        }
    }
}
