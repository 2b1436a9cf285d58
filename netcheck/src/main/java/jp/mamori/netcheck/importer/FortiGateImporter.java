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
import jp.mamori.netcheck.importer.FortiTree.Entry;
import jp.mamori.netcheck.importer.FortiTree.Section;
import jp.mamori.netcheck.importer.FortiTree.Setting;
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
 * Reads FortiOS configuration text ({@code show full-configuration} or a backup file).
 *
 * <p>Each VDOM's {@code config firewall policy} becomes one rule set named {@code <vdom>/policy}
 * ({@code root/policy} without VDOMs), rules in table order (the order of the {@code edit}s, which
 * is the evaluation order, not the policy id), ending in the implicit deny. Addresses, address
 * groups (nested, with exclusions), custom services, service groups and the predefined services are
 * expanded; negate flags are applied; a {@code config system zone} name in {@code srcintf} or
 * {@code dstintf} is kept as written (map it, not its member ports, in the zone file). Sections that do not decide which
 * forwarded traffic passes (logging, routing, UTM profiles …) are read as understood; sections
 * that do but are not modelled (proxy policies, policy-mode security policies …) are reported line
 * by line.
 */
public final class FortiGateImporter implements RuleImporter {
    private static final AddressSet ANY_V6 = AddressSet.ANY_V4.complement();

    /** Policy settings that change what a policy matches but are not modelled. */
    private static final Map<String, String> UNMODELLED_MATCH = Map.ofEntries(
            Map.entry("internet-service", "インターネットサービス DB による宛先指定は扱いません"),
            Map.entry("internet-service-src", "インターネットサービス DB による送信元指定は扱いません"),
            Map.entry("internet-service-name", "インターネットサービス DB による宛先指定は扱いません"),
            Map.entry("internet-service-src-name", "インターネットサービス DB による送信元指定は扱いません"),
            Map.entry("users", "利用者による絞り込みは扱わず、全利用者に適用されるものとして扱います"),
            Map.entry("groups", "利用者グループによる絞り込みは扱わず、全利用者に適用されるものとして扱います"),
            Map.entry("fsso-groups", "FSSO グループによる絞り込みは扱わず、全利用者に適用されるものとして扱います"),
            Map.entry("src-vendor-mac", "MAC アドレスのベンダーによる絞り込みは扱いません"),
            Map.entry("application", "アプリケーションによる絞り込みは扱わず、全アプリケーションとして扱います"),
            Map.entry("url-category", "URL カテゴリによる絞り込みは扱いません"),
            Map.entry("ztna-ems-tag", "ZTNA タグによる絞り込みは扱いません"),
            Map.entry("ztna-geo-tag", "ZTNA の地域タグによる絞り込みは扱いません"));

    /** Sections that decide forwarding but are outside the model: every line is reported. */
    private static final Map<String, String> UNMODELLED_SECTIONS = Map.of(
            "firewall proxy-policy", "プロキシポリシーは扱いません(プロキシ経由の通信はこのツールでは評価されません)",
            "firewall security-policy", "ポリシーモードのセキュリティポリシーは扱いません",
            "firewall multicast-policy", "マルチキャストポリシーは扱いません",
            "firewall policy46", "IPv4/IPv6 変換ポリシー(policy46)は扱いません",
            "firewall policy64", "IPv6/IPv4 変換ポリシー(policy64)は扱いません",
            "firewall consolidated policy", "統合ポリシー(consolidated policy)は扱いません");

