package jp.mamori.netcheck.analysis;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.zone.Access;
import jp.mamori.netcheck.zone.Exemption;
import jp.mamori.netcheck.zone.PolicyCell;
import jp.mamori.netcheck.zone.Relay;
import jp.mamori.netcheck.zone.Severity;
import jp.mamori.netcheck.zone.Verdict;
import jp.mamori.netcheck.zone.Zone;
import jp.mamori.netcheck.zone.ZoneLookup;
import jp.mamori.netcheck.zone.ZoneModel;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of one filter (rule set) under first-match semantics.
 *
 * <p>Each rule is a cube over the atoms of this filter. Its effective region is its cube minus the
 * cubes of every enabled rule above it, whatever their action: a packet reaching a rule has
 * matched nothing earlier. A PERMIT rule's effective region is intersected with the forbidden
 * region of each zone pair (the pair's zones × the services the cell forbids, minus relay traffic
 * and valid exceptions); anything left is a violation, and its lowest corner is the example.
 * RETURN rules are treated as "leaves this filter without being permitted here": importers flatten
 * user chains, so a RETURN left in a filter only hides packets from the rules below it.
 */
final class FilterAnalysis {
    private final ZoneModel model;
    private final Messages msg;
    private final RuleSet set;
    private final List<Rule> rules;
    private final AtomSpace atoms;
    private final Cube[] cubes;
    private final int[] box;
    // rule indices, largest match first: covering rules are tried first, so covered parts die young
    private final int[] byVolume;
    // the position of each rule in byVolume
    private final int[] volumeRank;
    private final IntRanges[] zoneAtoms;
    private final List<List<List<Cube>>> forbidden;
    private final int zoneCount;

