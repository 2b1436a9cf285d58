package jp.mamori.audittrail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the reader looks for: a period of days (inclusive, in the body's time zone), an actor, an
 * action (exact, or a prefix such as {@code person}), a subject type and id. Empty fields match
 * everything.
 */
public record AuditFilter(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable String actor,
        @Nullable String action,
        @Nullable String subjectType,
        @Nullable String subjectId) {

    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Tokyo");

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    Optional<Instant> fromInstant() {
        return Optional.ofNullable(from).map(d -> d.atStartOfDay(ZONE).toInstant());
    }

    /** The first instant after the period: the start of the day after {@code to}. */
    Optional<Instant> untilInstant() {
        return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** True when {@code from} lies after {@code to}. */
    public boolean periodReversed() {
        return from != null && to != null && from.isAfter(to);
    }
}