    @Override
    public ImportResult read(String fileName, String text, @Nullable String device) {
        LineLedger ledger = new LineLedger(fileName);
        List<RuleSet> sets = new ArrayList<>();
        try {
            FortiTree tree = FortiTree.parse(SourceLine.split(text), ledger);
            String hostname = null;
            List<Section> rootSections = new ArrayList<>();
            Map<String, List<Section>> vdoms = new LinkedHashMap<>();
            Set<Integer> reported = new HashSet<>();
            for (Section s : tree.top) {
                switch (s.path.toLowerCase(Locale.ROOT)) {
                    case "vdom" -> {
                        for (Entry e : s.entries) {
                            vdoms.computeIfAbsent(e.name, k -> new ArrayList<>())
                                    .addAll(e.sections);
                        }
                    }
                    case "global" -> {
                        for (Section g : s.sections) {
                            hostname = hostnameOf(g, hostname);
                            rootSections.add(g);
                        }
                    }
                    default -> {
                        hostname = hostnameOf(s, hostname);
                        rootSections.add(s);
                    }
                }
            }
            String dev = DeviceName.choose(hostname, device, fileName);
            if (vdoms.values().stream().allMatch(List::isEmpty)) {
                vdoms.clear();
            }
            if (vdoms.isEmpty()) {
                vdoms.put("root", rootSections);
            } else {
                // global sections (interfaces, zones defined globally) are visible from every VDOM
                for (List<Section> sections : vdoms.values()) {
                    sections.addAll(0, rootSections);
                }
            }
            for (Map.Entry<String, List<Section>> vdom : vdoms.entrySet()) {
                Scope scope = new Scope(vdom.getKey(), dev, fileName, ledger);
                for (Section s : vdom.getValue()) {
                    scope.collect(s, reported);
                }
                sets.addAll(scope.ruleSets());
            }
        } catch (RuntimeException e) {
            // a bug must not hide the file: report it and keep whatever was built
            ledger.reject(0, "", "取り込み中に想定外のエラーが起きました: " + e);
        }
        return ledger.result(sets);
    }

    private static @Nullable String hostnameOf(Section s, @Nullable String current) {
        if (s.path.equalsIgnoreCase("system global")) {
            Setting h = s.settings.get("hostname");
            if (h != null && !h.values().isEmpty()) {
                return h.values().get(0);
            }
        }
        return current;
    }

    /** The objects and policy tables of one VDOM. */
    private static final class Scope {
        final String vdom;
        final String device;
        final String file;
        final LineLedger ledger;
        final Map<String, Entry> addresses = new HashMap<>();
        final Map<String, Entry> addresses6 = new HashMap<>();
        final Map<String, Entry> groups = new HashMap<>();
        final Map<String, Entry> groups6 = new HashMap<>();
        final Map<String, Entry> vips = new HashMap<>();
        final Map<String, Entry> vipGroups = new HashMap<>();
        /** VIPs (and VIP groups) named in the destination of the policy being read. */
        final List<String> vipHits = new ArrayList<>();

        final Map<String, Entry> services = new HashMap<>();
        final Map<String, Entry> serviceGroups = new HashMap<>();
        final List<Section> policyTables = new ArrayList<>();
        final Set<Problem> problems = new LinkedHashSet<>();
        // objects of the policy being read that were left out of it (reported UNRESOLVED)
        final List<String> dropped = new ArrayList<>();
        /** Set while reading one policy when a match condition had to be ignored. */
        boolean widened;

        Scope(String vdom, String device, String file, LineLedger ledger) {
            this.vdom = vdom;
            this.device = device;
            this.file = file;
            this.ledger = ledger;
        }

        void collect(Section s, Set<Integer> reported) {
            String path = s.path.toLowerCase(Locale.ROOT);
            switch (path) {
                case "firewall address" -> s.entries.forEach(e -> addresses.put(e.name, e));
                case "firewall address6" -> s.entries.forEach(e -> addresses6.put(e.name, e));
                case "firewall addrgrp" -> s.entries.forEach(e -> groups.put(e.name, e));
                case "firewall addrgrp6" -> s.entries.forEach(e -> groups6.put(e.name, e));
                case "firewall vip", "firewall vip6" -> s.entries.forEach(e -> vips.put(e.name, e));
                case "firewall vipgrp", "firewall vipgrp6" -> s.entries.forEach(e -> vipGroups.put(e.name, e));
                case "firewall service custom" -> s.entries.forEach(e -> services.put(e.name, e));
                case "firewall service group" -> s.entries.forEach(e -> serviceGroups.put(e.name, e));
                case "firewall policy", "firewall policy6" -> policyTables.add(s);
                default -> {
                    String reason = UNMODELLED_SECTIONS.get(path);
                    // global sections are shared by every VDOM: report them once
                    if (reason != null && reported.add(s.line.number())) {
                        for (SourceLine l : s.lines) {
                            ledger.reject(l, reason);
                        }
                    }
                }
            }
        }

