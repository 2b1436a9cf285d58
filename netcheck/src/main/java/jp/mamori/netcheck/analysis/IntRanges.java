package jp.mamori.netcheck.analysis;

import java.util.Arrays;

/**
 * An immutable set of non-negative ints kept as sorted, disjoint, non-adjacent closed intervals in
 * one array ({@code lo0, hi0, lo1, hi1, …}). The analysis works on atom indices, so every set
 * operation is a merge over a few ints.
 */
final class IntRanges {
    static final IntRanges EMPTY = new IntRanges(new int[0]);

    private final int[] b;

    private IntRanges(int[] bounds) {
        this.b = bounds;
    }

    static IntRanges of(int lo, int hi) {
        return lo > hi ? EMPTY : new IntRanges(new int[] {lo, hi});
    }

    /** Builds from intervals in any order, overlapping or not ({@code lo, hi} pairs). */
    static IntRanges fromPairs(int[] pairs, int count) {
        if (count == 0) {
            return EMPTY;
        }
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = ((long) pairs[2 * i] << 32) | (pairs[2 * i + 1] & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] out = new int[2 * count];
        int n = 0;
        for (long p : packed) {
            int lo = (int) (p >>> 32);
            int hi = (int) p;
            if (lo > hi) {
                continue;
            }
            if (n > 0 && lo <= out[n - 1] + 1) {
                out[n - 1] = Math.max(out[n - 1], hi);
            } else {
                out[n++] = lo;
                out[n++] = hi;
            }
        }
        return new IntRanges(Arrays.copyOf(out, n));
    }

    boolean isEmpty() {
        return b.length == 0;
    }

    int min() {
        return b[0];
    }

    int max() {
        return b[b.length - 1];
    }

    int intervalCount() {
        return b.length / 2;
    }

    int lo(int i) {
        return b[2 * i];
    }

    int hi(int i) {
        return b[2 * i + 1];
    }

    boolean contains(int v) {
        int lo = 0;
        int hi = b.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (v < b[2 * mid]) {
                hi = mid - 1;
            } else if (v > b[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    boolean intersects(IntRanges o) {
        if (b.length == 0 || o.b.length == 0 || b[b.length - 1] < o.b[0] || o.b[o.b.length - 1] < b[0]) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < b.length && j < o.b.length) {
            if (b[i + 1] < o.b[j]) {
                i += 2;
            } else if (o.b[j + 1] < b[i]) {
                j += 2;
            } else {
                return true;
            }
        }
        return false;
    }

    IntRanges intersect(IntRanges o) {
        if (this == o) {
            return this;
        }
        int[] out = new int[b.length + o.b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < b.length && j < o.b.length) {
            int lo = Math.max(b[i], o.b[j]);
            int hi = Math.min(b[i + 1], o.b[j + 1]);
            if (lo <= hi) {
                out[n++] = lo;
                out[n++] = hi;
            }
            if (b[i + 1] < o.b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return n == 0
                ? EMPTY
                : n == b.length && Arrays.equals(out, 0, n, b, 0, n) ? this : new IntRanges(Arrays.copyOf(out, n));
    }

    IntRanges minus(IntRanges o) {
        if (o.b.length == 0 || b.length == 0) {
            return this;
        }
        int[] out = new int[b.length + o.b.length];
        int n = 0;
        int j = 0;
        for (int i = 0; i < b.length; i += 2) {
            int lo = b[i];
            int hi = b[i + 1];
            while (j < o.b.length && o.b[j + 1] < lo) {
                j += 2;
            }
            int cur = lo;
            for (int k = j; k < o.b.length && o.b[k] <= hi; k += 2) {
                if (o.b[k] > cur) {
                    out[n++] = cur;
                    out[n++] = o.b[k] - 1;
                }
                cur = Math.max(cur, o.b[k + 1] + 1);
                if (cur > hi) {
                    break;
                }
            }
            if (cur <= hi) {
                out[n++] = cur;
                out[n++] = hi;
            }
        }
        return n == 0 ? EMPTY : new IntRanges(Arrays.copyOf(out, n));
    }

    IntRanges union(IntRanges o) {
        int[] pairs = new int[b.length + o.b.length];
        System.arraycopy(b, 0, pairs, 0, b.length);
        System.arraycopy(o.b, 0, pairs, b.length, o.b.length);
        return fromPairs(pairs, pairs.length / 2);
    }

    boolean containsAll(IntRanges o) {
        return o.minus(this).isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntRanges r && Arrays.equals(r.b, b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(b);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < b.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append(b[i]).append('-').append(b[i + 1]);
        }
        return sb.append('}').toString();
    }
}
