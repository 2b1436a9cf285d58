package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ServiceSet;

/**
 * The packets one iptables rule matches: a product of addresses, services and interfaces (an
 * empty interface list means any). Flattening user chains intersects boxes and, after a RETURN,
 * subtracts them.
 */
record PacketBox(
        AddressSet src, AddressSet dst, ServiceSet services, List<String> in, List<String> out, boolean loose) {
    static final PacketBox ANY = new PacketBox(AddressSet.ANY, AddressSet.ANY, ServiceSet.ANY, List.of(), List.of());

    PacketBox {
        in = List.copyOf(in);
        out = List.copyOf(out);
    }

    /** A box known exactly ({@code loose} false). */
    PacketBox(AddressSet src, AddressSet dst, ServiceSet services, List<String> in, List<String> out) {
        this(src, dst, services, in, out, false);
    }

    boolean isEmpty() {
        return src.isEmpty() || dst.isEmpty() || services.isEmpty();
    }

    /** The packets in both boxes, or empty when the interfaces cannot meet. */
    Optional<PacketBox> and(PacketBox o) {
        Optional<List<String>> i = Interfaces.and(in, o.in);
        Optional<List<String>> e = Interfaces.and(out, o.out);
        if (i.isEmpty() || e.isEmpty()) {
            return Optional.empty();
        }
        PacketBox b = new PacketBox(
                src.intersect(o.src),
                dst.intersect(o.dst),
                services.intersect(o.services),
                i.get(),
                e.get(),
                loose || o.loose);
        return b.isEmpty() ? Optional.empty() : Optional.of(b);
    }

    /**
     * This box without the packets of {@code o}, as disjoint boxes. Where an interface condition of
     * {@code o} cannot be subtracted (this box allows any interface, or a wildcard only partly
     * covered), the packets of both boxes are kept but marked {@link #loose()}: some of them may
     * have left with {@code o}. A caller must let a loose box widen permits only, never denies, and
     * {@code inexact} is set so it can report it.
     */
    List<PacketBox> minus(PacketBox o, boolean[] inexact) {
        if (and(o).isEmpty()) {
            return List.of(this);
        }
        List<PacketBox> pieces = new ArrayList<>();
        add(pieces, new PacketBox(src.minus(o.src), dst, services, in, out, loose));
        AddressSet s = src.intersect(o.src);
        add(pieces, new PacketBox(s, dst.minus(o.dst), services, in, out, loose));
        AddressSet d = dst.intersect(o.dst);
        add(pieces, new PacketBox(s, d, services.intersect(o.services.complement()), in, out, loose));
        ServiceSet v = services.intersect(o.services);
        boolean[] unsure = {false};
        List<String> inRest = Interfaces.minus(in, o.in, unsure);
        if (unsure[0]) {
            inexact[0] = true;
            add(pieces, new PacketBox(s, d, v, in, out, true));
            return pieces;
        }
        if (!inRest.isEmpty()) {
            add(pieces, new PacketBox(s, d, v, inRest, out, loose));
        }
        List<String> inBoth = Interfaces.and(in, o.in).orElse(List.of());
        List<String> outRest = Interfaces.minus(out, o.out, unsure);
        if (unsure[0]) {
            inexact[0] = true;
            add(pieces, new PacketBox(s, d, v, inBoth.isEmpty() ? in : inBoth, out, true));
            return pieces;
        }
        if (!outRest.isEmpty()) {
            add(pieces, new PacketBox(s, d, v, inBoth.isEmpty() ? in : inBoth, outRest, loose));
        }
        return pieces;
    }

    private static void add(List<PacketBox> pieces, PacketBox b) {
        if (!b.isEmpty()) {
            pieces.add(b);
        }
    }

    /** Interface name lists where empty means any and a trailing {@code +} is a prefix wildcard. */
    static final class Interfaces {
        private Interfaces() {}

        static Optional<List<String>> and(List<String> a, List<String> b) {
            if (a.isEmpty()) {
                return Optional.of(b);
            }
            if (b.isEmpty()) {
                return Optional.of(a);
            }
            List<String> out = new ArrayList<>();
            for (String x : a) {
                for (String y : b) {
                    if (covers(x, y)) {
                        out.add(y);
                    } else if (covers(y, x)) {
                        out.add(x);
                    }
                }
            }
            return out.isEmpty()
                    ? Optional.empty()
                    : Optional.of(out.stream().distinct().toList());
        }

        /** Names of {@code a} not covered by {@code b}; empty result means nothing is left. */
        static List<String> minus(List<String> a, List<String> b, boolean[] inexact) {
            if (b.isEmpty()) {
                return List.of();
            }
            if (a.isEmpty()) {
                // "any interface but these" has no list form
                inexact[0] = true;
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String x : a) {
                boolean covered = b.stream().anyMatch(y -> covers(y, x));
                boolean partly = b.stream().anyMatch(y -> covers(x, y));
                if (!covered) {
                    out.add(x);
                    if (partly) {
                        inexact[0] = true;
                    }
                }
            }
            return out;
        }

        /** True when pattern {@code p} matches every name {@code q} matches. */
        static boolean covers(String p, String q) {
            if (p.endsWith("+")) {
                String prefix = p.substring(0, p.length() - 1);
                return q.startsWith(prefix);
            }
            return p.equals(q);
        }
    }
}
