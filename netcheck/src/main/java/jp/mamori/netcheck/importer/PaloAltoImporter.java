package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleImporter;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads PAN-OS configuration in set format ({@code show config running} with {@code set cli
 * config-output-format set}).
 *
 * <p>Each vsys's {@code rulebase security} becomes one rule set named {@code <vsys>/security}
 * ({@code vsys1/security} for commands without a {@code set vsys} prefix), first match in the order
 * rules first appear (and {@code move} commands), ending in the interzone default deny. The rule id
 * is the rule name; {@code from}/{@code to} zones become the source and destination interfaces.
 * Addresses, address groups (static, nested), services, service groups and the predefined
 * {@code service-http}/{@code service-https} are expanded; {@code shared} objects are visible in
 * every vsys. Applications are not modelled: a rule is read by its service, and
 * {@code application-default} uses the standard ports of well-known applications.
 */
public final class PaloAltoImporter implements RuleImporter {
    private static final String DEFAULT_VSYS = "vsys1";

    /** Standard ports of well-known App-IDs, for {@code service application-default}. */
    private static final Map<String, List<String>> APP_PORTS = Map.ofEntries(
            Map.entry("web-browsing", List.of("tcp/80")),
            Map.entry("ssl", List.of("tcp/443")),
            Map.entry("dns", List.of("tcp/53", "udp/53")),
            Map.entry("smtp", List.of("tcp/25")),
            Map.entry("smtp-base", List.of("tcp/25")),
            Map.entry("ssh", List.of("tcp/22")),
            Map.entry("ftp", List.of("tcp/21")),
            Map.entry("ntp", List.of("udp/123")),
            Map.entry("ping", List.of("icmp/8")),
            Map.entry("icmp", List.of("icmp")),
            Map.entry("ms-rdp", List.of("tcp/3389")),
            Map.entry("ldap", List.of("tcp/389", "udp/389")),
            Map.entry("snmp", List.of("udp/161")),
            Map.entry("syslog", List.of("udp/514")),
            Map.entry("pop3", List.of("tcp/110")),
            Map.entry("imap", List.of("tcp/143")),
            Map.entry("ms-ds-smb", List.of("tcp/445")),
            Map.entry("kerberos", List.of("tcp/88", "udp/88")));

    /** Security rule settings that read one value and are not needed for the analysis. */
    private static final Set<String> IGNORED_ONE_VALUE = Set.of(
            "description",
            "tag",
            "log-start",
            "log-end",
            "log-setting",
            "uuid",
            "group-tag",
            "category",
            "source-hip",
            "destination-hip",
            "hip-profiles",
            "icmp-unreachable",
            "schedule-type",
            "source-imei",
            "source-imsi",
            "source-nw-slice",
            "log-settings");
    /** Settings whose whole tail is a nested block irrelevant to matching. */
    private static final Set<String> IGNORED_TAIL = Set.of("profile-setting", "option", "qos", "target");

    /** One security rule being assembled from its set lines. */
    private static final class Draft {
        final String name;
        final SourceLine first;
        final Map<String, List<String>> values = new HashMap<>();
        final Map<String, SourceLine> lines = new HashMap<>();

        Draft(String name, SourceLine first) {
            this.name = name;
            this.first = first;
        }

        List<String> get(String key) {
            return values.getOrDefault(key, List.of());
        }
    }

    /** One vsys (or the shared scope): objects and rules. */
    private static final class Vsys {
        final Map<String, List<String>> addresses = new HashMap<>();
        final Map<String, SourceLine> addressLines = new HashMap<>();
        final Map<String, List<String>> groups = new HashMap<>();
        final Map<String, List<String>> services = new HashMap<>();
        final Map<String, SourceLine> serviceLines = new HashMap<>();
        /** Services with a source-port condition, which the model cannot hold. */
        final Set<String> sourcePortServices = new HashSet<>();

        final Map<String, List<String>> serviceGroups = new HashMap<>();
        /** Rulebases by key: {@code security}, {@code nat}, and for Panorama {@code pre:…}, {@code post:…}. */
        final Map<String, Rulebase> bases = new LinkedHashMap<>();

        Rulebase base(String key) {
            return bases.computeIfAbsent(key, k -> new Rulebase());
        }

        boolean hasSecurityRules() {
            return bases.entrySet().stream()
                    .anyMatch(e -> e.getKey().endsWith("security")
                            && !e.getValue().rules.isEmpty());
        }
    }

    /**
     * Which vendor zone each address is routed to, from the configuration's interface addresses
     * (connected networks), static routes (by interface, or by next hop on a connected network)
     * and the zones' interfaces; longest prefix wins. Used to decide which NAT rules apply (PAN-OS
     * matches a NAT rule's destination zone against the route of the original destination).
     */
    private static final class Routing {
        final Map<String, List<String>> interfaceNetworks = new LinkedHashMap<>();
        final Map<String, String> zoneOfInterface = new HashMap<>();
        /** route name → destination, interface, next hop (any may be null until all lines are read). */
        final Map<String, String[]> routes = new LinkedHashMap<>();

