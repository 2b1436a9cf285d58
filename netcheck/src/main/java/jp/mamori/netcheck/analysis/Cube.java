package jp.mamori.netcheck.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A product of atom sets: source × destination × service. A rule's match is one cube; what it
 * really matches after the rules above it is a list of disjoint cubes.
 */
record Cube(IntRanges src, IntRanges dst, IntRanges svc) {
    boolean isEmpty() {
        return src.isEmpty() || dst.isEmpty() || svc.isEmpty();
    }

    boolean intersects(Cube o) {
        return src.intersects(o.src) && dst.intersects(o.dst) && svc.intersects(o.svc);
    }

    Cube intersect(Cube o) {
        return new Cube(src.intersect(o.src), dst.intersect(o.dst), svc.intersect(o.svc));
    }

    boolean containsAll(Cube o) {
        return src.containsAll(o.src) && dst.containsAll(o.dst) && svc.containsAll(o.svc);
    }

    /** Adds this minus {@code o} to {@code out} as at most three disjoint cubes. */
    void subtractInto(Cube o, List<Cube> out) {
        if (!intersects(o)) {
            out.add(this);
            return;
        }
        IntRanges s = src.minus(o.src);
        if (!s.isEmpty()) {
            out.add(new Cube(s, dst, svc));
        }
        IntRanges si = src.intersect(o.src);
        IntRanges d = dst.minus(o.dst);
        if (!d.isEmpty()) {
            out.add(new Cube(si, d, svc));
        }
        IntRanges v = svc.minus(o.svc);
        if (!v.isEmpty()) {
            out.add(new Cube(si, dst.intersect(o.dst), v));
        }
    }

    /** {@code region} minus {@code o}; the region's cubes stay disjoint. */
    static List<Cube> subtract(List<Cube> region, Cube o) {
        List<Cube> out = new ArrayList<>(region.size() + 2);
        for (Cube c : region) {
            c.subtractInto(o, out);
        }
        return out;
    }
}
