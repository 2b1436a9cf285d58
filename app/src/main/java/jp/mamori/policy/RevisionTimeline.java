package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The revisions of one document over time, and the rule for which one is in force.
 *
 * <p>On a day D, the approved revision with the latest 施行日 on or before D is in force (on equal
 * 施行日 the higher number wins); approved revisions with an earlier 施行日 are superseded, those
 * whose 施行日 is still after D remain approved (施行待ち). Nothing of this is stored: it follows
 * from the approved revisions and the day, so it is right for any day, past or future, without a
 * job that flips states at midnight.
 */
public record RevisionTimeline(List<Revision> revisions) {
    private static final Comparator<Revision> BY_EFFECT = Comparator.comparing(
                    (Revision r) -> Objects.requireNonNull(r.effectiveOn()))
            .thenComparingInt(Revision::number);

    public RevisionTimeline {
        revisions = revisions.stream()
                .sorted(Comparator.comparingInt(Revision::number))
                .toList();
    }

    /** The revision in force on the day, if any has come into force by then. */
    public Optional<Revision> inForceOn(LocalDate day) {
        return approved().stream()
                .filter(r -> !Objects.requireNonNull(r.effectiveOn()).isAfter(day))
                .max(BY_EFFECT);
    }

    /** The state of the revision on the day: the recorded one, or in force / superseded. */
    public RevisionState stateOf(Revision revision, LocalDate day) {
        if (revision.recordedState() != RevisionState.APPROVED) {
            return revision.recordedState();
        }
        if (Objects.requireNonNull(revision.effectiveOn()).isAfter(day)) {
            return RevisionState.APPROVED;
        }
        return inForceOn(day).map(r -> r.id() == revision.id()).orElse(false)
                ? RevisionState.IN_FORCE
                : RevisionState.SUPERSEDED;
    }

    /** The approved revisions, in 施行日 order. */
    public List<Revision> approved() {
        return revisions.stream()
                .filter(r -> r.recordedState() == RevisionState.APPROVED)
                .sorted(BY_EFFECT)
                .toList();
    }

    /** The 施行日 of the latest approved revision: a new one may not take effect before it. */
    Optional<LocalDate> latestApprovedEffectiveOn() {
        List<Revision> approved = approved();
        return approved.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(approved.get(approved.size() - 1).effectiveOn());
    }

    /** The number the next revision gets. */
    int nextNumber() {
        return revisions.stream().mapToInt(Revision::number).max().orElse(0) + 1;
    }

    /** The draft or revision in approval, if one is open (at most one at a time). */
    public Optional<Revision> open() {
        return revisions.stream().filter(r -> !r.recordedState().isApproved()).findFirst();
    }
}
