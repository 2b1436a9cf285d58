package jp.mamori.control.exceptions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An exception (例外措置) to one measure, as the register holds it: what is excepted where (the unit,
 * and within it an asset, an information system or a network path), why, what compensates for it,
 * from when to when, and who asked and decided. Once decided the record is frozen; only ending it
 * (revocation, renewal) and the reminder bookkeeping change it later. {@code decisionId} is the
 * carried committee decision its approval rests on, when it was above the committee threshold.
 */
public record ControlException(
        long id,
        String reference,
        String measureId,
        String measureTitle,
        long unitId,
        ExceptionTarget targetKind,
        String target,
        NetworkPath path,
        String justification,
        String compensating,
        String owner,
        LocalDate startsOn,
        LocalDate endsOn,
        ExceptionState state,
        @Nullable Long renewsId,
        String requestedBy,
        String requestedByName,
        @Nullable Long requestedByPerson,
        OffsetDateTime requestedAt,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable String decidedRole,
        @Nullable OffsetDateTime decidedAt,
        String decisionComment,
        @Nullable String endedBy,
        @Nullable OffsetDateTime endedAt,
        String endReason,
        @Nullable LocalDate remindedOn,
        @Nullable LocalDate expiryNotedOn,
        @Nullable Long decisionId) {

    /** What the exception means on the day. */
    public ExceptionStanding standingOn(LocalDate today) {
        return ExceptionStanding.of(state, startsOn, endsOn, today);
    }

    public boolean isNetwork() {
        return targetKind == ExceptionTarget.NETWORK;
    }

    /** Days from the day to the last day (negative once expired). */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, endsOn);
    }
}