        void statement(List<String> w) {
            int start = w.size() >= 2 && w.get(0).equals("vsys") ? 2 : 0;
            List<String> v = w.subList(start, w.size());
            if (v.size() >= 5 && v.get(0).equals("network") && v.get(1).equals("interface")) {
                int ip = v.indexOf("ip");
                if (ip > 0 && ip + 1 < v.size()) {
                    int units = v.indexOf("units");
                    String iface = units > 0 && units < ip ? v.get(units + 1) : v.get(3);
                    for (String value : v.subList(ip + 1, v.size())) {
                        if (value.contains("/")) {
                            interfaceNetworks
                                    .computeIfAbsent(iface, k -> new ArrayList<>())
                                    .add(value);
                        }
                    }
                }
            } else if (v.size() >= 4 && v.get(0).equals("network") && v.get(1).equals("virtual-router")) {
                int at = v.indexOf("static-route");
                if (at > 0 && at + 1 < v.size()) {
                    String[] r = routes.computeIfAbsent(v.get(2) + " " + v.get(at + 1), k -> new String[3]);
                    List<String> kv = v.subList(at + 2, v.size());
                    for (int i = 0; i + 1 < kv.size(); i++) {
                        switch (kv.get(i)) {
                            case "destination" -> r[0] = kv.get(i + 1);
                            case "interface" -> r[1] = kv.get(i + 1);
                            case "ip-address" -> r[2] = kv.get(i + 1);
                            default -> {}
                        }
                    }
                }
            } else if (v.size() >= 4 && v.get(0).equals("zone") && v.get(2).equals("network")) {
                for (String m : v.subList(4, v.size())) {
                    if (!m.equals("[") && !m.equals("]")) {
                        zoneOfInterface.put(m, v.get(1));
                    }
                }
            }
        }

