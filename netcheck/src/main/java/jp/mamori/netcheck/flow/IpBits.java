package jp.mamori.netcheck.flow;

import java.math.BigInteger;
import jp.mamori.netcheck.model.Ip;

/**
 * Addresses as two longs in the 128-bit space of {@link Ip} (IPv4 mapped into ::ffff:0:0/96). Two
 * longs instead of a {@link BigInteger} keep the per-record path free of allocation.
 */
final class IpBits {
    /** The high 32 bits of the low word of an IPv4-mapped address. */
    static final long V4_MARK = 0xffffL << 32;

    private IpBits() {}

    static long v4Low(int address) {
        return V4_MARK | (address & 0xffffffffL);
    }

    static boolean isV4(long hi, long lo) {
        return hi == 0 && (lo & 0xffffffff_00000000L) == V4_MARK;
    }

    static BigInteger toBigInteger(long hi, long lo) {
        byte[] b = new byte[17];
        for (int i = 0; i < 8; i++) {
            b[1 + i] = (byte) (hi >>> (56 - 8 * i));
            b[9 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return new BigInteger(b);
    }

    static String format(long hi, long lo) {
        if (isV4(hi, lo)) {
            return formatV4((int) lo);
        }
        return Ip.format(toBigInteger(hi, lo));
    }

    static String formatV4(int a) {
        return ((a >>> 24) & 255) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }
}