    FilterAnalysis(ZoneModel model, Messages msg, RuleSet set) {
        this.model = model;
        this.msg = msg;
        this.set = set;
        this.rules = limitToInterfaceZones(model, set.rules(), set.defaultAction());
        this.zoneCount = model.zones().size();

        AtomSpace.Builder b = new AtomSpace.Builder();
        for (Rule r : rules) {
            if (r.enabled()) {
                b.addresses(r.sources()).addresses(r.destinations()).services(r.services());
            }
        }
        for (ZoneLookup.Interval iv : model.lookup().intervals()) {
            b.address(iv.first(), iv.last());
        }
        for (Relay r : model.relays()) {
            b.addresses(r.addresses()).services(r.services());
        }
        for (Exemption x : model.activeExemptions()) {
            b.addresses(x.from()).addresses(x.to()).services(x.services());
        }
        for (PolicyCell c : model.policy()) {
            if (c.access() instanceof Access.AllowOnly o) {
                b.services(o.services());
            }
        }
        this.atoms = b.build();

        cubes = new Cube[rules.size()];
        box = new int[rules.size() * 6];
        // rules that match nothing get an inverted box, so the overlap test alone rejects them
        for (int i = 0; i < rules.size(); i++) {
            for (int d = 0; d < 6; d += 2) {
                box[6 * i + d] = Integer.MAX_VALUE;
                box[6 * i + d + 1] = -1;
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (!r.enabled()) {
                continue;
            }
            Cube c = new Cube(
                    atoms.addresses(r.sources()), atoms.addresses(r.destinations()), atoms.services(r.services()));
            cubes[i] = c;
            if (!c.isEmpty()) {
                box[6 * i] = c.src().min();
                box[6 * i + 1] = c.src().max();
                box[6 * i + 2] = c.dst().min();
                box[6 * i + 3] = c.dst().max();
                box[6 * i + 4] = c.svc().min();
                box[6 * i + 5] = c.svc().max();
            }
        }
        double[] volume = new double[rules.size()];
        Integer[] order = new Integer[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            order[i] = i;
            Cube c = cubes[i];
            volume[i] = c == null || c.isEmpty()
                    ? 0
                    : atoms.addressWeight(c.src()) * atoms.addressWeight(c.dst()) * atoms.serviceWeight(c.svc());
        }
        Arrays.sort(order, (x, y) -> Double.compare(volume[y], volume[x]));
        byVolume = new int[rules.size()];
        volumeRank = new int[rules.size()];
        for (int i = 0; i < order.length; i++) {
            byVolume[i] = order[i];
            volumeRank[order[i]] = i;
        }
        zoneAtoms = new IntRanges[zoneCount];
        int[][] pairs = new int[zoneCount][];
        int[] counts = new int[zoneCount];
        for (int z = 0; z < zoneCount; z++) {
            pairs[z] = new int[8];
        }
        for (ZoneLookup.Interval iv : model.lookup().intervals()) {
            int z = iv.zone();
            if (z < 0) {
                continue;
            }
            if (2 * counts[z] + 2 > pairs[z].length) {
                pairs[z] = Arrays.copyOf(pairs[z], pairs[z].length * 2);
            }
            pairs[z][2 * counts[z]] = atoms.addressAtom(iv.first());
            pairs[z][2 * counts[z] + 1] = atoms.addressAtom(iv.last());
            counts[z]++;
        }
        for (int z = 0; z < zoneCount; z++) {
            zoneAtoms[z] = IntRanges.fromPairs(pairs[z], counts[z]);
        }
        forbidden = new ArrayList<>();
        for (int f = 0; f < zoneCount; f++) {
            List<List<Cube>> row = new ArrayList<>();
            for (int t = 0; t < zoneCount; t++) {
                row.add(f == t ? List.of() : forbiddenRegion(f, t));
            }
            forbidden.add(row);
        }
    }

    /**
     * Reads each rule's interface (or vendor zone) conditions through the zone file's {@code
     * interfaces:} map, never making the filter stricter than the device:
     *
     * <ul>
     *   <li>a side naming only mapped interfaces is limited to the networks of their zones;
     *   <li>a <b>permit</b> naming an unmapped interface on a side is not limited there (its traffic
     *       may belong to any zone);
     *   <li>a <b>deny</b> (or RETURN) naming an unmapped interface on a side matches only the
     *       networks of its mapped names there, nothing when it has none (then it is left out of the
     *       analysis), so it cannot hide a permit below that sees other interfaces. Where every
     *       permit below names on that side only interfaces the deny names too (and the default
     *       action denies), the condition holds for all of them alike and the deny is not limited.
     * </ul>
     */
    static List<Rule> limitToInterfaceZones(ZoneModel model, List<Rule> input, Action defaultAction) {
        int n = input.size();
        boolean named = false;
        for (Rule r : input) {
            if (!r.sourceInterfaces().isEmpty() || !r.destinationInterfaces().isEmpty()) {
                named = true;
                break;
            }
        }
        if (!named) {
            return input;
        }
        // from the bottom up: may a deny's unmapped interface condition be ignored on a side?
        boolean[] sameIn = new boolean[n];
        boolean[] sameOut = new boolean[n];
        PermitsBelow in = new PermitsBelow(defaultAction == Action.PERMIT);
        PermitsBelow out = new PermitsBelow(defaultAction == Action.PERMIT);
        for (int i = n - 1; i >= 0; i--) {
            Rule r = input.get(i);
            if (!r.enabled()) {
                continue;
            }
            if (r.action() == Action.PERMIT) {
                in.add(r.sourceInterfaces());
                out.add(r.destinationInterfaces());
            } else {
                sameIn[i] = in.allWithin(r.sourceInterfaces());
                sameOut[i] = out.allWithin(r.destinationInterfaces());
            }
        }
        Map<String, AddressSet> zoneNets = new HashMap<>();
        List<Rule> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Rule r = input.get(i);
            boolean permit = r.action() == Action.PERMIT;
            Side src = side(model, r.device(), r.sourceInterfaces(), zoneNets);
            Side dst = side(model, r.device(), r.destinationInterfaces(), zoneNets);
            AddressSet srcLimit = src.limit(permit, sameIn[i]);
            AddressSet dstLimit = dst.limit(permit, sameOut[i]);
            if (srcLimit == null && dstLimit == null) {
                result.add(r);
                continue;
            }
            if (src.setAside(permit, sameIn[i]) || dst.setAside(permit, sameOut[i])) {
                // a deny on interfaces the zone file does not map: it decides nothing we can place
                result.add(r.withEnabled(false));
                continue;
            }
            result.add(r.withAddresses(
                    srcLimit == null ? r.sources() : r.sources().intersect(srcLimit),
                    dstLimit == null ? r.destinations() : r.destinations().intersect(dstLimit)));
        }
        return result;
    }

    /** The interface names permits below a rule use on one side. */
    private static final class PermitsBelow {
        private final java.util.Set<String> names = new java.util.HashSet<>();
        private boolean any;

        PermitsBelow(boolean defaultPermits) {
            this.any = defaultPermits;
        }

        void add(List<String> side) {
            if (side.isEmpty()) {
                any = true;
            } else {
                names.addAll(side);
            }
        }

