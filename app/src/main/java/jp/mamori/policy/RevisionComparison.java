package jp.mamori.policy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts side by side, paragraph by paragraph, with the changed characters marked.
 *
 * <p>First the paragraphs (non-blank lines; a Markdown heading, list item or table row is one line)
 * are compared; within a changed paragraph the characters are compared, code point by code point,
 * because Japanese has no spaces between words and a word diff would mark the whole sentence.
 * Within a changed block, a removed paragraph is paired with the next added one that is similar
 * enough ({@link #similarity}); what is left over is shown as added or removed.
 */
public final class RevisionComparison {
    /** Changed paragraphs sharing at least this share of characters are paired (see {@link #similarity}). */
    static final double SIMILAR = 0.4;

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
    public static List<Row> compare(String older, String newer) {
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
            int next = 0;
            for (String line : removed) {
                int match = -1;
                for (int k = next; k < added.size() && match < 0; k++) {
                    if (similarity(line, added.get(k)) >= SIMILAR) {
                        match = k;
                    }
                }
                if (match < 0) {
                    rows.add(new Row(Kind.REMOVED, List.of(new Segment(line, true)), List.of()));
                    continue;
                }
                for (int k = next; k < match; k++) {
                    rows.add(added(added.get(k)));
                }
                rows.add(changed(line, added.get(match)));
                next = match + 1;
            }
            for (int k = next; k < added.size(); k++) {
                rows.add(added(added.get(k)));
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

    /**
     * How alike two paragraphs are, from 0 to 1: twice the characters they share (in order) over
     * their total length. Changed paragraphs at least this alike are shown as one changed pair;
     * others as a removal and an addition.
     */
    static double similarity(String a, String b) {
        List<String> x = codePoints(a);
        List<String> y = codePoints(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int differing = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(x, y).getDeltas()) {
            differing += delta.getSource().size();
        }
        int common = x.size() - differing;
        return 2.0 * common / (x.size() + y.size());
    }

    private static Row added(String line) {
        return new Row(Kind.ADDED, List.of(), List.of(new Segment(line, true)));
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
        return joinedAcrossSingleCharacters(segments);
    }

    /**
     * A single unchanged character between two changes (often a particle such as に or の) is
     * marked with them, so a reader sees one changed phrase instead of fragments. Both sides share
     * that character, so both are joined the same way.
     */
    private static List<Segment> joinedAcrossSingleCharacters(List<Segment> segments) {
        List<Segment> joined = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            boolean island = !segment.changed()
                    && segment.text().codePointCount(0, segment.text().length()) == 1
                    && i > 0
                    && i < segments.size() - 1;
            if ((island || segment.changed())
                    && !joined.isEmpty()
                    && joined.get(joined.size() - 1).changed()) {
                Segment last = joined.remove(joined.size() - 1);
                joined.add(new Segment(last.text() + segment.text(), true));
            } else {
                joined.add(segment);
            }
        }
        return joined;
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }
}
