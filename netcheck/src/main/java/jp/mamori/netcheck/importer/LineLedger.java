package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Unsupported;

/**
 * Counts the meaningful lines of one file and records the ones that could not be used. A line
 * with at least one problem counts as not understood, so the reported share never flatters.
 */
final class LineLedger {
    private final String file;
    private final List<Unsupported> unsupported = new ArrayList<>();
    private final Set<Integer> rejected = new HashSet<>();
    private final Set<Unsupported> seen = new HashSet<>();
    private int read;

    LineLedger(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Counts one non-blank, non-comment line. */
    void read() {
        read++;
    }

    void reject(SourceLine line, String reason) {
        reject(line.number(), line.text(), reason);
    }

    /** Records a parse failure; the exception's message is already Japanese where we raise it. */
    void reject(SourceLine line, RuntimeException e) {
        String message = e.getMessage();
        reject(
                line,
                message == null || message.isBlank() ? "解釈できません(" + e.getClass().getSimpleName() + ")" : message);
    }

    void reject(int line, String text, String reason) {
        Unsupported u = new Unsupported(file, line, text, reason);
        // the same object can be expanded for many rules: report each problem once
        if (!seen.add(u)) {
            return;
        }
        unsupported.add(u);
        if (line > 0) {
            rejected.add(line); // line 0 is a note on the whole file, not a line read
        }
    }

    /**
     * Records one problem at {@code line} that makes every line from {@code line} to {@code last}
     * not understood (the reader could not go past it), listed once rather than once per line.
     */
    void rejectThrough(List<SourceLine> lines, SourceLine line, String reason) {
        rejectLines(lines, line, line.number(), reason);
    }

    /**
     * As {@link #rejectThrough}, from line {@code first}: the cause is listed at {@code line}, and
     * every other non-blank line in the range is listed too (briefly), so that each line counted
     * as not understood has its entry.
     */
    void rejectLines(List<SourceLine> lines, SourceLine line, int first, String reason) {
        reject(line, reason);
        for (SourceLine l : lines) {
            if (l.number() >= first && l.number() != line.number() && !l.isBlank()) {
                reject(l, "行 " + line.number() + " の問題のため読んでいません");
            }
        }
    }

    ImportResult result(List<RuleSet> ruleSets) {
        int understood = Math.max(0, read - rejected.size());
        // problems found while expanding objects arrive late: list them in file order
        List<Unsupported> ordered = new ArrayList<>(unsupported);
        ordered.sort(Comparator.comparingInt(Unsupported::line));
        return new ImportResult(ruleSets, ordered, read, understood);
    }
}
