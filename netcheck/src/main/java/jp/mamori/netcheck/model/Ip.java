package jp.mamori.netcheck.model;

import java.math.BigInteger;

/**
 * IP addresses as numbers in one 128-bit space: IPv6 as is, IPv4 mapped into {@code ::ffff:0:0/96}.
 * One space lets a rule or zone mix both families without special cases.
 */
public final class Ip {
    /** First address of the IPv4-mapped block. */
    public static final BigInteger V4_BASE = BigInteger.valueOf(0xffffL).shiftLeft(32);
    /** Last address of the IPv4-mapped block. */
    public static final BigInteger V4_LAST = V4_BASE.add(BigInteger.valueOf(0xffffffffL));
    /** Last address of the whole space. */
    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private Ip() {}

    /** Parses a dotted IPv4 or a textual IPv6 address; throws {@link IllegalArgumentException} naming the text. */
    public static BigInteger parse(String text) {
        String s = text.trim();
        if (s.indexOf(':') < 0) {
            return V4_BASE.add(BigInteger.valueOf(parseV4(s)));
        }
        return parseV6(s);
    }

    /** True when the text holds an IPv6 address (with a colon). */
    public static boolean isV6Text(String text) {
        return text.indexOf(':') >= 0;
    }

    /** Parses dotted IPv4 into an unsigned 32-bit value held in a long. */
    public static long parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("IPv4 アドレスではありません: " + s);
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("IPv4 アドレスではありません: " + s);
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException("IPv4 アドレスではありません: " + s);
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    private static BigInteger parseV6(String s) {
        String body = s;
        int zone = body.indexOf('%');
        if (zone >= 0) {
            body = body.substring(0, zone);
        }
        int[] groups = new int[8];
        String[] halves = body.split("::", -1);
        if (halves.length > 2) {
            throw new IllegalArgumentException("IPv6 アドレスではありません: " + s);
        }
        int[] head = groupsOf(halves[0], s);
        int[] tail = halves.length == 2 ? groupsOf(halves[1], s) : new int[0];
        if (halves.length == 1 && head.length != 8 || head.length + tail.length > (halves.length == 2 ? 7 : 8)) {
            throw new IllegalArgumentException("IPv6 アドレスではありません: " + s);
        }
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        BigInteger v = BigInteger.ZERO;
        for (int g : groups) {
            v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return v;
    }

    private static int[] groupsOf(String part, String whole) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] texts = part.split(":", -1);
        int extra = texts[texts.length - 1].contains(".") ? 1 : 0;
        int[] out = new int[texts.length + extra];
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (i == texts.length - 1 && t.contains(".")) {
                long v4 = parseV4(t);
                out[i] = (int) (v4 >>> 16);
                out[i + 1] = (int) (v4 & 0xffff);
                break;
            }
            if (t.isEmpty() || t.length() > 4) {
                throw new IllegalArgumentException("IPv6 アドレスではありません: " + whole);
            }
            try {
                out[i] = Integer.parseInt(t, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("IPv6 アドレスではありません: " + whole, e);
            }
        }
        return out;
    }

    /** True when the value lies in the IPv4-mapped block. */
    public static boolean isV4(BigInteger value) {
        return value.compareTo(V4_BASE) >= 0 && value.compareTo(V4_LAST) <= 0;
    }

    /** Formats a value back to text: dotted IPv4 for the mapped block, compressed IPv6 otherwise. */
    public static String format(BigInteger value) {
        if (isV4(value)) {
            long v = value.subtract(V4_BASE).longValue();
            return ((v >>> 24) & 255) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
        }
        int[] g = new int[8];
        BigInteger rest = value;
        for (int i = 7; i >= 0; i--) {
            g[i] = rest.and(BigInteger.valueOf(0xffff)).intValue();
            rest = rest.shiftRight(16);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
