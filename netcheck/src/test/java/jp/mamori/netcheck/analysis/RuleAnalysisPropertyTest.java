package jp.mamori.netcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.zone.Verdict;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the analysis with brute force on a tiny world: addresses 192.0.2.0/28 plus one address
 * outside it and one IPv6 address, ports 0–8 (8 stands for every port above 7, which no generated
 * boundary separates), tcp, udp, icmp and two other protocols. Every packet of that world is
 * evaluated first-match against the rules and judged by the zone model.
 */
class RuleAnalysisPropertyTest {
    static final int[] PROTOCOLS = {Service.TCP, Service.UDP, Service.ICMP, 47, 50};
    static final List<BigInteger> ADDRESSES = addresses();

    record Packet(BigInteger src, BigInteger dst, int proto, int port) {}

    record World(ZoneModel model, RuleSet set, String yaml) {}

    static List<BigInteger> addresses() {
        List<BigInteger> out = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            out.add(Ip.parse("192.0.2." + i));
        }
        out.add(Ip.parse("198.51.100.1"));
        out.add(Ip.parse("2001:db8::1"));
        return out;
    }

    static List<Packet> packets() {
        List<Packet> out = new ArrayList<>();
        for (BigInteger s : ADDRESSES) {
            for (BigInteger d : ADDRESSES) {
                for (int p : PROTOCOLS) {
                    if (Service.hasPorts(p)) {
                        for (int port = 0; port <= 8; port++) {
                            out.add(new Packet(s, d, p, port));
                        }
                    } else {
                        out.add(new Packet(s, d, p, 0));
                    }
                }
            }
        }
        return out;
    }

    static final List<Packet> PACKETS = packets();

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 1000L + i * 7919L);
    }

    static String cidr(Random r) {
        int len = 28 + r.nextInt(5);
        int size = 1 << (32 - len);
        int base = r.nextInt(16 / size) * size;
        return "192.0.2." + base + "/" + len;
    }

    static String addressSpec(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "any";
            case 1 -> "0.0.0.0/0";
            case 2 -> {
                int a = r.nextInt(16);
                int b = a + r.nextInt(16 - a);
                yield "192.0.2." + a + "-192.0.2." + b;
            }
            default -> cidr(r);
        };
    }

    static String service(Random r) {
        int a = r.nextInt(8);
        int b = a + r.nextInt(8 - a);
        return switch (r.nextInt(8)) {
            case 0 -> "any";
            case 1 -> "icmp";
            case 2 -> "47";
            case 3 -> "tcp";
            case 4 -> "udp/" + a + "-" + b;
            default -> "tcp/" + a + "-" + b;
        };
    }

    static String services(Random r) {
        int n = 1 + r.nextInt(2);
        List<String> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(service(r));
        }
        return String.join(", ", s);
    }

    static World world(long seed) {
        Random r = new Random(seed);
        int zones = 2 + r.nextInt(3);
        boolean catchAll = r.nextBoolean();
        StringBuilder y = new StringBuilder();
        y.append("default: ").append(r.nextBoolean() ? "deny" : "allow").append('\n');
        y.append("zones:\n");
        List<String> ids = new ArrayList<>();
        for (int z = 0; z < zones; z++) {
            ids.add("z" + z);
            y.append("  - {id: z")
                    .append(z)
                    .append(", kind: OTHER, networks: [")
                    .append(cidr(r));
            if (r.nextBoolean()) {
                y.append(", ").append(cidr(r));
            }
            y.append("]}\n");
        }
        if (catchAll) {
            ids.add("out");
            y.append("  - {id: out, kind: EXTERNAL, networks: [0.0.0.0/0]}\n");
        }
        y.append("relays:\n");
        int relays = r.nextInt(3);
        for (int i = 0; i < relays; i++) {
            String from = ids.get(r.nextInt(ids.size()));
            String to = ids.get(r.nextInt(ids.size()));
            y.append("  - {id: r")
                    .append(i)
                    .append(", method: MAIL_TEXT, addresses: [192.0.2.")
                    .append(r.nextInt(16))
                    .append("], from: ")
                    .append(from)
                    .append(", to: ")
                    .append(to)
                    .append(", services: [")
                    .append(services(r))
                    .append("]}\n");
        }
        y.append("policy:\n");
        Set<String> pairs = new HashSet<>();
        int cells = r.nextInt(6);
        List<String> sides = new ArrayList<>(ids);
        sides.add("\"*\"");
        for (int i = 0; i < cells; i++) {
            String from = sides.get(r.nextInt(sides.size()));
            String to = sides.get(r.nextInt(sides.size()));
            if (!pairs.add(from + to)) {
                continue;
            }
            y.append("  - {from: ").append(from).append(", to: ").append(to).append(", access: ");
            switch (r.nextInt(4)) {
                case 0 -> y.append("deny");
                case 1 -> y.append("allow");
                case 2 -> y.append("via-relay");
                default ->
                    y.append("allow-only, services: [").append(services(r)).append("]");
            }
            y.append("}\n");
        }
        y.append("exceptions:\n");
        int ex = r.nextInt(3);
        for (int i = 0; i < ex; i++) {
            y.append("  - {id: EX-")
                    .append(i)
                    .append(", from: ")
                    .append(cidr(r))
                    .append(", to: ")
                    .append(cidr(r))
                    .append(", services: [")
                    .append(services(r))
                    .append("], justification: j, owner: o, expires: ")
                    .append(r.nextBoolean() ? "2025-06-01" : "2027-01-01")
                    .append("}\n");
        }
        y.append("interfaces:\n  fw: {");
        for (int i = 0; i < 3; i++) {
            y.append(i == 0 ? "" : ", ").append("if").append(i).append(": ").append(ids.get(r.nextInt(ids.size())));
        }
        y.append("}\n");
        ZoneModel model = ZoneModel.parse(
                "z.yaml", y.toString(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        int n = 1 + r.nextInt(8);
        List<Rule> rules = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rules.add(new Rule(
                    "fw",
                    "f",
                    Integer.toString(i),
                    r.nextInt(3) == 0 ? Action.DENY : Action.PERMIT,
                    AddressSet.of(addressSpec(r)),
                    AddressSet.of(addressSpec(r)),
                    ServiceSet.parse(services(r).split(", ")),
                    interfaces(r),
                    interfaces(r),
                    r.nextInt(8) != 0,
                    "f.conf",
                    i));
        }
        return new World(
                model, new RuleSet("fw", "f", rules, r.nextBoolean() ? Action.PERMIT : Action.DENY), y.toString());
    }

    // mostly none; sometimes mapped names, sometimes one the zone file does not map
    static List<String> interfaces(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> List.of("if" + r.nextInt(3));
            case 1 -> List.of("if" + r.nextInt(3), "if" + r.nextInt(3));
            case 2 -> List.of("if" + r.nextInt(3), "wan9");
            default -> List.of();
        };
    }

    /**
     * Brute-force reading of the interface rule (docs/netcheck.md, "Interfaces"): a side naming
     * only mapped interfaces matches only addresses whose zone is one of theirs. With an unmapped
     * name, a permit is not limited on that side; a deny is limited to its mapped names' zones
     * (nothing when none is mapped) unless every enabled permit below names on that side only
     * interfaces it names too and the default action denies. Decided once per rule on the full
     * list, as the analysis does.
     */
    record Reading(ZoneModel model, RuleSet set, java.util.IdentityHashMap<Rule, boolean[]> same) {
        static Reading of(ZoneModel model, RuleSet set) {
            java.util.IdentityHashMap<Rule, boolean[]> same = new java.util.IdentityHashMap<>();
            List<Rule> rules = set.rules();
            for (int i = 0; i < rules.size(); i++) {
                same.put(
                        rules.get(i),
                        new boolean[] {permitsBelowWithin(set, i, true), permitsBelowWithin(set, i, false)});
            }
            return new Reading(model, set, same);
        }

        private static boolean permitsBelowWithin(RuleSet set, int i, boolean source) {
            List<String> names = side(set.rules().get(i), source);
            if (set.defaultAction() == Action.PERMIT) {
                return false;
            }
            for (int j = i + 1; j < set.rules().size(); j++) {
                Rule r = set.rules().get(j);
                if (!r.enabled() || r.action() != Action.PERMIT) {
                    continue;
                }
                List<String> theirs = side(r, source);
                if (theirs.isEmpty() || !names.containsAll(theirs)) {
                    return false;
                }
            }
            return true;
        }

        static List<String> side(Rule r, boolean source) {
            return source ? r.sourceInterfaces() : r.destinationInterfaces();
        }

        boolean sideAllows(Rule rule, boolean source, BigInteger address) {
            List<String> names = side(rule, source);
            if (names.isEmpty()) {
                return true;
            }
            List<String> zones = new ArrayList<>();
            boolean unmapped = false;
            for (String n : names) {
                var z = model.zoneOfInterface("fw", n);
                if (z.isEmpty()) {
                    unmapped = true;
                } else {
                    zones.add(z.get());
                }
            }
            if (unmapped && (rule.action() == Action.PERMIT || same.get(rule)[source ? 0 : 1])) {
                return true;
            }
            return model.zoneOf(address).map(z -> zones.contains(z.id())).orElse(false);
        }

        /** True for a deny the analysis sets aside: on some side it names no mapped interface. */
        boolean setAside(Rule rule) {
            return !sideCanMatch(rule, true) || !sideCanMatch(rule, false);
        }

        private boolean sideCanMatch(Rule rule, boolean source) {
            List<String> names = side(rule, source);
            if (names.isEmpty() || rule.action() == Action.PERMIT || same.get(rule)[source ? 0 : 1]) {
                return true;
            }
            return names.stream().anyMatch(n -> model.zoneOfInterface("fw", n).isPresent());
        }

        /** Index of the first matching rule, or the rule count when none matches. */
        int firstMatch(List<Rule> rules, Packet p) {
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (rule.matches(p.src(), p.dst(), p.proto(), p.port())
                        && sideAllows(rule, true, p.src())
                        && sideAllows(rule, false, p.dst())) {
                    return i;
                }
            }
            return rules.size();
        }

        Action actionOf(List<Rule> rules, Packet p) {
            int i = firstMatch(rules, p);
            return i < rules.size() ? rules.get(i).action() : set.defaultAction();
        }
    }

    static String key(String rule, String from, String to) {
        return rule + " " + from + "→" + to;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theAnalysisAgreesWithBruteForceOnEveryPacket(long seed) {
        World w = world(seed);
        List<Rule> rules = w.set().rules();
        Reading reading = Reading.of(w.model(), w.set());
        List<Finding> findings = new RuleAnalysis(w.model(), Messages.english()).analyze(w.set());

        Set<String> expectedViolations = new HashSet<>();
        boolean[] matchesSomething = new boolean[rules.size()];
        for (Packet p : PACKETS) {
            int i = reading.firstMatch(rules, p);
            if (i < rules.size()) {
                matchesSomething[i] = true;
            }
            if (reading.actionOf(rules, p) != Action.PERMIT) {
                continue;
            }
            Verdict v = w.model().judge(p.src(), p.dst(), p.proto(), p.port());
            if (v.isViolation()) {
                String rule = i < rules.size() ? rules.get(i).id() : RuleAnalysis.DEFAULT_RULE;
                expectedViolations.add(key(rule, v.from().id(), v.to().id()));
            }
        }

        Set<String> reported = new HashSet<>();
        for (Finding f : findings) {
            if (f.kind() != Finding.Kind.VIOLATION) {
                continue;
            }
            reported.add(key(f.rule(), f.from(), f.to()));
            Packet p = new Packet(
                    Ip.parse(f.example().src()),
                    Ip.parse(f.example().dst()),
                    Service.protocolNumber(f.example().proto()),
                    f.example().dstPort());
            int i = reading.firstMatch(rules, p);
            String passedBy = i < rules.size() ? rules.get(i).id() : RuleAnalysis.DEFAULT_RULE;
            assertThat(passedBy).as("example %s of %s\n%s", p, f, w.yaml()).isEqualTo(f.rule());
            assertThat(reading.actionOf(rules, p)).isEqualTo(Action.PERMIT);
            Verdict v = w.model().judge(p.src(), p.dst(), p.proto(), p.port());
            assertThat(v.isViolation()).isTrue();
            assertThat(v.from().id()).isEqualTo(f.from());
            assertThat(v.to().id()).isEqualTo(f.to());
        }
        assertThat(reported).as("violations for\n%s\n%s", w.yaml(), rules).isEqualTo(expectedViolations);

        Set<String> shadowed = new HashSet<>();
        findings.stream().filter(f -> f.kind() == Finding.Kind.SHADOWED).forEach(f -> shadowed.add(f.rule()));
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).enabled() && !reading.setAside(rules.get(i))) {
                assertThat(shadowed.contains(rules.get(i).id()))
                        .as("rule %s shadowed in %s", rules.get(i).id(), rules)
                        .isEqualTo(!matchesSomething[i]);
            }
        }

        Set<String> redundant = new HashSet<>();
        findings.stream().filter(f -> f.kind() == Finding.Kind.REDUNDANT).forEach(f -> redundant.add(f.rule()));
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (!r.enabled() || !matchesSomething[i] || reading.setAside(r)) {
                continue;
            }
            List<Rule> without = new ArrayList<>(rules);
            without.remove(i);
            boolean same = true;
            for (Packet p : PACKETS) {
                if (reading.actionOf(rules, p) != reading.actionOf(without, p)) {
                    same = false;
                    break;
                }
            }
            assertThat(redundant.contains(r.id()))
                    .as("rule %s redundant in %s", r.id(), rules)
                    .isEqualTo(same);
        }
    }

    // guards the generator: the comparison above means little if the worlds never produce findings
    @org.junit.jupiter.api.Test
    void theGeneratedWorldsProduceEveryKindOfRuleFinding() {
        java.util.Map<Finding.Kind, Integer> seen = new java.util.EnumMap<>(Finding.Kind.class);
        seeds().limit(100).forEach(seed -> {
            World w = world(seed);
            for (Finding f : new RuleAnalysis(w.model(), Messages.english()).analyze(w.set())) {
                seen.merge(f.kind(), 1, Integer::sum);
            }
        });
        assertThat(seen.getOrDefault(Finding.Kind.VIOLATION, 0)).isGreaterThan(20);
        assertThat(seen.getOrDefault(Finding.Kind.SHADOWED, 0)).isGreaterThan(5);
        assertThat(seen.getOrDefault(Finding.Kind.REDUNDANT, 0)).isGreaterThan(5);
        assertThat(seen.getOrDefault(Finding.Kind.CORRELATED, 0)).isGreaterThan(5);
    }
}
