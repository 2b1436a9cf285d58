package jp.mamori.audittrail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Checks the trail against its anchors, and says what they do not cover. An anchor fits when the
 * entry it names is there with the hash it records: as every entry's hash covers the one before,
 * that fixes all entries up to it. Not covered are the days from the day after the first entry up
 * to today that have no anchor (an entry written before such a gap was open to a rewrite until the
 * next anchor), and the entries after the newest anchor.
 */
final class AnchorCheck {
    private AnchorCheck() {}

    /** An anchor file that does not fit the trail (or itself was changed): the trail is not intact. */
    record Problem(Path file, @Nullable Anchor anchor, String reason) {}

    /** Days without an anchor, both inclusive. */
    record Gap(LocalDate from, LocalDate to) {}

    /**
     * The outcome.
     *
     * @param fitting the anchors that fit, by day
     * @param problems the anchor files that do not fit
     * @param gaps the periods without an anchor
     * @param firstUncovered the first entry after the newest fitting anchor (0 when every entry is covered)
     * @param lastEntry the head's last entry
     */
    record Coverage(List<Anchor> fitting, List<Problem> problems, List<Gap> gaps, long firstUncovered, long lastEntry) {
        boolean intact() {
            return problems.isEmpty();
        }
    }

    static Coverage check(
            List<AnchorFiles.Read> reads,
            LongFunction<Optional<String>> hashOf,
            long lastEntry,
            Optional<LocalDate> firstEntryDay,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        TreeMap<LocalDate, Anchor> fitting = new TreeMap<>();
        for (AnchorFiles.Read read : reads) {
            if (read instanceof AnchorFiles.Read.Invalid invalid) {
                problems.add(new Problem(invalid.file(), null, invalid.reason()));
            } else if (read instanceof AnchorFiles.Read.Valid valid) {
                {
                    Anchor anchor = valid.anchor();
                    Optional<String> hash = anchor.seq() > lastEntry ? Optional.empty() : hashOf.apply(anchor.seq());
                    if (hash.isEmpty()) {
                        problems.add(new Problem(valid.file(), anchor, "verify.anchor.missing"));
                    } else if (!hash.get().equals(anchor.hash())) {
                        problems.add(new Problem(valid.file(), anchor, "verify.anchor.changed"));
                    } else {
                        fitting.put(anchor.day(), anchor);
                    }
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        if (firstEntryDay.isPresent()) {
            LocalDate from = null;
            for (LocalDate day = firstEntryDay.get().plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
                if (!fitting.containsKey(day)) {
                    from = from == null ? day : from;
                } else if (from != null) {
                    gaps.add(new Gap(from, day.minusDays(1)));
                    from = null;
                }
            }
            if (from != null) {
                gaps.add(new Gap(from, today));
            }
        }
        long newest = fitting.values().stream().mapToLong(Anchor::seq).max().orElse(0);
        long firstUncovered = newest < lastEntry ? newest + 1 : 0;
        return new Coverage(
                List.copyOf(fitting.values()), List.copyOf(problems), List.copyOf(gaps), firstUncovered, lastEntry);
    }
}
