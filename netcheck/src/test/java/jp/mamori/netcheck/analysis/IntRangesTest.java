package jp.mamori.netcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntRangesTest {
    static IntRanges random(Random r, BitSet bits) {
        int n = r.nextInt(5);
        int[] pairs = new int[2 * n];
        for (int i = 0; i < n; i++) {
            int lo = r.nextInt(64);
            int hi = lo + r.nextInt(12);
            pairs[2 * i] = lo;
            pairs[2 * i + 1] = hi;
            bits.set(lo, hi + 1);
        }
        return IntRanges.fromPairs(pairs, n);
    }

    static BitSet bitsOf(IntRanges r) {
        BitSet b = new BitSet();
        for (int i = 0; i < r.intervalCount(); i++) {
            assertThat(r.lo(i)).isLessThanOrEqualTo(r.hi(i));
            if (i > 0) {
                assertThat(r.lo(i)).as("disjoint and not adjacent").isGreaterThan(r.hi(i - 1) + 1);
            }
            b.set(r.lo(i), r.hi(i) + 1);
        }
        return b;
    }

    @Test
    void setOperationsAgreeWithBitSets() {
        Random r = new Random(3);
        for (int round = 0; round < 5000; round++) {
            BitSet a = new BitSet();
            BitSet b = new BitSet();
            IntRanges x = random(r, a);
            IntRanges y = random(r, b);
            assertThat(bitsOf(x)).isEqualTo(a);
            BitSet and = (BitSet) a.clone();
            and.and(b);
            BitSet or = (BitSet) a.clone();
            or.or(b);
            BitSet minus = (BitSet) a.clone();
            minus.andNot(b);
            assertThat(bitsOf(x.intersect(y))).isEqualTo(and);
            assertThat(bitsOf(x.union(y))).isEqualTo(or);
            assertThat(bitsOf(x.minus(y))).isEqualTo(minus);
            assertThat(x.intersects(y)).isEqualTo(!and.isEmpty());
            assertThat(x.containsAll(y)).isEqualTo(minus(b, a).isEmpty());
            int probe = r.nextInt(80);
            assertThat(x.contains(probe)).isEqualTo(a.get(probe));
        }
    }

    static BitSet minus(BitSet a, BitSet b) {
        BitSet m = (BitSet) a.clone();
        m.andNot(b);
        return m;
    }

    @Test
    void aCubeMinusACubeLeavesDisjointPiecesCoveringExactlyTheDifference() {
        Random r = new Random(5);
        for (int round = 0; round < 2000; round++) {
            BitSet[] a = {new BitSet(), new BitSet(), new BitSet()};
            BitSet[] b = {new BitSet(), new BitSet(), new BitSet()};
            Cube x = new Cube(random(r, a[0]), random(r, a[1]), random(r, a[2]));
            Cube y = new Cube(random(r, b[0]), random(r, b[1]), random(r, b[2]));
            java.util.List<Cube> out = new java.util.ArrayList<>();
            x.subtractInto(y, out);
            for (int probe = 0; probe < 200; probe++) {
                int s = r.nextInt(80);
                int d = r.nextInt(80);
                int v = r.nextInt(80);
                boolean inX = a[0].get(s) && a[1].get(d) && a[2].get(v);
                boolean inY = b[0].get(s) && b[1].get(d) && b[2].get(v);
                long hits = out.stream()
                        .filter(c -> c.src().contains(s)
                                && c.dst().contains(d)
                                && c.svc().contains(v))
                        .count();
                assertThat(hits).isEqualTo(inX && !inY ? 1 : 0);
            }
        }
    }
}