        List<RuleSet> ruleSets() {
            Map<String, List<Rule>> tables = new LinkedHashMap<>();
            for (Section table : policyTables) {
                boolean v6 = table.path.toLowerCase(Locale.ROOT).endsWith("policy6");
                String filter = vdom + (v6 ? "/policy6" : "/policy");
                List<Rule> rules = tables.computeIfAbsent(filter, k -> new ArrayList<>());
                for (Entry policy : table.entries) {
                    try {
                        rules.addAll(rule(filter, policy, v6));
                    } catch (RuntimeException e) {
                        ledger.reject(policy.line, e);
                    }
                }
            }
            for (Problem p : problems) {
                ledger.reject(p.line(), p.reason());
            }
            List<RuleSet> out = new ArrayList<>();
            tables.forEach((filter, rules) -> out.add(new RuleSet(device, filter, rules, Action.DENY)));
            return out;
        }

        /**
         * The rules of one policy: the policy itself for its ordinary destinations, then one piece
         * per VIP it names, whose destination is the VIP's mapped address (and port): FortiOS
         * translates the destination before the packet leaves, so that is the server reached.
         */
        private List<Rule> rule(String filter, Entry p, boolean v6Table) {
            widened = false;
            vipHits.clear();
            dropped.clear();
            for (Setting s : p.settings.values()) {
                String reason = UNMODELLED_MATCH.get(s.key());
                if (reason != null
                        && !s.values().isEmpty()
                        && !s.values().get(0).equalsIgnoreCase("disable")) {
                    widened = true;
                    problems.add(new Problem(s.line(), reason));
                    if (s.key().startsWith("internet-service")
                            && !s.values().get(0).equalsIgnoreCase("enable")) {
                        dropped.add(s.key() + " " + String.join(" ", s.values()));
                    }
                }
            }
            Setting schedule = p.get("schedule");
            if (schedule != null
                    && !schedule.values().isEmpty()
                    && !schedule.values().get(0).equalsIgnoreCase("always")) {
                widened = true;
                problems.add(new Problem(
                        schedule.line(), "スケジュール " + schedule.values().get(0) + " の時間帯は扱わず、常に有効として扱います"));
            }
            AddressSet src = side(p, "srcaddr", "srcaddr6", v6Table);
            vipHits.clear(); // a VIP is a destination: one named as a source matches nothing
            AddressSet dst = side(p, "dstaddr", "dstaddr6", v6Table);
            ServiceSet svc = ServiceSet.EMPTY;
            Setting service = p.get("service");
            if (service == null) {
                problems.add(new Problem(p.line, "service がないため、どの通信にも一致しない規則として扱います"));
            } else {
                svc = services(service);
                if (enabled(p, "service-negate")) {
                    svc = svc.complement();
                }
            }
            String action = p.first("action", "deny").toLowerCase(Locale.ROOT);
            Action act;
            switch (action) {
                case "accept", "ipsec" -> act = Action.PERMIT;
                case "deny" -> act = Action.DENY;
                default -> {
                    problems.add(new Problem(p.get("action").line(), "動作 " + action + " は不明なため拒否として扱います"));
                    act = Action.DENY;
                }
            }
            boolean enabled = !p.first("status", "enable").equalsIgnoreCase("disable");
            if (widened && act == Action.DENY && enabled) {
                enabled = false;
                problems.add(new Problem(p.line, Widening.DISABLED_DENY));
            }
            List<String> hits = List.copyOf(new LinkedHashSet<>(vipHits));
            vipHits.clear();
            List<Rule> out = new ArrayList<>();
            Setting dstLine = p.get("dstaddr") != null ? p.get("dstaddr") : p.get("dstaddr6");
            // resolve the VIPs first, so every piece of the policy names the ones left out
            List<List<VipTarget>> targets = new ArrayList<>();
            for (String vip : hits) {
                targets.add(vipTargets(vip, dstLine, new HashSet<>()));
            }
            if (!dst.isEmpty() || hits.isEmpty()) {
                out.add(piece(filter, p, act, src, dst, svc, enabled));
            }
            for (List<VipTarget> vipTargets : targets) {
                for (VipTarget t : vipTargets) {
                    // a deny of a VIP stops only the traffic sent to the VIP, never traffic sent
                    // to the mapped server directly; in the post-NAT space its piece would also
                    // hide permits of that direct traffic, so it is kept disabled
                    out.add(piece(
                            filter,
                            p,
                            act,
                            src,
                            t.mapped(),
                            Dnat.translate(svc.intersect(t.original()), t.port()),
                            enabled && act == Action.PERMIT));
                }
            }
            if (out.isEmpty()) {
                // every VIP the policy names was dropped: keep the policy, matching nothing, so it is still seen
                out.add(piece(filter, p, act, src, AddressSet.EMPTY, svc, enabled));
            }
            return out;
        }

