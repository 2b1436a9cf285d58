package jp.mamori.netcheck.zone;

import org.jspecify.annotations.Nullable;

/**
 * What the zone model says about one packet.
 *
 * @param outcome the decision
 * @param from source zone (null when the source lies in no zone)
 * @param to destination zone (null when the destination lies in no zone)
 * @param cell the cell that decided (null when a side lies in no zone)
 * @param exemption the exception that allowed the packet, or the expired exception that would have
 *     (then the outcome is {@link Outcome#VIOLATION}); null otherwise
 */
public record Verdict(
        Outcome outcome,
        @Nullable Zone from,
        @Nullable Zone to,
        @Nullable PolicyCell cell,
        @Nullable Exemption exemption) {

    /** The possible decisions; only {@link #VIOLATION} breaks the model. */
    public enum Outcome {
        /** Source or destination lies in no zone: the model says nothing. */
        UNZONED,
        /** Both ends in the same zone: always allowed. */
        INTRA_ZONE,
        /** The cell allows it. */
        ALLOWED,
        /** A {@code via-relay} cell, and the packet comes from a relay of the pair on its services. */
        RELAYED,
        /** The cell forbids it but a valid exception covers it. */
        EXEMPTED,
        /** The cell forbids it. */
        VIOLATION
    }

    public boolean isViolation() {
        return outcome == Outcome.VIOLATION;
    }
}
