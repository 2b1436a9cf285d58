package jp.mamori.netcheck.flow;

import java.util.Arrays;

/**
 * Turns the few distinct device names and rule ids of a log into shared Strings without
 * allocating one per line: a small direct-mapped cache keyed by the bytes.
 */
final class NameCache {
    private static final int SIZE = 1024;
    private final byte[][] keys = new byte[SIZE][];
    private final String[] values = new String[SIZE];

    String get(byte[] b, int s, int e) {
        int h = 1;
        for (int i = s; i < e; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 16)) & (SIZE - 1);
        byte[] k = keys[slot];
        if (k != null && Arrays.equals(k, 0, k.length, b, s, e)) {
            return values[slot];
        }
        String v = ByteText.string(b, s, e);
        keys[slot] = Arrays.copyOfRange(b, s, e);
        values[slot] = v;
        return v;
    }
}
