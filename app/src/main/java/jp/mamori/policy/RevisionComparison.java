package jp.mamori.policy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts side by side, paragraph by paragraph, with the changed characters marked.
 *
 * <p>First the paragraphs (non-blank lines; a Markdown heading, list item or table row is one line)
 * are compared; within a changed paragraph the characters are compared, code point by code point,
 * because Japanese has no spaces between words and a word diff would mark the whole sentence.
 * Changed paragraphs are paired in order; what is left over is shown as added or removed.
 */
final class RevisionComparison {
    private RevisionComparison() {}

    enum Kind {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** A run of characters, marked when it differs from the other side. */
    record Segment(String text, boolean changed) {}

    /** One row of the side-by-side view: the older paragraph on the left, the newer one on the right. */
    record Row(Kind kind, List<Segment> older, List<Segment> newer) {
        public boolean changed() {
            return kind != Kind.SAME;
        }
    }

    /** The rows for the two texts (older first); empty rows when both are empty. */
    static List<Row> compare(String older, String newer) {
        List<String> before = paragraphs(older);
        List<String> after = paragraphs(newer);
        List<Row> rows = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int from = delta.getSource().getPosition();
            for (int i = position; i < from; i++) {
                rows.add(same(before.get(i)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(removed.size(), added.size()) : 0;
            for (int i = 0; i < paired; i++) {
                rows.add(changed(removed.get(i), added.get(i)));
            }
            for (int i = paired; i < removed.size(); i++) {
                rows.add(new Row(Kind.REMOVED, List.of(new Segment(removed.get(i), true)), List.of()));
            }
            for (int i = paired; i < added.size(); i++) {
                rows.add(new Row(Kind.ADDED, List.of(), List.of(new Segment(added.get(i), true))));
            }
            position = from + removed.size();
        }
        for (int i = position; i < before.size(); i++) {
            rows.add(same(before.get(i)));
        }
        return rows;
    }

    /** The paragraphs of a text: its non-blank lines, normalised as for the content hash. */
    static List<String> paragraphs(String text) {
        return ContentHash.text(text).lines().filter(line -> !line.isBlank()).toList();
    }

    /** The two lines with the characters that differ marked on each side. */
    static Row changed(String older, String newer) {
        List<String> a = codePoints(older);
        List<String> b = codePoints(newer);
        boolean[] changedA = new boolean[a.size()];
        boolean[] changedB = new boolean[b.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            mark(changedA, delta.getSource().getPosition(), delta.getSource().size());
            mark(changedB, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        return new Row(Kind.CHANGED, segments(a, changedA), segments(b, changedB));
    }

    private static Row same(String line) {
        List<Segment> segments = List.of(new Segment(line, false));
        return new Row(Kind.SAME, segments, segments);
    }

    private static void mark(boolean[] flags, int from, int length) {
        for (int i = from; i < from + length; i++) {
            flags[i] = true;
        }
    }

    private static List<Segment> segments(List<String> characters, boolean[] changed) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < characters.size(); i++) {
            if (i > 0 && changed[i] != changed[i - 1]) {
                segments.add(new Segment(run.toString(), changed[i - 1]));
                run.setLength(0);
            }
            run.append(characters.get(i));
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), changed[characters.size() - 1]));
        }
        return segments;
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }
}