        private Rule piece(
                String filter, Entry p, Action act, AddressSet src, AddressSet dst, ServiceSet svc, boolean enabled) {
            return new Rule(
                            device,
                            filter,
                            p.name,
                            act,
                            src,
                            dst,
                            svc,
                            interfaces(p.get("srcintf")),
                            interfaces(p.get("dstintf")),
                            enabled,
                            file,
                            p.line.number())
                    .withUnresolved(List.copyOf(dropped));
        }

        /**
         * Where a VIP sends what it receives: the mapped addresses, the services it forwards
         * (before translation) and the mapped port range, or null when ports are not translated.
         */
        record VipTarget(AddressSet mapped, ServiceSet original, int @Nullable [] port) {}

        private List<VipTarget> vipTargets(String name, @Nullable Setting line, Set<String> visiting) {
            SourceLine at = line == null ? null : line.line();
            if (!visiting.add(name)) {
                problem(at, "VIP グループ " + name + " が自分自身を含んでいます");
                dropped.add(name);
                return List.of();
            }
            Entry group = vipGroups.get(name);
            if (group != null) {
                List<VipTarget> out = new ArrayList<>();
                Setting m = group.get("member");
                for (String member : m == null ? List.<String>of() : m.values()) {
                    out.addAll(vipTargets(member, line, visiting));
                }
                return out;
            }
            Entry vip = vips.get(name);
            if (vip == null) {
                problem(at, "定義されていない VIP " + name + " を参照しています");
                dropped.add(name);
                return List.of();
            }
            String type = vip.first("type", "static-nat").toLowerCase(Locale.ROOT);
            boolean forward = vip.first("portforward", "disable").equalsIgnoreCase("enable");
            String protocol = vip.first("protocol", "tcp").toLowerCase(Locale.ROOT);
            int protoNumber;
            switch (protocol) {
                case "tcp" -> protoNumber = Service.TCP;
                case "udp" -> protoNumber = Service.UDP;
                case "sctp" -> protoNumber = 132;
                case "icmp" -> protoNumber = Service.ICMP;
                default -> {
                    problem(at, "VIP " + name + " のプロトコル " + protocol + " は不明です: この VIP を宛先から除きました");
                    dropped.add(name);
                    return List.of();
                }
            }
            try {
                switch (type) {
                    case "static-nat" -> {
                        Setting mapped = vip.get("mappedip");
                        if (mapped == null || mapped.values().isEmpty()) {
                            problem(vip.line, "VIP " + name + " に mappedip がありません: この VIP を宛先から除きました");
                            dropped.add(name);
                            return List.of();
                        }
                        AddressSet addrs = AddressSet.EMPTY;
                        for (String v : mapped.values()) {
                            addrs = addrs.union(AddressSet.of(v));
                        }
                        if (!forward) {
                            return List.of(new VipTarget(addrs, ServiceSet.ANY, null));
                        }
                        int[] ext = Dnat.ports(vip.first("extport", ""));
                        int[] to = Dnat.ports(vip.first("mappedport", vip.first("extport", "")));
                        if (ext == null || to == null) {
                            problem(vip.line, "VIP " + name + " の extport/mappedport を解釈できません: この VIP を宛先から除きました");
                            dropped.add(name);
                            return List.of();
                        }
                        return List.of(forwarded(addrs, protoNumber, ext, to));
                    }
                    case "load-balance", "server-load-balance" -> {
                        List<VipTarget> out = new ArrayList<>();
                        int[] ext = Dnat.ports(vip.first("extport", ""));
                        for (FortiTree.Section s : vip.sections) {
                            if (!s.path.equalsIgnoreCase("realservers")) {
                                continue;
                            }
                            for (Entry real : s.entries) {
                                String ip = real.first("ip", "");
                                if (ip.isEmpty()) {
                                    problem(real.line, "VIP " + name + " の実サーバーに ip がありません");
                                    continue;
                                }
                                int[] port = Dnat.ports(real.first("port", ""));
                                if (ext != null && port != null) {
                                    out.add(forwarded(AddressSet.of(ip), protoNumber, ext, port));
                                } else {
                                    out.add(new VipTarget(AddressSet.of(ip), ServiceSet.ANY, null));
                                }
                            }
                        }
                        if (out.isEmpty()) {
                            problem(vip.line, "VIP " + name + " に実サーバー(realservers)がありません: この VIP を宛先から除きました");
                            dropped.add(name);
                        }
                        return out;
                    }
                    default -> {
                        problem(vip.line, "VIP " + name + " は種別 " + type + " のため転送先を IP 範囲に展開できません: この VIP を宛先から除きました");
                        dropped.add(name);
                        return List.of();
                    }
                }
            } catch (IllegalArgumentException e) {
                problem(vip.line, "VIP " + name + " の転送先アドレスが不正です: " + e.getMessage());
                dropped.add(name);
                return List.of();
            } finally {
                visiting.remove(name);
            }
        }

