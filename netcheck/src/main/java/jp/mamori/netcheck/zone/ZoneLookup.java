package jp.mamori.netcheck.zone;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Ip;

/**
 * Finds the zone of an address by longest-prefix match (more generally: the smallest network that
 * contains it; on equal size the zone listed first). The networks are flattened once into sorted,
 * disjoint intervals covering the whole address space, so a lookup is one binary search; IPv4 has
 * its own array of {@code int}s so the per-packet path allocates nothing, and a table on the first
 * 16 bits that narrows the search to the few intervals of one /16 (none at all when the whole /16
 * lies in one interval), so the IPv4 lookup stays near-constant however many networks there are.
 */
public final class ZoneLookup {
    /** Index returned for an address in no zone. */
    public static final int NO_ZONE = -1;

    /**
     * One interval of the flattened map.
     *
     * @param first first address
     * @param last last address
     * @param zone zone index, or {@link #NO_ZONE}
     */
    public record Interval(BigInteger first, BigInteger last, int zone) {}

    private final List<Interval> intervals;
    private final BigInteger[] starts;
    private final int[] zones;
    // IPv4 fast path: interval starts as unsigned values flipped into signed order
    private final int[] v4Starts;
    private final int[] v4Zones;
    /**
     * For each /16 (the first 16 bits), the index in {@link #v4Starts} of the interval holding the
     * /16's first address; entry 65,536 is the last interval. The interval of any address of /16
     * {@code b} lies between entries {@code b} and {@code b + 1} (inclusive: the interval at
     * {@code b + 1} may start exactly at the next /16, which the search then rules out). 256 KiB,
     * read at one place per lookup.
     */
    private final int[] v4Top;

    private final int zoneCount;

    private ZoneLookup(List<Interval> intervals, int zoneCount) {
        this.intervals = List.copyOf(intervals);
        this.zoneCount = zoneCount;
        this.starts = new BigInteger[intervals.size()];
        this.zones = new int[intervals.size()];
        List<int[]> v4 = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            Interval iv = intervals.get(i);
            starts[i] = iv.first();
            zones[i] = iv.zone();
            if (iv.last().compareTo(Ip.V4_BASE) >= 0 && iv.first().compareTo(Ip.V4_LAST) <= 0) {
                long start = iv.first().max(Ip.V4_BASE).subtract(Ip.V4_BASE).longValueExact();
                v4.add(new int[] {(int) start ^ Integer.MIN_VALUE, iv.zone()});
            }
        }
        v4Starts = new int[v4.size()];
        v4Zones = new int[v4.size()];
        for (int i = 0; i < v4.size(); i++) {
            v4Starts[i] = v4.get(i)[0];
            v4Zones[i] = v4.get(i)[1];
        }
        v4Top = topIndex(v4Starts);
    }

    private static int[] topIndex(int[] starts) {
        int[] top = new int[(1 << 16) + 1];
        int j = 0;
        for (int b = 0; b < 1 << 16; b++) {
            int key = (b << 16) ^ Integer.MIN_VALUE;
            while (j + 1 < starts.length && starts[j + 1] <= key) {
                j++;
            }
            top[b] = j;
        }
        top[1 << 16] = starts.length - 1;
        return top;
    }

    /** Builds the lookup for the zones in this order (indices are positions in the list). */
    public static ZoneLookup of(List<Zone> zoneList) {
        record Net(BigInteger first, BigInteger last, BigInteger size, int zone, int order) {}
        List<Net> nets = new ArrayList<>();
        TreeSet<BigInteger> bounds = new TreeSet<>();
        bounds.add(BigInteger.ZERO);
        int order = 0;
        for (int z = 0; z < zoneList.size(); z++) {
            for (AddressSet.Range r : zoneList.get(z).networks()) {
                nets.add(new Net(r.first(), r.last(), r.last().subtract(r.first()), z, order++));
                bounds.add(r.first());
                if (r.last().compareTo(Ip.MAX) < 0) {
                    bounds.add(r.last().add(BigInteger.ONE));
                }
            }
        }
        nets.sort(Comparator.comparing(Net::first));
        PriorityQueue<Net> active =
                new PriorityQueue<>(Comparator.comparing(Net::size).thenComparingInt(Net::order));
        List<Interval> out = new ArrayList<>();
        List<BigInteger> b = new ArrayList<>(bounds);
        int next = 0;
        for (int i = 0; i < b.size(); i++) {
            BigInteger start = b.get(i);
            BigInteger end = i + 1 < b.size() ? b.get(i + 1).subtract(BigInteger.ONE) : Ip.MAX;
            while (next < nets.size() && nets.get(next).first().compareTo(start) <= 0) {
                active.add(nets.get(next++));
            }
            // the head is the smallest network; ended ones are dropped when they reach the head
            while (!active.isEmpty() && active.peek().last().compareTo(start) < 0) {
                active.poll();
            }
            int zone = active.isEmpty() ? NO_ZONE : active.peek().zone();
            if (!out.isEmpty() && out.get(out.size() - 1).zone() == zone) {
                Interval prev = out.remove(out.size() - 1);
                out.add(new Interval(prev.first(), end, zone));
            } else {
                out.add(new Interval(start, end, zone));
            }
        }
        return new ZoneLookup(out, zoneList.size());
    }

    /**
     * The zone index of an IPv4 address given as its 32 bits (e.g. {@code 0x0a0a0001} for
     * 10.10.0.1), or {@link #NO_ZONE}. Allocation-free; this is the per-packet path.
     */
    public int zoneIndexOfV4(int address) {
        int key = address ^ Integer.MIN_VALUE;
        int[] s = v4Starts;
        int block = address >>> 16;
        int lo = v4Top[block];
        int hi = v4Top[block + 1];
        // invariant: s[lo] <= key; the answer is the last start <= key within [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s[mid] <= key) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return v4Zones[lo];
    }

    /** The zone index of any address of the {@link Ip} space, or {@link #NO_ZONE}. */
    public int zoneIndexOf(BigInteger address) {
        if (address.compareTo(Ip.V4_BASE) >= 0 && address.compareTo(Ip.V4_LAST) <= 0) {
            return zoneIndexOfV4((int) address.subtract(Ip.V4_BASE).longValue());
        }
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid].compareTo(address) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return zones[lo];
    }

    /** The addresses that belong to the zone at {@code zoneIndex} after longest-prefix resolution. */
    public AddressSet addressesOf(int zoneIndex) {
        List<AddressSet.Range> ranges = new ArrayList<>();
        for (Interval iv : intervals) {
            if (iv.zone() == zoneIndex) {
                ranges.add(new AddressSet.Range(iv.first(), iv.last()));
            }
        }
        return AddressSet.fromRanges(ranges);
    }

    /** The flattened map: sorted, disjoint intervals that cover the whole address space. */
    public List<Interval> intervals() {
        return intervals;
    }

    /** The number of zones the lookup was built for. */
    public int zoneCount() {
        return zoneCount;
    }
}
