package jp.mamori.netcheck.analysis;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.TreeSet;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;

/**
 * The atomic predicates of one analysis. Every address and service boundary that occurs in the
 * rules and the zone model cuts its dimension; the pieces between cuts (atoms) are never split by
 * anything, so sets become small int interval lists over atom indices and all set algebra is
 * exact.
 *
 * <p>Services are one dimension: {@code protocol × 65536 + destination port}. A protocol without
 * ports always covers its whole block of 65536 values, so any value of the block stands for it.
 */
final class AtomSpace {
    static final int SERVICE_MAX = 256 * 65536 - 1;

    private final BigInteger[] addressStarts;
    private final int[] serviceStarts;

    private AtomSpace(BigInteger[] addressStarts, int[] serviceStarts) {
        this.addressStarts = addressStarts;
        this.serviceStarts = serviceStarts;
    }

    /** Collects cuts, then {@link #build()}. */
    static final class Builder {
        private final TreeSet<BigInteger> addressCuts = new TreeSet<>();
        private final TreeSet<Integer> serviceCuts = new TreeSet<>();

        Builder() {
            addressCuts.add(BigInteger.ZERO);
            // keep the IPv4 block apart so examples can prefer IPv4 addresses
            addressCuts.add(Ip.V4_BASE);
            addressCuts.add(Ip.V4_LAST.add(BigInteger.ONE));
            serviceCuts.add(0);
            for (int p : new int[] {Service.ICMP, Service.TCP, Service.UDP}) {
                serviceCuts.add(p << 16);
                serviceCuts.add((p << 16) | 1);
                serviceCuts.add((p + 1) << 16);
            }
        }

        Builder addresses(AddressSet set) {
            for (AddressSet.Range r : set.ranges()) {
                addressCuts.add(r.first());
                if (r.last().compareTo(Ip.MAX) < 0) {
                    addressCuts.add(r.last().add(BigInteger.ONE));
                }
            }
            return this;
        }

        Builder address(BigInteger first, BigInteger last) {
            addressCuts.add(first);
            if (last.compareTo(Ip.MAX) < 0) {
                addressCuts.add(last.add(BigInteger.ONE));
            }
            return this;
        }

        Builder services(ServiceSet set) {
            for (Service s : set.services()) {
                int[] r = encode(s);
                serviceCuts.add(r[0]);
                if (r[1] < SERVICE_MAX) {
                    serviceCuts.add(r[1] + 1);
                }
            }
            return this;
        }

        AtomSpace build() {
            int[] svc = new int[serviceCuts.size()];
            int i = 0;
            for (int c : serviceCuts) {
                svc[i++] = c;
            }
            return new AtomSpace(addressCuts.toArray(BigInteger[]::new), svc);
        }
    }

    static int[] encode(Service s) {
        if (s.protocol() == Service.ANY_PROTOCOL) {
            return new int[] {0, SERVICE_MAX};
        }
        int base = s.protocol() << 16;
        return new int[] {base + s.portFrom(), base + s.portTo()};
    }

    int addressAtomCount() {
        return addressStarts.length;
    }

    int serviceAtomCount() {
        return serviceStarts.length;
    }

    IntRanges allAddresses() {
        return IntRanges.of(0, addressStarts.length - 1);
    }

    IntRanges allServices() {
        return IntRanges.of(0, serviceStarts.length - 1);
    }

    /** The atom holding an address (the last atom starting at or below it). */
    int addressAtom(BigInteger address) {
        int k = Arrays.binarySearch(addressStarts, address);
        return k >= 0 ? k : -k - 2;
    }

    int serviceAtom(int value) {
        int k = Arrays.binarySearch(serviceStarts, value);
        return k >= 0 ? k : -k - 2;
    }

    /** The atoms of an address range; exact because both ends are cuts. */
    int[] addressAtoms(BigInteger first, BigInteger last) {
        return new int[] {addressAtom(first), addressAtom(last)};
    }

    IntRanges addresses(AddressSet set) {
        int n = set.ranges().size();
        int[] pairs = new int[2 * n];
        for (int i = 0; i < n; i++) {
            AddressSet.Range r = set.ranges().get(i);
            pairs[2 * i] = addressAtom(r.first());
            pairs[2 * i + 1] = addressAtom(r.last());
        }
        return IntRanges.fromPairs(pairs, n);
    }

    IntRanges services(ServiceSet set) {
        int n = set.services().size();
        int[] pairs = new int[2 * n];
        for (int i = 0; i < n; i++) {
            int[] r = encode(set.services().get(i));
            pairs[2 * i] = serviceAtom(r[0]);
            pairs[2 * i + 1] = serviceAtom(r[1]);
        }
        return IntRanges.fromPairs(pairs, n);
    }

    /**
     * One address of the set for an example: IPv4 if there is one, and the second address of the
     * first run when the run has more than two (the first is usually a network address).
     */
    BigInteger pickAddress(IntRanges atoms) {
        int v4First = addressAtom(Ip.V4_BASE);
        int v4Last = addressAtom(Ip.V4_LAST);
        IntRanges v4 = atoms.intersect(IntRanges.of(v4First, v4Last));
        IntRanges chosen = v4.isEmpty() ? atoms : v4;
        BigInteger start = addressStarts[chosen.lo(0)];
        int lastAtom = chosen.hi(0);
        BigInteger end =
                lastAtom + 1 < addressStarts.length ? addressStarts[lastAtom + 1].subtract(BigInteger.ONE) : Ip.MAX;
        return end.subtract(start).compareTo(BigInteger.ONE) > 0 ? start.add(BigInteger.ONE) : start;
    }

    /** Roughly how many addresses the atoms hold (a double: only for ordering by size). */
    double addressWeight(IntRanges atoms) {
        double w = 0;
        for (int i = 0; i < atoms.intervalCount(); i++) {
            BigInteger start = addressStarts[atoms.lo(i)];
            BigInteger end = atoms.hi(i) + 1 < addressStarts.length ? addressStarts[atoms.hi(i) + 1] : Ip.MAX;
            w += end.subtract(start).doubleValue();
        }
        return w;
    }

    /** How many service values the atoms hold (a double: only for ordering by size). */
    double serviceWeight(IntRanges atoms) {
        double w = 0;
        for (int i = 0; i < atoms.intervalCount(); i++) {
            int end = atoms.hi(i) + 1 < serviceStarts.length ? serviceStarts[atoms.hi(i) + 1] : SERVICE_MAX + 1;
            w += end - serviceStarts[atoms.lo(i)];
        }
        return w;
    }

    /** One service value of the set for an example: tcp, then udp, then icmp, then anything. */
    int pickService(IntRanges atoms) {
        for (int p : new int[] {Service.TCP, Service.UDP}) {
            IntRanges withPort =
                    atoms.intersect(IntRanges.of(serviceAtom((p << 16) | 1), serviceAtom((p << 16) | 65535)));
            if (!withPort.isEmpty()) {
                return serviceStarts[withPort.min()];
            }
            IntRanges zero = atoms.intersect(IntRanges.of(serviceAtom(p << 16), serviceAtom(p << 16)));
            if (!zero.isEmpty()) {
                return p << 16;
            }
        }
        IntRanges icmp = atoms.intersect(
                IntRanges.of(serviceAtom(Service.ICMP << 16), serviceAtom((Service.ICMP << 16) | 65535)));
        return serviceStarts[(icmp.isEmpty() ? atoms : icmp).min()];
    }
}