        private static VipTarget forwarded(AddressSet addrs, int proto, int[] ext, int[] to) {
            if (!Service.hasPorts(proto)) {
                // sctp and icmp port forwarding: the model has no ports for them, keep the protocol whole
                return new VipTarget(addrs, ServiceSet.of(Service.protocol(proto)), null);
            }
            // the policy's service may be written for the external or the mapped port: accept both
            ServiceSet original = ServiceSet.of(new Service(proto, ext[0], ext[1]), new Service(proto, to[0], to[1]));
            return new VipTarget(addrs, original, to);
        }

        private void problem(@Nullable SourceLine line, String reason) {
            if (line != null) {
                problems.add(new Problem(line, reason));
            }
        }

        private AddressSet side(Entry p, String key4, String key6, boolean v6Table) {
            Setting a4 = v6Table ? null : p.get(key4);
            Setting a6 = v6Table ? p.get(key4) : p.get(key6);
            if (a4 == null && a6 == null) {
                problems.add(new Problem(p.line, key4 + " がないため、どの通信にも一致しない規則として扱います"));
                return AddressSet.EMPTY;
            }
            AddressSet out = AddressSet.EMPTY;
            if (a4 != null) {
                AddressSet set = names(a4, false);
                out = out.union(enabled(p, key4 + "-negate") ? AddressSet.ANY_V4.minus(set) : set);
            }
            if (a6 != null) {
                AddressSet set = names(a6, true);
                String negate = v6Table ? key4 + "-negate" : key6 + "-negate";
                out = out.union(enabled(p, negate) ? ANY_V6.minus(set) : set);
            }
            return out;
        }