        /** True when every packet a permit below takes arrives on one of {@code side}'s interfaces. */
        boolean allWithin(List<String> side) {
            if (side.isEmpty()) {
                return true;
            }
            if (any) {
                return false;
            }
            for (String name : names) {
                if (side.stream().noneMatch(d -> covers(d, name))) {
                    return false;
                }
            }
            return true;
        }

        // iptables writes "eth+" for every name starting with "eth"
        private static boolean covers(String pattern, String name) {
            return pattern.equals(name)
                    || (pattern.endsWith("+") && name.startsWith(pattern.substring(0, pattern.length() - 1)));
        }
    }

    /**
     * One side of a rule: the networks of its mapped names, and whether some name is unmapped.
     * {@code mapped} is null when the side names no interface.
     */
    private record Side(@Nullable AddressSet mapped, boolean unmapped, boolean anyMapped) {
        /** True for a deny that names on this side only interfaces the zone file does not map. */
        boolean setAside(boolean permit, boolean sameForAllBelow) {
            return mapped != null && unmapped && !anyMapped && !permit && !sameForAllBelow;
        }

        /** The addresses this side is limited to, or null for no limit. */
        @Nullable
        AddressSet limit(boolean permit, boolean sameForAllBelow) {
            if (mapped == null) {
                return null;
            }
            if (!unmapped) {
                return mapped;
            }
            return permit || sameForAllBelow ? null : mapped;
        }
    }

    private static Side side(ZoneModel model, String device, List<String> names, Map<String, AddressSet> cache) {
        if (names.isEmpty()) {
            return new Side(null, false, false);
        }
        AddressSet union = AddressSet.EMPTY;
        boolean unmapped = false;
        boolean anyMapped = false;
        for (String name : names) {
            Optional<String> zone = model.zoneOfInterface(device, name);
            if (zone.isEmpty()) {
                unmapped = true;
                continue;
            }
            anyMapped = true;
            union = union.union(
                    cache.computeIfAbsent(zone.get(), z -> model.lookup().addressesOf(model.zoneIndex(z))));
        }
        return new Side(union, unmapped, anyMapped);
    }

    private List<Cube> forbiddenRegion(int f, int t) {
        PolicyCell cell = model.cellFor(f, t);
        IntRanges svc;
        if (cell.access() instanceof Access.Allow) {
            return List.of();
        } else if (cell.access() instanceof Access.AllowOnly o) {
            svc = atoms.allServices().minus(atoms.services(o.services()));
        } else {
            svc = atoms.allServices();
        }
        List<Cube> region = new ArrayList<>(List.of(new Cube(zoneAtoms[f], zoneAtoms[t], svc)));
        if (region.get(0).isEmpty()) {
            return List.of();
        }
        if (cell.access() instanceof Access.ViaRelay) {
            for (Relay r : model.relaysFor(f, t)) {
                region = Cube.subtract(
                        region, new Cube(atoms.addresses(r.addresses()), zoneAtoms[t], atoms.services(r.services())));
            }
        }
        for (Exemption x : model.activeExemptions()) {
            region = Cube.subtract(
                    region, new Cube(atoms.addresses(x.from()), atoms.addresses(x.to()), atoms.services(x.services())));
        }
        return List.copyOf(region);
    }

