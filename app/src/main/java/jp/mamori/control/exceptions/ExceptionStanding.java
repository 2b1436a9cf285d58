package jp.mamori.control.exceptions;

import java.time.LocalDate;

/**
 * What an exception means on a given day: an approved one is {@link #SCHEDULED} before its first day,
 * {@link #ACTIVE} through its last day and {@link #EXPIRED} after it (a finding until it is renewed or
 * revoked).
 */
public enum ExceptionStanding {
    REQUESTED,
    SCHEDULED,
    ACTIVE,
    EXPIRED,
    REJECTED,
    WITHDRAWN,
    REVOKED,
    RENEWED;

    static ExceptionStanding of(ExceptionState state, LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        return switch (state) {
            case REQUESTED -> REQUESTED;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
            case REVOKED -> REVOKED;
            case RENEWED -> RENEWED;
            case APPROVED -> today.isBefore(startsOn) ? SCHEDULED : today.isAfter(endsOn) ? EXPIRED : ACTIVE;
        };
    }

    public String messageKey() {
        return "control.exception.standing." + name();
    }

    /** True for an expired exception: a finding until renewed or revoked. */
    public boolean isFinding() {
        return this == EXPIRED;
    }
}
