package jp.mamori.control.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * What the register list is filtered by (each optional) and how it is ordered: {@code NEWEST}
 * (default), {@code ENDS} (soonest last day first) or {@code MEASURE}.
 */
public record ExceptionFilter(
        @Nullable ExceptionStanding standing,
        @Nullable Long unitId,
        @Nullable String measure,
        @Nullable ExceptionTarget target,
        @Nullable String q,
        Sort sort) {

    public enum Sort {
        NEWEST,
        ENDS,
        MEASURE
    }

    public static ExceptionFilter none() {
        return new ExceptionFilter(null, null, null, null, null, Sort.NEWEST);
    }

    /** The text searched for, or null. */
    @Nullable
    String words() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    @Nullable
    String measureId() {
        return measure == null || measure.isBlank() ? null : measure.strip();
    }
}