    /**
     * The rules that can take packets of {@code c} before they reach rule {@code upTo}, except rule
     * {@code skip}: enabled rules above {@code upTo} whose match meets {@code c}, largest first.
     * Whether some packet of {@code c} escapes all of them does not depend on their order.
     */
    private int[] blockers(Cube c, int skip, int upTo) {
        int[] cBox = boxOf(c);
        // scan in rule order (the boxes are read front to back, not at random), collect the ranks
        // by volume of the rules that meet c, then sort the few ranks back into largest-first order
        int[] out = new int[16];
        int n = 0;
        for (int j = 0; j < upTo; j++) {
            int b = 6 * j;
            if (cBox[0] > box[b + 1]
                    || box[b] > cBox[1]
                    || cBox[2] > box[b + 3]
                    || box[b + 2] > cBox[3]
                    || cBox[4] > box[b + 5]
                    || box[b + 4] > cBox[5]
                    || j == skip) {
                continue;
            }
            if (!c.intersects(cubes[j])) {
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = volumeRank[j];
        }
        Arrays.sort(out, 0, n);
        for (int k = 0; k < n; k++) {
            out[k] = byVolume[out[k]];
        }
        return Arrays.copyOf(out, n);
    }

    /** Enabled rules after {@code i} whose match meets rule {@code i}'s, in rule order. */
    private int[] laterOverlapping(int i) {
        Cube c = cubes[i];
        int b0 = 6 * i;
        int[] out = new int[16];
        int n = 0;
        for (int j = i + 1; j < rules.size(); j++) {
            int b = 6 * j;
            if (box[b0] > box[b + 1]
                    || box[b] > box[b0 + 1]
                    || box[b0 + 2] > box[b + 3]
                    || box[b + 2] > box[b0 + 3]
                    || box[b0 + 4] > box[b + 5]
                    || box[b + 4] > box[b0 + 5]) {
                continue;
            }
            if (!c.intersects(cubes[j])) {
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = j;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The rules of both lists, largest first. For rule {@code i}, its earlier blockers and {@link
     * #laterOverlapping(int)} together are exactly {@code blockers(cubes[i], i, rules.size())},
     * found here without scanning every rule a second time.
     */
    private int[] largestFirst(int[] a, int[] b) {
        int[] ranks = new int[a.length + b.length];
        for (int k = 0; k < a.length; k++) {
            ranks[k] = volumeRank[a[k]];
        }
        for (int k = 0; k < b.length; k++) {
            ranks[a.length + k] = volumeRank[b[k]];
        }
        Arrays.sort(ranks);
        for (int k = 0; k < ranks.length; k++) {
            ranks[k] = byVolume[ranks[k]];
        }
        return ranks;
    }

    private static int[] boxOf(Cube c) {
        return new int[] {
            c.src().min(),
            c.src().max(),
            c.dst().min(),
            c.dst().max(),
            c.svc().min(),
            c.svc().max()
        };
    }

    /**
     * Depth-first search for a part of {@code start} that none of the rules {@code cands} matches.
     * Splitting only along the way and stopping at the first uncovered piece keeps the work near
     * linear for the usual rule that does match something, where materialising the whole effective
     * region would fragment badly on broad rules; trying the largest rules first makes covered
     * regions die after a few splits.
     */
    private @Nullable Cube uncovered(Cube start, int[] cands) {
        ArrayDeque<Cube> pieces = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        pieces.push(start);
        next.push(0);
        List<Cube> split = new ArrayList<>(3);
        while (!pieces.isEmpty()) {
            Cube c = pieces.pop();
            int k = next.pop();
            while (k < cands.length && !c.intersects(cubes[cands[k]])) {
                k++;
            }
            if (k == cands.length) {
                return c;
            }
            split.clear();
            c.subtractInto(cubes[cands[k]], split);
            for (int p = split.size() - 1; p >= 0; p--) {
                pieces.push(split.get(p));
                next.push(k + 1);
            }
        }
        return null;
    }

    List<Finding> run() {
        List<Finding> all = new ArrayList<>();
        runAll(all);
        RuleSet.Checks checks = set.checks();
        if (checks == RuleSet.Checks.ALL) {
            return all;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            boolean path = f.kind() == Finding.Kind.VIOLATION;
            if (path == (checks == RuleSet.Checks.PATHS)) {
                out.add(f);
            }
        }
        return out;
    }

    private void runAll(List<Finding> out) {
        boolean pathsOnly = set.checks() == RuleSet.Checks.PATHS;
        boolean rulesOnly = set.checks() == RuleSet.Checks.RULES;
        // a rule an importer split into pieces (one per NAT translation, per VIP …) never matches
        // only when none of its pieces does: SHADOWED waits until every piece is known
        Finding[] shadow = new Finding[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (!r.enabled()) {
                continue;
            }
            Cube c = cubes[i];
            if (!r.unresolved().isEmpty()) {
                // objects were left out: the rule matches less than on the device, so "never
                // matches" would be a guess; say what is missing instead
                out.add(finding(
                        Finding.Kind.UNRESOLVED,
                        Severity.HIGH,
                        r,
                        msg.format("finding.unresolved", ruleName(r), String.join(", ", r.unresolved()))));
                if (c.isEmpty() || uncovered(c, blockers(c, i, i)) == null) {
                    continue;
                }
            }
            if (c.isEmpty()) {
                shadow[i] = finding(
                        Finding.Kind.SHADOWED, Severity.MEDIUM, r, msg.format("finding.shadowed.empty", ruleName(r)));
                continue;
            }
            int[] earlier = blockers(c, i, i);
            if (uncovered(c, earlier) == null) {
                int cover = -1;
                for (int j : earlier) {
                    if (cubes[j].containsAll(c)) {
                        cover = j;
                        break;
                    }
                }
                String text = cover >= 0
                        ? msg.format("finding.shadowed", ruleName(r), ruleName(rules.get(cover)))
                        : msg.format("finding.shadowed.group", ruleName(r), ruleName(rules.get(earlier[0])));
                shadow[i] = finding(Finding.Kind.SHADOWED, Severity.MEDIUM, r, text);
                continue;
            }
            if (r.action() == Action.PERMIT && !rulesOnly) {
                violations(i, earlier, out);
            }
            if (pathsOnly) {
                continue;
            }
            if (r.action() != Action.RETURN) {
                redundancy(i, earlier).ifPresent(out::add);
            }
            int correlated = -1;
            int correlatedCount = 0;
            for (int j : earlier) {
                if (rules.get(j).action() != r.action() && !cubes[j].containsAll(c) && !c.containsAll(cubes[j])) {
                    if (correlated < 0) {
                        correlated = j;
                    }
                    correlatedCount++;
                }
            }
            if (correlated >= 0) {
                out.add(finding(
                        Finding.Kind.CORRELATED,
                        Severity.LOW,
                        r,
                        msg.format(
                                "finding.correlated",
                                ruleName(r),
                                ruleName(rules.get(correlated)),
                                Integer.toString(correlatedCount))));
            }
        }
        shadowedRules(shadow, out);
        if (set.defaultAction() == Action.PERMIT && !rulesOnly) {
            defaultViolations(out);
        }
    }

    /**
     * Adds the SHADOWED findings of rules all of whose enabled pieces (the rules with the same id,
     * file and line) never match; one finding per rule, on its first piece.
     */
    private void shadowedRules(Finding[] shadow, List<Finding> out) {
        Map<String, List<Integer>> pieces = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (r.enabled()) {
                pieces.computeIfAbsent(r.file() + "\n" + r.line() + "\n" + r.id(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (List<Integer> group : pieces.values()) {
            if (group.stream().allMatch(i -> shadow[i] != null)) {
                out.add(shadow[group.get(0)]);
            }
        }
    }

    private void violations(int i, int[] earlier, List<Finding> out) {
        Cube c = cubes[i];
        for (int f = 0; f < zoneCount; f++) {
            if (!c.src().intersects(zoneAtoms[f])) {
                continue;
            }
            for (int t = 0; t < zoneCount; t++) {
                List<Cube> forb = forbidden.get(f).get(t);
                if (forb.isEmpty() || !c.dst().intersects(zoneAtoms[t])) {
                    continue;
                }
                for (Cube fc : forb) {
                    if (!c.intersects(fc)) {
                        continue;
                    }
                    Cube hit = uncovered(c.intersect(fc), earlier);
                    if (hit != null) {
                        out.add(violation(rules.get(i), f, t, verifiedExample(hit, i, earlier, f, t)));
                        break;
                    }
                }
            }
        }
    }

    private void defaultViolations(List<Finding> out) {
        for (int f = 0; f < zoneCount; f++) {
            for (int t = 0; t < zoneCount; t++) {
                for (Cube fc : forbidden.get(f).get(t)) {
                    int[] all = blockers(fc, -1, rules.size());
                    Cube hit = uncovered(fc, all);
                    if (hit != null) {
                        out.add(defaultViolation(f, t, verifiedExample(hit, rules.size(), all, f, t)));
                        break;
                    }
                }
            }
        }
    }

    /**
     * Picks a packet of {@code region} and checks it independently of the atom algebra: it matches
     * rule {@code i} (or nothing, when {@code i} is the rule count) and none of the rules above it
     * that share any traffic with it, evaluated on the rules themselves; and the zone model judges
     * it a violation of pair {@code f→t}.
     */
    private Example verifiedExample(Cube region, int i, int[] earlier, int f, int t) {
        BigInteger src = atoms.pickAddress(region.src());
        BigInteger dst = atoms.pickAddress(region.dst());
        int svc = atoms.pickService(region.svc());
        int proto = svc >>> 16;
        int port = Service.hasPorts(proto) ? svc & 0xffff : 0;
        // icmp: the rules compare the message type and code; the zone model takes icmp whole
        int field = Service.hasTypeCode(proto) ? svc & 0xffff : port;
        for (int j : earlier) {
            if (rules.get(j).matches(src, dst, proto, field)) {
                throw new IllegalStateException(
                        "例のパケットが先行ルールに一致しました: " + rules.get(j).id());
            }
        }
        if (i < rules.size() && !rules.get(i).matches(src, dst, proto, field)) {
            throw new IllegalStateException("例のパケットがルールに一致しません: " + rules.get(i).id());
        }
        Verdict v = model.judge(src, dst, proto, port);
        if (!v.isViolation()
                || v.from() != model.zones().get(f)
                || v.to() != model.zones().get(t)) {
            throw new IllegalStateException("例のパケットがゾーン方針に反していません: " + v);
        }
        Finding.Packet packet = new Finding.Packet(Ip.format(src), Ip.format(dst), Service.protocolName(proto), port);
        String text = packetText(packet);
        if (Service.hasTypeCode(proto)) {
            // the JSON example has no field for it (dstPort stays 0): the message names it
            text += " type " + (field >>> 8) + " code " + (field & 255);
        }
        return new Example(packet, text);
    }

    /** An example packet and its text for the message (with the ICMP type and code). */
    private record Example(Finding.Packet packet, String text) {}

    private Finding violation(Rule r, int f, int t, Example shown) {
        Finding.Packet example = shown.packet();
        Zone from = model.zones().get(f);
        Zone to = model.zones().get(t);
        PolicyCell cell = model.cellFor(f, t);
        String text = msg.format("finding.violation", ruleName(r), from.id(), to.id(), cell.text(), shown.text());
        return new Finding(
                Finding.Kind.VIOLATION,
                cell.severity().label(),
                r.device(),
                r.filter(),
                r.id(),
                r.file(),
                r.line(),
                from.id(),
                to.id(),
                cell.text(),
                example,
                1,
                text,
                null);
    }

    private Finding defaultViolation(int f, int t, Example shown) {
        Finding.Packet example = shown.packet();
        Zone from = model.zones().get(f);
        Zone to = model.zones().get(t);
        PolicyCell cell = model.cellFor(f, t);
        String file = rules.isEmpty() ? "" : rules.get(0).file();
        String text = msg.format(
                "finding.violation.default",
                set.device() + "/" + set.filter(),
                from.id(),
                to.id(),
                cell.text(),
                shown.text());
        return new Finding(
                Finding.Kind.VIOLATION,
                cell.severity().label(),
                set.device(),
                set.filter(),
                RuleAnalysis.DEFAULT_RULE,
                file,
                0,
                from.id(),
                to.id(),
                cell.text(),
                example,
                1,
                text,
                null);
    }

    /**
     * Would removing rule {@code i} change nothing? It would, exactly when some packet rule {@code
     * i} decides would next meet a rule of another action (or, past every rule, a default of
     * another action). For each such later rule {@code j} that is a search for a packet of both
     * rules that no rule above {@code j} (other than {@code i}) takes first.
     */
    private Optional<Finding> redundancy(int i, int[] earlier) {
        Rule r = rules.get(i);
        Cube c = cubes[i];
        int[] later = laterOverlapping(i);
        int lastSame = -1;
        for (int j : later) {
            if (rules.get(j).action() == r.action()) {
                lastSame = j;
                continue;
            }
            Cube both = c.intersect(cubes[j]);
            if (uncovered(both, blockers(both, i, j)) != null) {
                return Optional.empty();
            }
        }
        if (set.defaultAction() != r.action() && uncovered(c, largestFirst(earlier, later)) != null) {
            return Optional.empty();
        }
        String text = lastSame >= 0
                ? msg.format("finding.redundant", ruleName(r), ruleName(rules.get(lastSame)))
                : msg.format("finding.redundant.default", ruleName(r));
        return Optional.of(finding(Finding.Kind.REDUNDANT, Severity.LOW, r, text));
    }

    private Finding finding(Finding.Kind kind, Severity severity, Rule r, String text) {
        return new Finding(
                kind,
                severity.label(),
                r.device(),
                r.filter(),
                r.id(),
                r.file(),
                r.line(),
                null,
                null,
                null,
                null,
                1,
                text,
                null);
    }

    static String ruleName(Rule r) {
        return r.device() + "/" + r.filter() + "#" + r.id();
    }

    static String packetText(Finding.Packet p) {
        String dst = p.dst().indexOf(':') >= 0 ? "[" + p.dst() + "]" : p.dst();
        return p.proto() + " " + p.src() + " → " + dst
                + (p.proto().equals("tcp") || p.proto().equals("udp") ? ":" + p.dstPort() : "");
    }
}
