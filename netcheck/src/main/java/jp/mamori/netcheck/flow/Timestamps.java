package jp.mamori.netcheck.flow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Turns the time texts of flow logs into epoch milliseconds without java.time allocation on the
 * common path. Times without an offset are read in the zone given (the audit clock's zone).
 */
final class Timestamps {
    static final long NONE = FlowRecord.NO_TIME;

    private final ZoneRules rules;
    private final int fixedOffsetSeconds;
    private final boolean fixed;

    Timestamps(ZoneId zone) {
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffsetSeconds =
                fixed ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() : 0;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Epoch milliseconds of a local date-time read in this instance's zone. */
    long localToEpochMillis(long localEpochSeconds, int millis) {
        int offset = fixed
                ? fixedOffsetSeconds
                : rules.getOffset(LocalDateTime.ofEpochSecond(localEpochSeconds, 0, ZoneOffset.UTC))
                        .getTotalSeconds();
        return (localEpochSeconds - offset) * 1000 + millis;
    }

    /** {@code YYYY-MM-DD} or {@code YYYY/MM/DD} as an epoch day, or {@link #NONE}. */
    static long date(byte[] b, int s, int e) {
        if (e - s != 10 || (b[s + 4] != '-' && b[s + 4] != '/') || b[s + 7] != b[s + 4]) {
            return NONE;
        }
        int y = digits(b, s, 4);
        int m = digits(b, s + 5, 2);
        int d = digits(b, s + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            return NONE;
        }
        return epochDay(y, m, d);
    }

    /** {@code HH:MM:SS} as seconds of the day, or -1. */
    static int timeOfDay(byte[] b, int s, int e) {
        if (e - s != 8 || b[s + 2] != ':' || b[s + 5] != ':') {
            return -1;
        }
        int h = digits(b, s, 2);
        int mi = digits(b, s + 3, 2);
        int se = digits(b, s + 6, 2);
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60) {
            return -1;
        }
        return h * 3600 + mi * 60 + se;
    }

    /** Parses a FortiGate {@code tz="+0900"} value into offset seconds, or {@link Integer#MIN_VALUE}. */
    static int offset(byte[] b, int s, int e) {
        int len = e - s;
        if (len == 1 && (b[s] == 'Z' || b[s] == 'z')) {
            return 0;
        }
        if ((len != 5 && len != 6) || (b[s] != '+' && b[s] != '-')) {
            return Integer.MIN_VALUE;
        }
        int h = digits(b, s + 1, 2);
        int m = len == 5 ? digits(b, s + 3, 2) : (b[s + 3] == ':' ? digits(b, s + 4, 2) : -1);
        if (h < 0 || h > 18 || m < 0 || m > 59) {
            return Integer.MIN_VALUE;
        }
        int v = h * 3600 + m * 60;
        return b[s] == '-' ? -v : v;
    }

    /**
     * ISO 8601 ({@code 2026-11-26T10:00:00[.fff][Z|±HH:MM]}, also with a space instead of T, or
     * slashes), or epoch seconds with an optional fraction; {@link #NONE} when neither.
     */
    long instant(byte[] b, int s, int e) {
        if (s >= e) {
            return NONE;
        }
        if (e - s >= 19 && (b[s + 4] == '-' || b[s + 4] == '/')) {
            long day = date(b, s, s + 10);
            if (day == NONE || (b[s + 10] != 'T' && b[s + 10] != ' ')) {
                return NONE;
            }
            int tod = timeOfDay(b, s + 11, s + 19);
            if (tod < 0) {
                return NONE;
            }
            int i = s + 19;
            int millis = 0;
            if (i < e && b[i] == '.') {
                int scale = 100;
                i++;
                while (i < e && b[i] >= '0' && b[i] <= '9') {
                    millis += (b[i] - '0') * scale;
                    scale /= 10;
                    i++;
                }
            }
            long local = day * 86400 + tod;
            if (i == e) {
                return localToEpochMillis(local, millis);
            }
            int off = offset(b, i, e);
            if (off == Integer.MIN_VALUE) {
                return NONE;
            }
            return (local - off) * 1000 + millis;
        }
        return epochSeconds(b, s, e);
    }

    /** {@code 1591367999.305988} (seconds with an optional fraction) as epoch millis, or {@link #NONE}. */
    static long epochSeconds(byte[] b, int s, int e) {
        int dot = ByteText.indexOf(b, s, e, (byte) '.');
        long secs = ByteText.number(b, s, dot < 0 ? e : dot);
        if (secs == ByteText.NOT_A_NUMBER || secs > 100_000_000_000L) {
            return NONE;
        }
        int millis = 0;
        if (dot >= 0) {
            int scale = 100;
            for (int i = dot + 1; i < e; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return NONE;
                }
                millis += d * scale;
                scale /= 10;
            }
        }
        return secs * 1000 + millis;
    }

    /**
     * An epoch number of unknown unit (FortiGate {@code eventtime} is seconds on old releases and
     * nanoseconds on newer ones): the magnitude tells the unit.
     */
    static long epochAnyUnit(long v) {
        if (v < 0) {
            return NONE;
        }
        if (v >= 100_000_000_000_000_000L) {
            return v / 1_000_000;
        }
        if (v >= 100_000_000_000_000L) {
            return v / 1_000;
        }
        if (v >= 100_000_000_000L) {
            return v;
        }
        return v * 1000;
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
