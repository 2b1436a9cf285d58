package jp.mamori.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates for templates, in the reader's language: {@code ${@wareki.date(person.inPostFrom)}} →
 * 令和6年4月1日, {@code ${@wareki.dateTime(entry.time)}} → 令和6年4月1日 09:30:00 (in the body's time
 * zone, Asia/Tokyo). English readers get ISO-like dates. Only for display: the API and exports use
 * ISO 8601.
 */
@Component("wareki")
public class WarekiDates {
    /** The time zone dates and times are shown in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;

    WarekiDates(Clock clock) {
        this.clock = clock;
    }

    /** A date, or an empty string for none. */
    public String date(@Nullable LocalDate date) {
        return Wareki.format(date, locale());
    }

    /** A fiscal year such as 令和8年度. */
    public String fiscalYear(int fiscalYear) {
        return Wareki.fiscalYear(fiscalYear, locale());
    }

    /** Today in the body's time zone. */
    public String today() {
        return date(LocalDate.now(clock));
    }

    /** A point in time as date and time of day in Asia/Tokyo; accepts Instant, OffsetDateTime, ZonedDateTime, LocalDateTime. */
    public String dateTime(@Nullable TemporalAccessor time) {
        ZonedDateTime local = inZone(time);
        if (local == null) {
            return "";
        }
        return Wareki.format(local.toLocalDate(), locale()) + " " + local.format(TIME);
    }

    /** The ISO 8601 form of a point in time, for {@code datetime} attributes of {@code <time>}. */
    public String iso(@Nullable TemporalAccessor time) {
        ZonedDateTime local = inZone(time);
        return local == null ? "" : local.toOffsetDateTime().toString();
    }

    private static @Nullable ZonedDateTime inZone(@Nullable TemporalAccessor time) {
        if (time == null) {
            return null;
        }
        if (time instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZONE);
        }
        if (time instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZONE);
        }
        if (time instanceof LocalDateTime local) {
            return local.atZone(ZONE);
        }
        if (time instanceof LocalDate day) {
            return day.atStartOfDay(ZONE);
        }
        return Instant.from(time).atZone(ZONE);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