        private static boolean enabled(Entry p, String key) {
            return p.first(key, "disable").equalsIgnoreCase("enable");
        }

        private AddressSet names(Setting s, boolean v6) {
            AddressSet out = AddressSet.EMPTY;
            for (String name : s.values()) {
                Resolved<AddressSet> r = address(name, v6, new HashSet<>());
                out = out.union(r.value);
                for (String why : r.problems) {
                    problems.add(new Problem(s.line(), why));
                }
                if (!r.problems.isEmpty()) {
                    dropped.add(name);
                }
            }
            return out;
        }

        private Resolved<AddressSet> address(String name, boolean v6, Set<String> visiting) {
            if (name.equalsIgnoreCase("all")) {
                return Resolved.ok(v6 ? ANY_V6 : AddressSet.ANY_V4);
            }
            if (name.equalsIgnoreCase("none")) {
                return Resolved.ok(AddressSet.EMPTY);
            }
            if (!visiting.add(name)) {
                return Resolved.failed(AddressSet.EMPTY, "アドレスグループ " + name + " が自分自身を含んでいます");
            }
            Entry group = (v6 ? groups6 : groups).get(name);
            if (group != null) {
                AddressSet members = AddressSet.EMPTY;
                List<String> why = new ArrayList<>();
                Setting m = group.get("member");
                for (String member : m == null ? List.<String>of() : m.values()) {
                    Resolved<AddressSet> r = address(member, v6, visiting);
                    members = members.union(r.value);
                    why.addAll(r.problems);
                }
                Setting excluded = group.get("exclude-member");
                if (group.first("exclude", "disable").equalsIgnoreCase("enable") && excluded != null) {
                    for (String member : excluded.values()) {
                        Resolved<AddressSet> r = address(member, v6, visiting);
                        members = members.minus(r.value);
                        why.addAll(r.problems);
                    }
                }
                visiting.remove(name);
                return new Resolved<>(members, why);
            }
            visiting.remove(name);
            Entry a = (v6 ? addresses6 : addresses).get(name);
            if (a == null) {
                if (vips.containsKey(name) || vipGroups.containsKey(name)) {
                    // resolved by the policy into its own pieces, towards the mapped addresses
                    vipHits.add(name);
                    return Resolved.ok(AddressSet.EMPTY);
                }
                return Resolved.failed(AddressSet.EMPTY, "定義されていないアドレス " + name + " を参照しています");
            }
            return v6 ? address6(a) : address4(a);
        }

        private static Resolved<AddressSet> address4(Entry a) {
            String type = a.first("type", "ipmask").toLowerCase(Locale.ROOT);
            try {
                switch (type) {
                    case "ipmask", "interface-subnet" -> {
                        Setting subnet = a.get("subnet");
                        if (subnet == null || subnet.values().isEmpty()) {
                            return Resolved.ok(AddressSet.ANY_V4);
                        }
                        return Resolved.ok(AddressSet.of(String.join(" ", subnet.values())));
                    }
                    case "iprange" -> {
                        String from = a.first("start-ip", "0.0.0.0");
                        String to = a.first("end-ip", from);
                        return Resolved.ok(AddressSet.of(from + "-" + to));
                    }
                    default -> {
                        return Resolved.failed(
                                AddressSet.EMPTY,
                                "アドレス " + a.name + " は種別 " + type + " のため IP 範囲に展開できません: この規則から除きました");
                    }
                }
            } catch (IllegalArgumentException e) {
                return Resolved.failed(AddressSet.EMPTY, "アドレス " + a.name + " の値が不正です: " + e.getMessage());
            }
        }