        /** Vendor zone → the addresses routed to it, or null when the file has no routes at all. */
        @Nullable
        Map<String, AddressSet> zones() {
            record Entry(AddressSet.Range net, String iface) {}
            List<Entry> table = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : interfaceNetworks.entrySet()) {
                for (String n : e.getValue()) {
                    try {
                        table.add(new Entry(AddressSet.parseRange(n), e.getKey()));
                    } catch (IllegalArgumentException ignored) {
                        // an address object name instead of a literal: not a route we can use
                    }
                }
            }
            List<Entry> connected = List.copyOf(table);
            for (String[] r : routes.values()) {
                if (r[0] == null) {
                    continue;
                }
                String iface = r[1];
                if (iface == null && r[2] != null) {
                    try {
                        java.math.BigInteger hop = AddressSet.parseRange(r[2]).first();
                        for (Entry c : connected) {
                            if (c.net.first().compareTo(hop) <= 0
                                    && c.net.last().compareTo(hop) >= 0) {
                                iface = c.iface;
                            }
                        }
                    } catch (IllegalArgumentException ignored) {
                        // a next hop we cannot read: the route is left out
                    }
                }
                if (iface != null) {
                    try {
                        table.add(new Entry(AddressSet.parseRange(r[0]), iface));
                    } catch (IllegalArgumentException ignored) {
                        // a destination we cannot read: the route is left out
                    }
                }
            }
            if (table.isEmpty() || zoneOfInterface.isEmpty()) {
                return null;
            }
            // longest prefix first: the smallest networks claim their addresses first
            table.sort(java.util.Comparator.comparing(e -> e.net.last().subtract(e.net.first())));
            Map<String, AddressSet> out = new HashMap<>();
            AddressSet claimed = AddressSet.EMPTY;
            for (Entry e : table) {
                AddressSet block = AddressSet.fromRanges(List.of(e.net)).minus(claimed);
                claimed = claimed.union(block);
                String zone = zoneOfInterface.get(e.iface);
                if (zone != null) {
                    out.merge(zone, block, AddressSet::union);
                }
            }
            return out;
        }
    }

    /** The rules of one rulebase in evaluation order. */
    private static final class Rulebase {
        final Map<String, Draft> rules = new LinkedHashMap<>();
        final List<String> order = new ArrayList<>();
    }

    @Override
    public ImportResult read(String fileName, String text, @Nullable String device) {
        LineLedger ledger = new LineLedger(fileName);
        List<RuleSet> sets = new ArrayList<>();
        try {
            Map<String, Vsys> scopes = new LinkedHashMap<>();
            Vsys shared = new Vsys();
            String hostname = null;
            Map<String, Vsys> groups = new LinkedHashMap<>();
            Map<String, String> parents = new HashMap<>();
            Routing routing = new Routing();
            for (PanStatements.Statement st : PanStatements.read(text, ledger)) {
                SourceLine line = st.line();
                List<String> w = st.words();
                String verb = st.verb();
                routing.statement(w);
                int dg = w.indexOf("device-group");
                if (dg >= 0 && dg + 3 < w.size() && w.get(dg + 2).equals("parent-dg")) {
                    // Panorama: readonly … device-group CHILD parent-dg PARENT
                    parents.put(w.get(dg + 1), w.get(dg + 3));
                    continue;
                }
                Vsys scope;
                if (w.size() >= 2 && w.get(0).equals("device-group")) {
                    scope = groups.computeIfAbsent(w.get(1), k -> new Vsys());
                    w = w.subList(2, w.size());
                } else if (w.size() >= 2 && w.get(0).equals("vsys")) {
                    scope = scopes.computeIfAbsent(w.get(1), k -> new Vsys());
                    w = w.subList(2, w.size());
                } else if (w.size() >= 1 && w.get(0).equals("shared")) {
                    scope = shared;
                    w = w.subList(1, w.size());
                } else {
                    scope = scopes.computeIfAbsent(DEFAULT_VSYS, k -> new Vsys());
                }
                if (verb.equals("move")) {
                    move(w, scope, line, ledger);
                    continue;
                }
                if (w.size() >= 4 && w.get(0).equals("deviceconfig") && w.get(2).equals("hostname")) {
                    hostname = w.get(3);
                    continue;
                }
                try {
                    statement(w, scope, line, ledger);
                } catch (RuntimeException e) {
                    ledger.reject(line, e);
                }
            }
            String dev = DeviceName.choose(hostname, device, fileName);
            @Nullable Map<String, AddressSet> routed = routing.zones();
            // a firewall: each vsys's rulebase; NAT rules of the vsys translate the destinations
            for (Map.Entry<String, Vsys> v : scopes.entrySet()) {
                if (!v.getValue().hasSecurityRules()) {
                    continue;
                }
                sets.add(ruleSet(
                        dev,
                        v.getKey(),
                        v.getValue(),
                        shared,
                        List.of("security"),
                        List.of("nat"),
                        fileName,
                        ledger,
                        routed));
            }
            // Panorama: each device group's rules as its firewalls see them: shared pre-rules, the
            // pre-rules of its ancestors from the top, its own pre- and post-rules, then the
            // post-rules of its ancestors from the nearest, and shared post-rules last
            List<String> order =
                    List.of("shared:pre:security", "pre:security", "post:security", "shared:post:security");
            List<String> natOrder = List.of("shared:pre:nat", "pre:nat", "post:nat", "shared:post:nat");
            for (Map.Entry<String, Vsys> g : groups.entrySet()) {
                List<Vsys> chain = ancestry(g.getKey(), groups, parents, ledger);
                Vsys merged = chain.size() == 1 ? g.getValue() : merge(chain);
                if (!merged.hasSecurityRules() && !shared.hasSecurityRules()) {
                    continue;
                }
                sets.add(
                        chain.size() == 1
                                ? ruleSet(dev, g.getKey(), merged, shared, order, natOrder, fileName, ledger, routed)
                                : ruleSet(
                                        dev,
                                        g.getKey(),
                                        merged,
                                        shared,
                                        hierarchyOrder("security", chain.size()),
                                        hierarchyOrder("nat", chain.size()),
                                        fileName,
                                        ledger,
                                        routed));
            }
            if (groups.isEmpty()
                    && scopes.values().stream().noneMatch(Vsys::hasSecurityRules)
                    && shared.hasSecurityRules()) {
                // a Panorama export with shared rules only
                sets.add(ruleSet(dev, "shared", new Vsys(), shared, order, natOrder, fileName, ledger, routed));
            }
        } catch (RuntimeException e) {
            ledger.reject(0, "", "取り込み中に想定外のエラーが起きました: " + e);
        }
        return ledger.result(sets);
    }

    /** The device groups from the top ancestor down to {@code name} (itself last). */
    private static List<Vsys> ancestry(
            String name, Map<String, Vsys> groups, Map<String, String> parents, LineLedger ledger) {
        List<Vsys> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = name;
        while (at != null && seen.add(at)) {
            Vsys v = groups.get(at);
            if (v == null) {
                if (!at.equals(name)) {
                    // a parent with no objects or rules of its own adds nothing
                    at = parents.get(at);
                    continue;
                }
                at = null;
                break;
            }
            chain.add(0, v);
            at = parents.get(at);
        }
        if (at != null) {
            ledger.reject(0, "", "デバイスグループ " + name + " の親子関係が循環しています");
        }
        return chain;
    }

    /**
     * One scope holding the objects of a device group and its ancestors (a nearer group's object
     * wins) and their rulebases under level prefixes {@code L0:} (the top) … {@code Ln:} (itself).
     */
    private static Vsys merge(List<Vsys> chain) {
        Vsys m = new Vsys();
        for (int i = 0; i < chain.size(); i++) {
            Vsys v = chain.get(i);
            m.addresses.putAll(v.addresses);
            m.addressLines.putAll(v.addressLines);
            m.groups.putAll(v.groups);
            m.services.putAll(v.services);
            m.serviceLines.putAll(v.serviceLines);
            m.sourcePortServices.addAll(v.sourcePortServices);
            m.serviceGroups.putAll(v.serviceGroups);
            for (Map.Entry<String, Rulebase> b : v.bases.entrySet()) {
                m.bases.put("L" + i + ":" + b.getKey(), b.getValue());
            }
        }
        return m;
    }

    /** Rulebase keys in PAN-OS order for a chain of {@code levels} device groups. */
    private static List<String> hierarchyOrder(String base, int levels) {
        List<String> keys = new ArrayList<>();
        keys.add("shared:pre:" + base);
        for (int i = 0; i < levels; i++) {
            keys.add("L" + i + ":pre:" + base);
        }
        for (int i = levels - 1; i >= 0; i--) {
            keys.add("L" + i + ":post:" + base);
        }
        keys.add("shared:post:" + base);
        return keys;
    }

    private static RuleSet ruleSet(
            String dev,
            String name,
            Vsys scope,
            Vsys shared,
            List<String> securityBases,
            List<String> natBases,
            String fileName,
            LineLedger ledger,
            @Nullable Map<String, AddressSet> routed) {
        Resolver r = new Resolver(scope, shared, ledger);
        List<Nat> nats = new ArrayList<>();
        for (String key : natBases) {
            Rulebase base = key.startsWith("shared:") ? shared.bases.get(key.substring(7)) : scope.bases.get(key);
            if (base == null) {
                continue;
            }
            for (String rule : base.order) {
                Draft d = base.rules.get(rule);
                try {
                    Nat n = r.nat(d);
                    if (n != null) {
                        nats.add(n);
                    }
                } catch (RuntimeException e) {
                    ledger.reject(d.first, e);
                }
            }
        }
        String filter = name + "/security";
        List<Rule> rules = new ArrayList<>();
        for (String key : securityBases) {
            Rulebase base = key.startsWith("shared:") ? shared.bases.get(key.substring(7)) : scope.bases.get(key);
            if (base == null) {
                continue;
            }
            for (String rule : base.order) {
                Draft d = base.rules.get(rule);
                try {
                    rules.addAll(Nat.apply(r.rule(dev, filter, fileName, d), nats, routed));
                } catch (RuntimeException e) {
                    ledger.reject(d.first, e);
                }
            }
        }
        if (routed == null && nats.stream().anyMatch(n -> !n.toZones.isEmpty())) {
            ledger.reject(0, "", "経路（インターフェースのアドレスと静的経路）がないため、NAT 規則の宛先ゾーンを確かめられません: " + "変換前と変換後の両方の宛先を検査します");
        }
        return new RuleSet(dev, filter, rules, Action.DENY);
    }

    /**
     * A destination NAT rule: traffic from {@code fromZones} (empty = any) matching sources,
     * original destinations and services leaves towards {@code translated} (on {@code port}
     * when the port is translated too). PAN-OS matches security rules on the destination before
     * NAT and the zone after it, so the destinations of security rules are rewritten here.
     */
    private record Nat(
            String name,
            List<String> fromZones,
            List<String> toZones,
            AddressSet sources,
            AddressSet original,
            ServiceSet services,
            AddressSet translated,
            int @Nullable [] port,
            List<String> unresolved) {

        /** The pieces of a security rule after translation, in order; the rule alone when no NAT meets it. */
        static List<Rule> apply(Rule rule, List<Nat> nats, @Nullable Map<String, AddressSet> routed) {
            List<Rule> out = new ArrayList<>();
            AddressSet rest = rule.destinations();
            for (Nat n : nats) {
                if (!n.fromZones.isEmpty()
                        && !rule.sourceInterfaces().isEmpty()
                        && n.fromZones.stream().noneMatch(rule.sourceInterfaces()::contains)) {
                    continue;
                }
                // the NAT rule's destination zone is the zone the original destination is routed
                // to: only those original destinations are translated
                AddressSet original = n.original;
                boolean exact = true;
                if (!n.toZones.isEmpty() && !n.toZones.contains("any")) {
                    if (routed == null) {
                        exact = false; // unknown route: translated and untranslated both checked
                    } else {
                        AddressSet there = AddressSet.EMPTY;
                        for (String z : n.toZones) {
                            there = there.union(routed.getOrDefault(z, AddressSet.EMPTY));
                        }
                        original = original.intersect(there);
                    }
                }
                AddressSet src = rule.sources().intersect(n.sources);
                AddressSet hit = rule.destinations().intersect(original);
                ServiceSet svc = rule.services().intersect(n.services);
                if (src.isEmpty() || hit.isEmpty() || svc.isEmpty()) {
                    continue;
                }
                out.add(new Rule(
                                rule.device(),
                                rule.filter(),
                                rule.id(),
                                rule.action(),
                                src,
                                n.translated,
                                Dnat.translate(svc, n.port),
                                rule.sourceInterfaces(),
                                rule.destinationInterfaces(),
                                // a deny of the original address stops only translated traffic: in
                                // the post-NAT space it would also hide permits of traffic sent to
                                // the translated address directly, so its piece is kept disabled
                                rule.enabled() && rule.action() == Action.PERMIT,
                                rule.file(),
                                rule.line())
                        .withUnresolved(rule.unresolved())
                        .withUnresolved(n.unresolved));
                if (exact && n.sources.isAny() && n.services.isAny()) {
                    // every packet to these addresses is translated: none reaches them unchanged
                    rest = rest.minus(original);
                }
            }
            if (!rest.isEmpty() || out.isEmpty()) {
                out.add(
                        0,
                        new Rule(
                                        rule.device(),
                                        rule.filter(),
                                        rule.id(),
                                        rule.action(),
                                        rule.sources(),
                                        rest,
                                        rule.services(),
                                        rule.sourceInterfaces(),
                                        rule.destinationInterfaces(),
                                        rule.enabled(),
                                        rule.file(),
                                        rule.line())
                                .withUnresolved(rule.unresolved()));
            }
            return out;
        }
    }

    private static void statement(List<String> w, Vsys scope, SourceLine line, LineLedger ledger) {
        String head = w.isEmpty() ? "" : w.get(0);
        switch (head) {
            case "address" -> {
                need(w, 4, "アドレス定義");
                String kind = w.get(2);
                if (kind.equals("description") || kind.equals("tag")) {
                    return;
                }
                scope.addresses.put(w.get(1), List.of(kind, w.get(3)));
                scope.addressLines.put(w.get(1), line);
            }
            case "address-group" -> {
                need(w, 4, "アドレスグループ定義");
                switch (w.get(2)) {
                    case "static" -> scope.groups.put(w.get(1), list(w, 3));
                    case "description", "tag" -> {}
                    default -> {
                        scope.groups.put(w.get(1), List.of("\u0000dynamic"));
                        ledger.reject(line, "動的アドレスグループは扱いません(参照する規則からは除かれます)");
                    }
                }
            }
            case "service" -> {
                need(w, 3, "サービス定義");
                if (w.get(2).equals("description") || w.get(2).equals("tag")) {
                    return;
                }
                if (!w.get(2).equals("protocol") || w.size() < 4) {
                    throw new IllegalArgumentException("サービス定義の形式を解釈できません");
                }
                String proto = w.get(3);
                List<String> spec = new ArrayList<>(scope.services.getOrDefault(w.get(1), List.of()));
                spec.add(proto);
                for (int i = 4; i + 1 < w.size(); i += 2) {
                    switch (w.get(i)) {
                        case "port" -> spec.add("port=" + w.get(i + 1));
                        case "source-port" -> ledger.reject(line, "送信元ポートの条件は扱わず、全送信元ポートとして扱います(許可を広めに評価します)");
                        case "override" -> i = w.size();
                        default -> throw new IllegalArgumentException("サービス定義の項目 " + w.get(i) + " は不明です");
                    }
                }
                scope.services.put(w.get(1), spec);
                scope.serviceLines.put(w.get(1), line);
            }
            case "service-group" -> {
                need(w, 4, "サービスグループ定義");
                if (w.get(2).equals("members")) {
                    scope.serviceGroups.put(w.get(1), list(w, 3));
                }
            }
            case "rulebase" -> rulebase(w, scope, "", line, ledger);
            case "pre-rulebase" -> rulebase(w, scope, "pre:", line, ledger);
            case "post-rulebase" -> rulebase(w, scope, "post:", line, ledger);
            default -> {
                // zones, interfaces, profiles, device settings … do not decide what a rule matches
            }
        }
    }

    private static void rulebase(List<String> w, Vsys scope, String prefix, SourceLine line, LineLedger ledger) {
        String base = w.size() > 1 ? w.get(1) : "";
        switch (base) {
            case "security", "nat" -> {}
            case "default-security-rules",
                    "pbf",
                    "decryption",
                    "application-override",
                    "qos",
                    "dos",
                    "authentication",
                    "tunnel-inspect",
                    "network-packet-broker",
                    "sdwan" -> {
                return;
            }
            default -> throw new IllegalArgumentException("rulebase " + base + " は不明です");
        }
        if (w.size() < 4 || !w.get(2).equals("rules")) {
            throw new IllegalArgumentException("セキュリティ規則の形式を解釈できません");
        }
        String name = w.get(3);
        Rulebase rb = scope.base(prefix + base);
        Draft d = rb.rules.get(name);
        if (d == null) {
            d = new Draft(name, line);
            rb.rules.put(name, d);
            rb.order.add(name);
        }
        if (base.equals("nat")) {
            natLine(w, d, line, ledger);
            return;
        }
        int i = 4;
        while (i < w.size()) {
            String key = w.get(i++);
            if (IGNORED_TAIL.contains(key)) {
                return;
            }
            Value value = value(w, i, key, line, ledger);
            if (value == null) {
                return;
            }
            i = value.next();
            List<String> values = value.words();
            switch (key) {
                case "from",
                        "to",
                        "source",
                        "destination",
                        "service",
                        "application",
                        "action",
                        "disabled",
                        "negate-source",
                        "negate-destination",
                        "source-user",
                        "rule-type" -> {
                    d.values.put(key, values);
                    d.lines.put(key, line);
                }
                default -> {
                    if (!IGNORED_ONE_VALUE.contains(key)) {
                        ledger.reject(line, "セキュリティ規則の項目 " + key + " は扱いません");
                        return;
                    }
                }
            }
        }
    }

    /** The value of a rule's setting: one word or the words of a bracketed list; where the next setting starts. */
    private record Value(List<String> words, int next) {}

    /**
     * The value of setting {@code key} starting at word {@code i}: a single word or a list
     * {@code [ a b … ]}; null (the line rejected) when the line ends before it.
     */
    private static @Nullable Value value(List<String> w, int i, String key, SourceLine line, LineLedger ledger) {
        if (i >= w.size()) {
            ledger.reject(line, "項目 " + key + " の値がありません");
            return null;
        }
        if (!w.get(i).equals("[")) {
            return new Value(List.of(w.get(i)), i + 1);
        }
        List<String> words = new ArrayList<>();
        int k = i + 1;
        while (k < w.size() && !w.get(k).equals("]")) {
            words.add(w.get(k++));
        }
        return new Value(words, k + 1);
    }

    /** The settings of a NAT rule this analysis needs: what it matches and where it sends it. */
    private static void natLine(List<String> w, Draft d, SourceLine line, LineLedger ledger) {
        int i = 4;
        while (i < w.size()) {
            String key = w.get(i++);
            switch (key) {
                case "destination-translation", "dynamic-destination-translation" -> {
                    d.values.put("dnat", List.of(key));
                    d.lines.put("dnat", line);
                    while (i + 1 < w.size()) {
                        String sub = w.get(i++);
                        String value = w.get(i++);
                        switch (sub) {
                            case "translated-address" -> d.values.put("dnat-address", List.of(value));
                            case "translated-port" -> d.values.put("dnat-port", List.of(value));
                            case "distribution", "dns-rewrite", "direction" -> i = w.size();
                            default -> {
                                ledger.reject(line, "宛先変換の項目 " + sub + " は扱いません");
                                return;
                            }
                        }
                    }
                    return;
                }
                case "source-translation" -> {
                    // only a bi-directional static source NAT also translates destinations (the way back in)
                    List<String> tail = w.subList(i, w.size());
                    if (tail.size() >= 3 && tail.get(0).equals("static-ip")) {
                        for (int k = 1; k + 1 < tail.size(); k += 2) {
                            switch (tail.get(k)) {
                                case "translated-address" -> d.values.put("static-address", List.of(tail.get(k + 1)));
                                case "bi-directional" -> d.values.put("bi-directional", List.of(tail.get(k + 1)));
                                default -> {}
                            }
                            d.lines.put("static", line);
                        }
                    }
                    return;
                }
                case "description", "tag", "uuid", "group-tag", "target", "active-active-device-binding" -> {
                    return;
                }
                default -> {}
            }
            Value value = value(w, i, key, line, ledger);
            if (value == null) {
                return;
            }
            i = value.next();
            List<String> values = value.words();
            switch (key) {
                case "from", "to", "source", "destination", "service", "disabled", "to-interface", "nat-type" -> {
                    d.values.put(key, values);
                    d.lines.put(key, line);
                }
                default -> {
                    ledger.reject(line, "NAT 規則の項目 " + key + " は扱いません");
                    return;
                }
            }
        }
    }

    private static void move(List<String> w, Vsys scope, SourceLine line, LineLedger ledger) {
        // move rulebase security rules NAME top|bottom|before OTHER|after OTHER
        String prefix = w.isEmpty()
                ? ""
                : switch (w.get(0)) {
                    case "pre-rulebase" -> "pre:";
                    case "post-rulebase" -> "post:";
                    default -> "";
                };
        Rulebase rb = w.size() < 2 ? null : scope.bases.get(prefix + w.get(1));
        if (w.size() < 5
                || !(w.get(0).equals("rulebase") || !prefix.isEmpty())
                || rb == null
                || !rb.order.contains(w.get(3))) {
            ledger.reject(line, "move の形式を解釈できないか、規則が未定義です");
            return;
        }
        String name = w.get(3);
        String where = w.get(4);
        List<String> order = rb.order;
        if ((where.equals("before") || where.equals("after")) && (w.size() < 6 || !order.contains(w.get(5)))) {
            ledger.reject(line, "move の基準となる規則が未定義です");
            return;
        }
        order.remove(name);
        switch (where) {
            case "top" -> order.add(0, name);
            case "bottom" -> order.add(name);
            case "before" -> order.add(order.indexOf(w.get(5)), name);
            case "after" -> order.add(order.indexOf(w.get(5)) + 1, name);
            default -> {
                order.add(name);
                ledger.reject(line, "move の位置指定 " + where + " は不明です");
            }
        }
    }

    private static void need(List<String> w, int size, String what) {
        if (w.size() < size) {
            throw new IllegalArgumentException(what + "の値が足りません");
        }
    }

    private static List<String> list(List<String> w, int from) {
        List<String> out = new ArrayList<>();
        for (String s : w.subList(from, w.size())) {
            if (!s.equals("[") && !s.equals("]")) {
                out.add(s);
            }
        }
        return out;
    }

    /** Expands a vsys's names into addresses and services, reporting what it cannot. */
    private static final class Resolver {
        final Vsys vsys;
        final Vsys shared;
        final LineLedger ledger;
        final Set<Problem> problems = new LinkedHashSet<>();
        boolean widened;

        Resolver(Vsys vsys, Vsys shared, LineLedger ledger) {
            this.vsys = vsys;
            this.shared = shared;
            this.ledger = ledger;
        }

        // objects of the rule being read that were left out of it (reported UNRESOLVED)
        final List<String> dropped = new ArrayList<>();

        Rule rule(String device, String filter, String file, Draft d) {
            widened = false;
            dropped.clear();
            AddressSet src = addresses(d, "source");
            AddressSet dst = addresses(d, "destination");
            if (yes(d, "negate-source")) {
                src = src.complement();
            }
            if (yes(d, "negate-destination")) {
                dst = dst.complement();
            }
            ServiceSet svc = services(d);
            String actionText = d.get("action").isEmpty() ? "" : d.get("action").get(0);
            Action action;
            switch (actionText) {
                case "allow" -> action = Action.PERMIT;
                case "deny", "drop", "reset-client", "reset-server", "reset-both" -> action = Action.DENY;
                default -> {
                    problems.add(new Problem(
                            d.lines.getOrDefault("action", d.first), "動作 " + actionText + " が不明なため拒否として扱います"));
                    action = Action.DENY;
                }
            }
            List<String> user = d.get("source-user");
            if (!user.isEmpty() && !user.equals(List.of("any"))) {
                widened = true;
                problems.add(new Problem(d.lines.get("source-user"), "利用者による絞り込みは扱わず、全利用者に適用されるものとして扱います"));
            }
            List<String> type = d.get("rule-type");
            if (!type.isEmpty() && !type.get(0).equals("universal")) {
                widened = true;
                problems.add(
                        new Problem(d.lines.get("rule-type"), "rule-type " + type.get(0) + " は扱わず、universal として扱います"));
            }
            List<String> apps = d.get("application");
            if (!apps.isEmpty() && !apps.contains("any")) {
                ServiceSet icmp = icmpApplications(apps);
                if (icmp != null) {
                    // ICMP App-IDs name message types the model keeps: the rule matches only those
                    svc = svc.intersect(icmp);
                } else if (action == Action.DENY) {
                    widened = true;
                    problems.add(new Problem(
                            d.lines.getOrDefault("application", d.first),
                            "アプリケーション " + String.join(", ", apps) + " による絞り込みは扱えません"));
                }
            }
            boolean enabled = !yes(d, "disabled");
            if (widened && action == Action.DENY && enabled) {
                enabled = false;
                problems.add(new Problem(d.first, Widening.DISABLED_DENY));
            }
            for (Problem p : problems) {
                ledger.reject(p.line(), p.reason());
            }
            problems.clear();
            return new Rule(
                            device,
                            filter,
                            d.name,
                            action,
                            src,
                            dst,
                            svc,
                            zones(d.get("from")),
                            zones(d.get("to")),
                            enabled,
                            file,
                            d.first.number())
                    .withUnresolved(List.copyOf(dropped));
        }

        /**
         * The ICMP messages of a list of App-IDs made only of ICMP applications ({@code icmp}: every
         * ICMP message, {@code ping}: echo request, {@code ipv6-icmp}: every ICMPv6 message), or
         * null when another application is in the list.
         */
        @Nullable
        private static ServiceSet icmpApplications(List<String> apps) {
            List<Service> out = new ArrayList<>();
            for (String app : apps) {
                switch (app.toLowerCase(Locale.ROOT)) {
                    case "icmp" -> out.add(Service.protocol(Service.ICMP));
                    case "ping" -> out.add(Service.icmpType(Service.ICMP, 8));
                    case "ipv6-icmp", "icmp6" -> out.add(Service.protocol(Service.ICMPV6));
                    default -> {
                        return null;
                    }
                }
            }
            return new ServiceSet(out);
        }

        /** A NAT rule that translates destinations, or null for source-only NAT and disabled rules. */
        @Nullable
        Nat nat(Draft d) {
            dropped.clear();
            if (yes(d, "disabled")) {
                return null;
            }
            boolean bidi = yes(d, "bi-directional") && !d.get("static-address").isEmpty();
            if (d.get("dnat").isEmpty() && !bidi) {
                return null;
            }
            SourceLine line = d.lines.getOrDefault("dnat", d.lines.getOrDefault("static", d.first));
            List<String> from = zones(d.get("from"));
            AddressSet sources = d.get("source").isEmpty() ? AddressSet.ANY : addresses(d, "source");
            AddressSet original = d.get("destination").isEmpty() ? AddressSet.ANY : addresses(d, "destination");
            ServiceSet services = services(d);
            AddressSet translated;
            int[] port = null;
            if (bidi) {
                // the way back in: to the translated source address, towards the original sources
                translated = sources;
                original = resolve(d.get("static-address"), line);
                sources = AddressSet.ANY;
                from = List.of();
                services = ServiceSet.ANY;
            } else {
                List<String> address = d.get("dnat-address");
                if (address.isEmpty()) {
                    problems.add(new Problem(line, "NAT 規則 " + d.name + " の変換先アドレスがありません: この変換は評価できません"));
                    translated = AddressSet.EMPTY;
                } else {
                    translated = resolve(address, line);
                }
                List<String> p = d.get("dnat-port");
                if (!p.isEmpty()) {
                    port = Dnat.ports(p.get(0));
                    if (port == null) {
                        problems.add(new Problem(line, "NAT 規則 " + d.name + " の変換先ポート " + p.get(0) + " を解釈できません"));
                    }
                }
            }
            for (Problem p : problems) {
                ledger.reject(p.line(), p.reason());
            }
            problems.clear();
            List<String> left = new ArrayList<>(dropped);
            if (translated.isEmpty()) {
                left.add("NAT " + d.name);
            }
            dropped.clear();
            return new Nat(
                    d.name,
                    from,
                    bidi ? List.of() : zones(d.get("to")),
                    sources,
                    original,
                    services,
                    translated,
                    port,
                    left);
        }

        private AddressSet resolve(List<String> names, SourceLine line) {
            AddressSet out = AddressSet.EMPTY;
            for (String n : names) {
                Resolved<AddressSet> r = address(n, new HashSet<>());
                out = out.union(r.value);
                r.problems.forEach(p -> problems.add(new Problem(line, p)));
            }
            return out;
        }

        private static boolean yes(Draft d, String key) {
            return d.get(key).equals(List.of("yes"));
        }

        private static List<String> zones(List<String> names) {
            return names.contains("any") ? List.of() : names;
        }

        private AddressSet addresses(Draft d, String key) {
            List<String> names = d.get(key);
            SourceLine line = d.lines.getOrDefault(key, d.first);
            if (names.isEmpty()) {
                problems.add(new Problem(line, key + " がないため、どの通信にも一致しない規則として扱います"));
                return AddressSet.EMPTY;
            }
            AddressSet out = AddressSet.EMPTY;
            for (String n : names) {
                Resolved<AddressSet> r = address(n, new HashSet<>());
                out = out.union(r.value);
                r.problems.forEach(p -> problems.add(new Problem(line, p)));
                if (!r.problems.isEmpty()) {
                    dropped.add(n);
                }
            }
            return out;
        }

        private Resolved<AddressSet> address(String name, Set<String> visiting) {
            if (name.equals("any")) {
                return Resolved.ok(AddressSet.ANY);
            }
            if (!visiting.add(name)) {
                return Resolved.failed(AddressSet.EMPTY, "アドレスグループ " + name + " が自分自身を含んでいます");
            }
            try {
                List<String> group = lookup(vsys.groups, shared.groups, name);
                if (group != null) {
                    if (group.equals(List.of("\u0000dynamic"))) {
                        return Resolved.failed(AddressSet.EMPTY, "動的アドレスグループ " + name + " は展開できません: この規則から除きました");
                    }
                    AddressSet out = AddressSet.EMPTY;
                    List<String> why = new ArrayList<>();
                    for (String m : group) {
                        Resolved<AddressSet> r = address(m, visiting);
                        out = out.union(r.value);
                        why.addAll(r.problems);
                    }
                    return new Resolved<>(out, why);
                }
                List<String> a = lookup(vsys.addresses, shared.addresses, name);
                if (a != null) {
                    return switch (a.get(0)) {
                        case "ip-netmask", "ip-range" -> parsed(name, a.get(1));
                        default ->
                            Resolved.failed(
                                    AddressSet.EMPTY,
                                    "アドレス " + name + " は種別 " + a.get(0) + " のため IP 範囲に展開できません: この規則から除きました");
                    };
                }
                try {
                    return Resolved.ok(AddressSet.of(name));
                } catch (IllegalArgumentException e) {
                    return Resolved.failed(AddressSet.EMPTY, "定義されていないアドレス " + name + " を参照しています(地域や外部動的リストは扱いません)");
                }
            } finally {
                visiting.remove(name);
            }
        }

        private static Resolved<AddressSet> parsed(String name, String value) {
            try {
                return Resolved.ok(AddressSet.of(value));
            } catch (IllegalArgumentException e) {
                return Resolved.failed(AddressSet.EMPTY, "アドレス " + name + " の値が不正です: " + e.getMessage());
            }
        }

        private ServiceSet services(Draft d) {
            List<String> names = d.get("service");
            SourceLine line = d.lines.getOrDefault("service", d.first);
            if (names.isEmpty() || names.contains("any")) {
                return ServiceSet.ANY;
            }
            List<Service> out = new ArrayList<>();
            for (String n : names) {
                if (n.equals("application-default")) {
                    out.addAll(applicationDefault(d, line).services());
                    continue;
                }
                Resolved<ServiceSet> r = service(n, new HashSet<>());
                out.addAll(r.value.services());
                r.problems.forEach(p -> problems.add(new Problem(line, p)));
                if (!r.problems.isEmpty()) {
                    dropped.add(n);
                }
            }
            return new ServiceSet(out);
        }

        private ServiceSet applicationDefault(Draft d, SourceLine line) {
            List<Service> out = new ArrayList<>();
            List<String> apps = d.get("application");
            for (String app : apps) {
                List<String> ports = APP_PORTS.get(app.toLowerCase(Locale.ROOT));
                if (ports == null) {
                    problems.add(new Problem(
                            d.lines.getOrDefault("application", line),
                            "アプリケーション " + app + " の標準ポートが不明なため、application-default を全サービスとして扱います"));
                    return ServiceSet.ANY;
                }
                ports.forEach(p -> out.add(Service.parse(p)));
            }
            return out.isEmpty() ? ServiceSet.ANY : new ServiceSet(out);
        }

        private Resolved<ServiceSet> service(String name, Set<String> visiting) {
            switch (name) {
                case "service-http" -> {
                    return Resolved.ok(ServiceSet.of(Service.tcp(80, 80), Service.tcp(8080, 8080)));
                }
                case "service-https" -> {
                    return Resolved.ok(ServiceSet.of(Service.tcp(443, 443)));
                }
                default -> {}
            }
            if (!visiting.add(name)) {
                return Resolved.failed(ServiceSet.EMPTY, "サービスグループ " + name + " が自分自身を含んでいます");
            }
            try {
                List<String> group = lookup(vsys.serviceGroups, shared.serviceGroups, name);
                if (group != null) {
                    List<Service> all = new ArrayList<>();
                    List<String> why = new ArrayList<>();
                    for (String m : group) {
                        Resolved<ServiceSet> r = service(m, visiting);
                        all.addAll(r.value.services());
                        why.addAll(r.problems);
                    }
                    return new Resolved<>(new ServiceSet(all), why);
                }
                List<String> spec = lookup(vsys.services, shared.services, name);
                if (vsys.sourcePortServices.contains(name) || shared.sourcePortServices.contains(name)) {
                    widened = true;
                }
                if (spec == null) {
                    return Resolved.failed(ServiceSet.EMPTY, "定義されていないサービス " + name + " を参照しています");
                }
                List<Service> all = new ArrayList<>();
                String proto = "tcp";
                for (String s : spec) {
                    if (!s.startsWith("port=")) {
                        proto = s;
                        continue;
                    }
                    try {
                        int number = Service.protocolNumber(proto);
                        for (String p : s.substring(5).split(",")) {
                            all.add(
                                    Service.hasPorts(number)
                                            ? Service.parse(proto + "/" + p)
                                            : Service.protocol(number));
                        }
                    } catch (IllegalArgumentException e) {
                        return Resolved.failed(ServiceSet.EMPTY, "サービス " + name + " の値が不正です: " + e.getMessage());
                    }
                }
                return Resolved.ok(new ServiceSet(all));
            } finally {
                visiting.remove(name);
            }
        }

        private static <T> @Nullable T lookup(Map<String, T> own, Map<String, T> shared, String name) {
            T v = own.get(name);
            return v != null ? v : shared.get(name);
        }
    }
}
