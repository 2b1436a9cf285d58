package jp.mamori.netcheck.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable set of IP addresses (IPv4 and IPv6 in the space of {@link Ip}), kept as sorted,
 * disjoint, non-adjacent ranges.
 */
public final class AddressSet {
    /** One closed range of addresses. */
    public record Range(BigInteger first, BigInteger last) {
        public Range {
            if (first.compareTo(last) > 0) {
                throw new IllegalArgumentException("範囲の始点が終点より後です: " + first + " > " + last);
            }
        }

        public boolean contains(BigInteger address) {
            return first.compareTo(address) <= 0 && address.compareTo(last) <= 0;
        }

        @Override
        public String toString() {
            return first.equals(last) ? Ip.format(first) : Ip.format(first) + "-" + Ip.format(last);
        }
    }

    public static final AddressSet EMPTY = new AddressSet(List.of());
    /** Every IPv4 and IPv6 address. */
    public static final AddressSet ANY = new AddressSet(List.of(new Range(BigInteger.ZERO, Ip.MAX)));
    /** Every IPv4 address. */
    public static final AddressSet ANY_V4 = new AddressSet(List.of(new Range(Ip.V4_BASE, Ip.V4_LAST)));

    private final List<Range> ranges;

    private AddressSet(List<Range> normalised) {
        this.ranges = List.copyOf(normalised);
    }

    /**
     * Parses address specifications: {@code any}, {@code 10.0.0.0/8}, {@code 10.0.0.1},
     * {@code 10.0.0.1-10.0.0.9}, {@code 10.0.0.0 255.0.0.0} (address and mask) and the IPv6 forms.
     */
    public static AddressSet of(String... specs) {
        List<Range> out = new ArrayList<>();
        for (String spec : specs) {
            out.add(parseRange(spec));
        }
        return fromRanges(out);
    }

    /** Builds a set from ranges in any order, overlapping or not. */
    public static AddressSet fromRanges(List<Range> input) {
        if (input.isEmpty()) {
            return EMPTY;
        }
        List<Range> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(Range::first));
        List<Range> merged = new ArrayList<>();
        Range cur = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Range r = sorted.get(i);
            if (r.first().compareTo(cur.last().add(BigInteger.ONE)) <= 0) {
                if (r.last().compareTo(cur.last()) > 0) {
                    cur = new Range(cur.first(), r.last());
                }
            } else {
                merged.add(cur);
                cur = r;
            }
        }
        merged.add(cur);
        return new AddressSet(merged);
    }

    /** Parses one range specification (see {@link #of(String...)}). */
    public static Range parseRange(String spec) {
        String s = spec.trim();
        if (s.equalsIgnoreCase("any") || s.equals("*") || s.equalsIgnoreCase("all")) {
            return new Range(BigInteger.ZERO, Ip.MAX);
        }
        if (s.equalsIgnoreCase("any4")) {
            return new Range(Ip.V4_BASE, Ip.V4_LAST);
        }
        if (s.equalsIgnoreCase("any6")) {
            return new Range(BigInteger.ZERO, Ip.V4_BASE.subtract(BigInteger.ONE));
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            BigInteger base = Ip.parse(s.substring(0, slash));
            String lenText = s.substring(slash + 1).trim();
            boolean v6 = Ip.isV6Text(s.substring(0, slash));
            int len;
            if (!v6 && lenText.contains(".")) {
                len = maskLength(Ip.parseV4(lenText), s);
            } else {
                try {
                    len = Integer.parseInt(lenText);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("プレフィックス長が不正です: " + s, e);
                }
            }
            return prefix(base, len, v6, s);
        }
        String[] words = s.split("\\s+");
        if (words.length == 2 && !Ip.isV6Text(words[0])) {
            return prefix(Ip.parse(words[0]), maskLength(Ip.parseV4(words[1]), s), false, s);
        }
        int dash = s.indexOf('-');
        if (dash > 0) {
            BigInteger a = Ip.parse(s.substring(0, dash));
            BigInteger b = Ip.parse(s.substring(dash + 1));
            if (a.compareTo(b) > 0) {
                throw new IllegalArgumentException("範囲の始点が終点より後です: " + s);
            }
            return new Range(a, b);
        }
        BigInteger a = Ip.parse(s);
        return new Range(a, a);
    }

    private static int maskLength(long mask, String spec) {
        int len = Long.numberOfLeadingZeros(~mask & 0xffffffffL) - 32;
        long expected = len == 0 ? 0 : (0xffffffffL << (32 - len)) & 0xffffffffL;
        if (mask != expected) {
            throw new IllegalArgumentException("サブネットマスクが連続していません: " + spec);
        }
        return len;
    }

    private static Range prefix(BigInteger base, int len, boolean v6, String spec) {
        int max = v6 ? 128 : 32;
        if (len < 0 || len > max) {
            throw new IllegalArgumentException("プレフィックス長が不正です: " + spec);
        }
        int hostBits = max - len;
        BigInteger size = BigInteger.ONE.shiftLeft(hostBits);
        BigInteger first = base.shiftRight(hostBits).shiftLeft(hostBits);
        if (!v6) {
            // keep the IPv4-mapped prefix bits intact
            first = Ip.V4_BASE.add(
                    base.subtract(Ip.V4_BASE).shiftRight(hostBits).shiftLeft(hostBits));
        }
        return new Range(first, first.add(size).subtract(BigInteger.ONE));
    }

    public List<Range> ranges() {
        return ranges;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean isAny() {
        return equals(ANY);
    }

    public boolean contains(BigInteger address) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Range r = ranges.get(mid);
            if (address.compareTo(r.first()) < 0) {
                hi = mid - 1;
            } else if (address.compareTo(r.last()) > 0) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    public AddressSet union(AddressSet other) {
        List<Range> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return fromRanges(all);
    }

    public AddressSet intersect(AddressSet other) {
        List<Range> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < ranges.size() && j < other.ranges.size()) {
            Range a = ranges.get(i);
            Range b = other.ranges.get(j);
            BigInteger first = a.first().max(b.first());
            BigInteger last = a.last().min(b.last());
            if (first.compareTo(last) <= 0) {
                out.add(new Range(first, last));
            }
            if (a.last().compareTo(b.last()) < 0) {
                i++;
            } else {
                j++;
            }
        }
        return new AddressSet(out);
    }

    /** Every address of the whole space that is not in this set. */
    public AddressSet complement() {
        List<Range> out = new ArrayList<>();
        BigInteger next = BigInteger.ZERO;
        for (Range r : ranges) {
            if (r.first().compareTo(next) > 0) {
                out.add(new Range(next, r.first().subtract(BigInteger.ONE)));
            }
            next = r.last().add(BigInteger.ONE);
        }
        if (next.compareTo(Ip.MAX) <= 0) {
            out.add(new Range(next, Ip.MAX));
        }
        return new AddressSet(out);
    }

    public AddressSet minus(AddressSet other) {
        return intersect(other.complement());
    }

    public boolean containsAll(AddressSet other) {
        return other.minus(this).isEmpty();
    }

    /** The lowest address in the set, if any: a concrete example for findings. */
    public Optional<BigInteger> first() {
        return ranges.isEmpty() ? Optional.empty() : Optional.of(ranges.get(0).first());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressSet a && a.ranges.equals(ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    @Override
    public String toString() {
        if (isAny()) {
            return "any";
        }
        return ranges.toString();
    }
}