        private static Resolved<AddressSet> address6(Entry a) {
            String type = a.first("type", "ipprefix").toLowerCase(Locale.ROOT);
            try {
                switch (type) {
                    case "ipprefix" -> {
                        AddressSet set = AddressSet.of(a.first("ip6", "::/0"));
                        // ::/0 would also cover the IPv4-mapped block of the shared address space
                        return Resolved.ok(set.intersect(ANY_V6));
                    }
                    case "iprange" -> {
                        String from = a.first("start-ip", "::");
                        return Resolved.ok(AddressSet.of(from + "-" + a.first("end-ip", from)));
                    }
                    default -> {
                        return Resolved.failed(
                                AddressSet.EMPTY,
                                "IPv6 アドレス " + a.name + " は種別 " + type + " のため IP 範囲に展開できません: この規則から除きました");
                    }
                }
            } catch (IllegalArgumentException e) {
                return Resolved.failed(AddressSet.EMPTY, "IPv6 アドレス " + a.name + " の値が不正です: " + e.getMessage());
            }
        }

        private ServiceSet services(Setting s) {
            List<Service> out = new ArrayList<>();
            for (String name : s.values()) {
                Resolved<ServiceSet> r = service(name, new HashSet<>());
                out.addAll(r.value.services());
                for (String why : r.problems) {
                    problems.add(new Problem(s.line(), why));
                }
                if (!r.problems.isEmpty()) {
                    dropped.add(name);
                }
            }
            return new ServiceSet(out);
        }

        private Resolved<ServiceSet> service(String name, Set<String> visiting) {
            if (!visiting.add(name)) {
                return Resolved.failed(ServiceSet.EMPTY, "サービスグループ " + name + " が自分自身を含んでいます");
            }
            try {
                Entry custom = services.get(name);
                if (custom != null) {
                    return Resolved.ok(custom(custom));
                }
                Entry group = serviceGroups.get(name);
                if (group != null) {
                    List<Service> all = new ArrayList<>();
                    List<String> why = new ArrayList<>();
                    Setting m = group.get("member");
                    for (String member : m == null ? List.<String>of() : m.values()) {
                        Resolved<ServiceSet> r = service(member, visiting);
                        all.addAll(r.value.services());
                        why.addAll(r.problems);
                    }
                    return new Resolved<>(new ServiceSet(all), why);
                }
                List<String> predefined = FortiServices.PREDEFINED.get(name.toUpperCase(Locale.ROOT));
                if (predefined != null) {
                    List<Service> all = new ArrayList<>();
                    for (String spec : predefined) {
                        Resolved<ServiceSet> r = spec.startsWith("@")
                                ? service(spec.substring(1), visiting)
                                : Resolved.ok(ServiceSet.parse(spec));
                        all.addAll(r.value.services());
                    }
                    return Resolved.ok(new ServiceSet(all));
                }
                return Resolved.failed(ServiceSet.EMPTY, "定義されていないサービス " + name + " を参照しています");
            } finally {
                visiting.remove(name);
            }
        }

        /** A {@code config firewall service custom} entry. */
        private ServiceSet custom(Entry e) {
            String protocol = e.first("protocol", "TCP/UDP/SCTP").toUpperCase(Locale.ROOT);
            List<Service> out = new ArrayList<>();
            switch (protocol) {
                case "ICMP" -> out.add(icmp(e, Service.ICMP));
                case "ICMP6" -> out.add(icmp(e, Service.ICMPV6));
                case "IP", "ALL" -> {
                    int number = parseInt(e.first("protocol-number", "0"));
                    out.add(number <= 0 || number > 255 ? Service.ANY : Service.protocol(number));
                }
                default -> {
                    if (!protocol.startsWith("TCP/UDP")) {
                        problems.add(new Problem(e.line, "サービス " + e.name + " のプロトコル " + protocol + " は扱いません"));
                        return ServiceSet.EMPTY;
                    }
                    ranges(e, "tcp-portrange", Service.TCP, out);
                    ranges(e, "udp-portrange", Service.UDP, out);
                    ranges(e, "udplite-portrange", 136, out);
                    ranges(e, "sctp-portrange", 132, out);
                    if (out.isEmpty()) {
                        problems.add(new Problem(e.line, "サービス " + e.name + " にポート範囲がないため、どの通信にも一致しません"));
                    }
                }
            }
            Setting iprange = e.get("iprange");
            if (iprange != null
                    && !iprange.values().isEmpty()
                    && !iprange.values().get(0).equals("0.0.0.0")) {
                widened = true;
                problems.add(new Problem(iprange.line(), "サービスの宛先アドレス指定は扱わず、全宛先として扱います"));
            }
            Setting fqdn = e.get("fqdn");
            if (fqdn != null
                    && !fqdn.values().isEmpty()
                    && !fqdn.values().get(0).isEmpty()) {
                widened = true;
                problems.add(new Problem(fqdn.line(), "サービスの宛先 FQDN 指定は扱わず、全宛先として扱います"));
            }
            return new ServiceSet(out);
        }

