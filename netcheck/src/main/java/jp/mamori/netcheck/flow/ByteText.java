package jp.mamori.netcheck.flow;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import jp.mamori.netcheck.model.Ip;

/**
 * Parsing of ASCII fields straight from byte slices {@code [s, e)}: numbers, addresses, words. The
 * text readers use it so a line never becomes a String on the way to a flow.
 */
final class ByteText {
    /** Returned by the number parsers for a field that is not a number. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private ByteText() {}

    /** Unsigned decimal up to {@link Long#MAX_VALUE} (19 digits: nanosecond times); {@link #NOT_A_NUMBER} otherwise. */
    static long number(byte[] b, int s, int e) {
        if (s >= e || e - s > 19) {
            return NOT_A_NUMBER;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
                return NOT_A_NUMBER;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A port 0–65535, or -1. */
    static int port(byte[] b, int s, int e) {
        long v = number(b, s, e);
        return v >= 0 && v <= 65535 ? (int) v : -1;
    }

    /** Dotted IPv4 as an unsigned value, or -1 when the slice is not one. */
    static long ipv4(byte[] b, int s, int e) {
        long v = 0;
        int octet = -1;
        int digits = 0;
        int dots = 0;
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (c == '.') {
                if (octet < 0 || ++dots > 3) {
                    return -1;
                }
                v = (v << 8) | octet;
                octet = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                if (++digits > 3 || octet > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        if (dots != 3 || octet < 0) {
            return -1;
        }
        return (v << 8) | octet;
    }

    /**
     * Parses an IPv4 or IPv6 address into {@code out[0]} (high) and {@code out[1]} (low) in the space
     * of {@link Ip}; false when the slice is not an address.
     */
    static boolean address(byte[] b, int s, int e, long[] out) {
        long v4 = ipv4(b, s, e);
        if (v4 >= 0) {
            out[0] = 0;
            out[1] = IpBits.V4_MARK | v4;
            return true;
        }
        if (e - s < 2 || e - s > 64 || indexOf(b, s, e, (byte) ':') < 0) {
            return false;
        }
        try {
            BigInteger v = Ip.parse(string(b, s, e));
            out[0] = v.shiftRight(64).longValue();
            out[1] = v.longValue();
            return true;
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    static int indexOf(byte[] b, int s, int e, byte c) {
        for (int i = s; i < e; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static boolean is(byte[] b, int s, int e, byte[] word) {
        if (e - s != word.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (b[s + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** Case-insensitive comparison with a lower-case ASCII word. */
    static boolean isIgnoreCase(byte[] b, int s, int e, byte[] lowerWord) {
        if (e - s != lowerWord.length) {
            return false;
        }
        for (int i = 0; i < lowerWord.length; i++) {
            byte c = b[s + i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lowerWord[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static String string(byte[] b, int s, int e) {
        return new String(b, s, e - s, StandardCharsets.UTF_8);
    }

    /** The line's text for an unsupported entry (the entry itself shortens it to 200 characters). */
    static String excerpt(byte[] b, int s, int e) {
        return string(b, s, Math.min(e, s + 400));
    }

    static int trimStart(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        return s;
    }

    static int trimEnd(byte[] b, int s, int e) {
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        return e;
    }

    /** A protocol given by name (tcp, udp, icmp …) or number, or -1. */
    static int protocol(byte[] b, int s, int e) {
        long n = number(b, s, e);
        if (n != NOT_A_NUMBER) {
            return n <= 255 ? (int) n : -1;
        }
        if (isIgnoreCase(b, s, e, TCP)) {
            return 6;
        }
        if (isIgnoreCase(b, s, e, UDP)) {
            return 17;
        }
        if (isIgnoreCase(b, s, e, ICMP)) {
            return 1;
        }
        if (e - s > 16) {
            return -1;
        }
        try {
            int p = jp.mamori.netcheck.model.Service.protocolNumber(string(b, s, e));
            return p >= 0 ? p : -1;
        } catch (IllegalArgumentException ex) {
            return -1;
        }
    }

    private static final byte[] TCP = ascii("tcp");
    private static final byte[] UDP = ascii("udp");
    private static final byte[] ICMP = ascii("icmp");
}