        /**
         * An ICMP service: {@code icmptype} (unset: every type) and {@code icmpcode} (unset: every
         * code of the type). A value outside 0–255 is reported and read as every type (a permit
         * becomes wider, never narrower).
         */
        private Service icmp(Entry e, int protocol) {
            Setting type = e.get("icmptype");
            if (type == null || type.values().isEmpty()) {
                return Service.protocol(protocol);
            }
            int t = parseInt(type.values().get(0));
            if (t < 0 || t > 255) {
                widened = true;
                problems.add(
                        new Problem(type.line(), "ICMP タイプ " + type.values().get(0) + " を解釈できず、ICMP 全体として扱います"));
                return Service.protocol(protocol);
            }
            Setting code = e.get("icmpcode");
            if (code == null || code.values().isEmpty()) {
                return Service.icmpType(protocol, t);
            }
            int c = parseInt(code.values().get(0));
            if (c < 0 || c > 255) {
                widened = true;
                problems.add(new Problem(
                        code.line(), "ICMP コード " + code.values().get(0) + " を解釈できず、タイプ " + t + " の全コードとして扱います"));
                return Service.icmpType(protocol, t);
            }
            return Service.icmpCodes(protocol, t, c, c);
        }

        private void ranges(Entry e, String key, int protocol, List<Service> out) {
            Setting s = e.get(key);
            if (s == null) {
                return;
            }
            for (String range : s.values()) {
                String[] parts = range.split(":", 2);
                int[] dst = portRange(parts[0]);
                if (dst == null) {
                    problems.add(new Problem(s.line(), "ポート範囲 " + range + " を解釈できません"));
                    continue;
                }
                if (parts.length == 2) {
                    int[] src = portRange(parts[1]);
                    if (src == null) {
                        problems.add(new Problem(s.line(), "送信元ポート範囲 " + parts[1] + " を解釈できません"));
                    } else if (src[0] > 1 || src[1] < 65535) {
                        widened = true;
                        problems.add(
                                new Problem(s.line(), "送信元ポートの制限 " + parts[1] + " は扱わず、全送信元ポートとして扱います(許可を広めに評価します)"));
                    }
                }
                if (Service.hasPorts(protocol)) {
                    out.add(new Service(protocol, dst[0], dst[1]));
                } else {
                    if (dst[0] > 1 || dst[1] < 65535) {
                        widened = true;
                        problems.add(new Problem(s.line(), "プロトコル " + protocol + " のポート指定は扱わず、全ポートとして扱います"));
                    }
                    out.add(Service.protocol(protocol));
                }
            }
        }

        private static int @Nullable [] portRange(String text) {
            String[] p = text.split("-", 2);
            int from = parseInt(p[0]);
            int to = p.length == 2 ? parseInt(p[1]) : from;
            if (from < 0 || to < 0 || from > 65535 || to > 65535 || from > to) {
                return null;
            }
            return new int[] {from, to};
        }

        private static int parseInt(String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private List<String> interfaces(@Nullable Setting s) {
            if (s == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String name : s.values()) {
                if (name.equalsIgnoreCase("any")) {
                    return List.of();
                }
                // a system zone is kept by its own name: the zone file maps vendor zones or ports
                out.add(name);
            }
            return out;
        }
    }
}
