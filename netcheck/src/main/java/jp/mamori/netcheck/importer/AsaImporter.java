package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Reads Cisco ASA configuration ({@code show running-config}).
 *
 * <p>Each extended access-list applied with {@code access-group} becomes one rule set named after
 * the list, ending in the implicit deny; {@code in interface X} sets the rules' source interface,
 * {@code out interface X} their destination interface, {@code global} neither. When the file has
 * no {@code access-group} at all (an excerpt of access-lists), every extended list is imported;
 * otherwise a list no {@code access-group} applies is reported and not evaluated. Rule ids are
 * {@code ACL#n}, n the 1-based line within the list, counting remarks as ASA does. Network and
 * service objects and object-groups (nested) are expanded.
 */
public final class AsaImporter implements RuleImporter {
    private static final Map<String, Integer> PORTS = Map.ofEntries(
            Map.entry("aol", 5190),
            Map.entry("bgp", 179),
            Map.entry("biff", 512),
            Map.entry("bootpc", 68),
            Map.entry("bootps", 67),
            Map.entry("chargen", 19),
            Map.entry("cifs", 3020),
            Map.entry("citrix-ica", 1494),
            Map.entry("cmd", 514),
            Map.entry("ctiqbe", 2748),
            Map.entry("daytime", 13),
            Map.entry("discard", 9),
            Map.entry("dnsix", 195),
            Map.entry("domain", 53),
            Map.entry("echo", 7),
            Map.entry("exec", 512),
            Map.entry("finger", 79),
            Map.entry("ftp", 21),
            Map.entry("ftp-data", 20),
            Map.entry("gopher", 70),
            Map.entry("h323", 1720),
            Map.entry("hostname", 101),
            Map.entry("http", 80),
            Map.entry("https", 443),
            Map.entry("ident", 113),
            Map.entry("imap4", 143),
            Map.entry("irc", 194),
            Map.entry("isakmp", 500),
            Map.entry("kerberos", 88),
            Map.entry("klogin", 543),
            Map.entry("kshell", 544),
            Map.entry("ldap", 389),
            Map.entry("ldaps", 636),
            Map.entry("login", 513),
            Map.entry("lotusnotes", 1352),
            Map.entry("lpd", 515),
            Map.entry("mobile-ip", 434),
            Map.entry("nameserver", 42),
            Map.entry("netbios-dgm", 138),
            Map.entry("netbios-ns", 137),
            Map.entry("netbios-ssn", 139),
            Map.entry("nfs", 2049),
            Map.entry("nntp", 119),
            Map.entry("ntp", 123),
            Map.entry("pcanywhere-data", 5631),
            Map.entry("pcanywhere-status", 5632),
            Map.entry("pim-auto-rp", 496),
            Map.entry("pop2", 109),
            Map.entry("pop3", 110),
            Map.entry("pptp", 1723),
            Map.entry("radius", 1645),
            Map.entry("radius-acct", 1646),
            Map.entry("rip", 520),
            Map.entry("rsh", 514),
            Map.entry("rtsp", 554),
            Map.entry("secureid-udp", 5510),
            Map.entry("sip", 5060),
            Map.entry("smtp", 25),
            Map.entry("snmp", 161),
            Map.entry("snmptrap", 162),
            Map.entry("sqlnet", 1521),
            Map.entry("ssh", 22),
            Map.entry("sunrpc", 111),
            Map.entry("syslog", 514),
            Map.entry("tacacs", 49),
            Map.entry("talk", 517),
            Map.entry("telnet", 23),
            Map.entry("tftp", 69),
            Map.entry("time", 37),
            Map.entry("uucp", 540),
            Map.entry("who", 513),
            Map.entry("whois", 43),
            Map.entry("www", 80),
            Map.entry("xdmcp", 177));

    /**
     * Top-level commands that do not decide what an access-list passes. A first word outside this
     * list and the handled ones is reported, so a pasted fragment of another syntax is not read as
     * understood.
     */
    private static final Set<String> OTHER_COMMANDS = Set.of(
            "asa",
            "pix",
            "interface",
            "domain-name",
            "names",
            "name",
            "route",
            "nat",
            "timeout",
            "ssh",
            "telnet",
            "http",
            "logging",
            "snmp-server",
            "aaa",
            "aaa-server",
            "crypto",
            "tunnel-group",
            "group-policy",
            "username",
            "ntp",
            "dns",
            "ftp",
            "pager",
            "mtu",
            "icmp",
            "arp",
            "no",
            "class-map",
            "policy-map",
            "service-policy",
            "prompt",
            "user-identity",
            "dhcpd",
            "dhcprelay",
            "threat-detection",
            "webvpn",
            "failover",
            "monitor-interface",
            "same-security-traffic",
            "asdm",
            "console",
            "enable",
            "passwd",
            "boot",
            "clock",
            "dns-guard",
            "xlate",
            "management-access",
            "firewall",
            "ip",
            "ipv6",
            "license",
            "jumbo-frame",
            "call-home",
            "profile",
            "service",
            "sysopt",
            "terminal",
            "cryptochecksum:",
            "mac-address",
            "end",
            "vpdn",
            "vpn-addr-assign",
            "fragment",
            "router",
            "regex",
            "time-range",
            "inspect",
            "tls-proxy",
            "dynamic-access-policy-record",
            "object-group-search",
            "hpm",
            "flow-export",
            "auth-prompt",
            "banner",
            "ca",
            "password",
            "context",
            "config-url",
            "allocate-interface",
            "mode",
            "storage",
            "anyconnect",
            "multicast-routing",
            "eigrp",
            "ospf",
            "bgp",
            "track",
            "sla",
            "wccp",
            "priority-queue",
            "quota",
            "vpn-sessiondb",
            "resource",
            "smart-licensing");

    private static final Set<String> PORT_OPERATORS = Set.of("eq", "neq", "lt", "gt", "range");

    /** An {@code object} or {@code object-group} with its body lines. */
    private record Definition(
            String kind, String name, @Nullable String protocol, SourceLine line, List<SourceLine> body) {}

    /** One extended ACE line, kept until all objects are known. */
    private record Ace(String acl, int position, SourceLine line, List<String> words) {}

    @Override
    public ImportResult read(String fileName, String text, @Nullable String device) {
        LineLedger ledger = new LineLedger(fileName);
        List<RuleSet> sets = new ArrayList<>();
        try {
            Map<String, Definition> objects = new HashMap<>();
            Map<String, List<Ace>> acls = new LinkedHashMap<>();
            Map<String, Integer> positions = new HashMap<>();
            Map<String, List<List<String>>> groups = new LinkedHashMap<>();
            String hostname = null;
            Definition current = null;
            // interfaces in file order: {nameif, security-level}
            List<String[]> ifaces = new ArrayList<>();
            String[] iface = null;
            boolean sameSecurity = false;
            for (SourceLine line : SourceLine.split(text)) {
                String t = line.trimmed();
                if (t.isEmpty() || t.startsWith("!") || t.startsWith(":")) {
                    continue;
                }
                ledger.read();
                boolean indented = Character.isWhitespace(line.text().charAt(0));
                List<String> w = Words.split(t);
                if (indented && iface != null) {
                    if (w.get(0).equals("nameif") && w.size() > 1) {
                        iface[0] = w.get(1);
                    } else if (w.get(0).equals("security-level") && w.size() > 1) {
                        iface[1] = w.get(1);
                    }
                    continue;
                }
                if (!indented) {
                    iface = null;
                }
                if (indented) {
                    if (current != null) {
                        current.body().add(line);
                    }
                    continue; // sub-commands of interface, class-map … do not decide what passes
                }
                current = null;
                switch (w.get(0)) {
                    case "hostname" -> hostname = w.size() > 1 ? w.get(1) : null;
                    case "interface" -> {
                        iface = new String[] {null, null};
                        ifaces.add(iface);
                    }
                    case "same-security-traffic" -> {
                        if (w.size() >= 3
                                && w.get(1).equals("permit")
                                && w.get(2).equals("inter-interface")) {
                            sameSecurity = true;
                        }
                    }
                    case "object", "object-group" -> {
                        if (w.size() < 3) {
                            ledger.reject(line, "オブジェクト定義に名前がありません");
                            continue;
                        }
                        String kind = w.get(0) + " " + w.get(1);
                        current =
                                new Definition(kind, w.get(2), w.size() > 3 ? w.get(3) : null, line, new ArrayList<>());
                        objects.put(w.get(2), current);
                    }
                    case "access-list" -> {
                        if (w.size() < 3) {
                            ledger.reject(line, "access-list の形式が不正です");
                            continue;
                        }
                        String acl = w.get(1);
                        int n = positions.merge(acl, 1, Integer::sum);
                        List<String> rest = new ArrayList<>(w.subList(2, w.size()));
                        if (rest.size() >= 2 && rest.get(0).equals("line")) {
                            rest = new ArrayList<>(rest.subList(2, rest.size()));
                        }
                        switch (rest.get(0)) {
                            case "remark" -> acls.computeIfAbsent(acl, k -> new ArrayList<>());
                            case "extended" ->
                                acls.computeIfAbsent(acl, k -> new ArrayList<>())
                                        .add(new Ace(acl, n, line, rest.subList(1, rest.size())));
                            default -> ledger.reject(line, "access-list の種類 " + rest.get(0) + " は扱いません(extended のみ対応)");
                        }
                    }
                    case "access-group" -> {
                        // access-group NAME in|out interface IF  |  access-group NAME global
                        if (w.size() >= 5
                                && (w.get(2).equals("in") || w.get(2).equals("out"))
                                && w.get(3).equals("interface")) {
                            groups.computeIfAbsent(w.get(1), k -> new ArrayList<>())
                                    .add(List.of(w.get(2), w.get(4)));
                        } else if (w.size() >= 3 && w.get(2).equals("global")) {
                            groups.computeIfAbsent(w.get(1), k -> new ArrayList<>())
                                    .add(List.of("global"));
                        } else {
                            ledger.reject(line, "access-group の形式を解釈できません");
                        }
                    }
                    default -> {
                        // interfaces, routes, NAT, AAA … are read as understood: they do not filter
                        if (!OTHER_COMMANDS.contains(w.get(0).toLowerCase(Locale.ROOT))) {
                            ledger.reject(line, "ASA の設定コマンドとして解釈できません");
                        }
                    }
                }
            }
            String dev = DeviceName.choose(hostname, device, fileName);
            Map<String, List<Rule>> listRules = new HashMap<>();
            Objects resolver = new Objects(objects, ledger);
            resolver.checkBodies();
            for (Map.Entry<String, List<Ace>> acl : acls.entrySet()) {
                List<List<String>> bindings = groups.get(acl.getKey());
                if (bindings == null && !groups.isEmpty()) {
                    if (!acl.getValue().isEmpty()) {
                        ledger.reject(acl.getValue().get(0).line(), "access-group で適用されていないため、このアクセスリストは評価しません");
                    }
                    continue;
                }
                List<String> in = new ArrayList<>();
                List<String> out = new ArrayList<>();
                for (List<String> b : bindings == null ? List.<List<String>>of() : bindings) {
                    if (b.get(0).equals("in")) {
                        in.add(b.get(1));
                    } else if (b.get(0).equals("out")) {
                        out.add(b.get(1));
                    }
                }
                List<Rule> rules = new ArrayList<>();
                for (Ace ace : acl.getValue()) {
                    Rule r = resolver.rule(dev, fileName, ace, in, out);
                    if (r != null) {
                        rules.add(r);
                    }
                }
                sets.add(new RuleSet(dev, acl.getKey(), rules, Action.DENY));
                listRules.put(acl.getKey(), rules);
            }
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (String[] i : ifaces) {
                if (i[0] != null) {
                    levels.put(i[0], securityLevel(i));
                }
            }
            if (levels.size() >= 2) {
                // the lists as written keep their own findings; the zone check follows each path
                sets.replaceAll(rs ->
                        new RuleSet(rs.device(), rs.filter(), rs.rules(), rs.defaultAction(), RuleSet.Checks.RULES));
                sets.addAll(paths(dev, fileName, levels, sameSecurity, groups, listRules, ledger));
            }
            for (String bound : groups.keySet()) {
                if (!acls.containsKey(bound)) {
                    ledger.reject(0, "access-group " + bound, "access-group が参照するアクセスリスト " + bound + " がありません");
                }
            }
        } catch (RuntimeException e) {
            ledger.reject(0, "", "取り込み中に想定外のエラーが起きました: " + e);
        }
        return ledger.result(sets);
    }

    // an interface with a nameif but no security-level: 100 for "inside", 0 otherwise (ASA default)
    private static int securityLevel(String[] iface) {
        if (iface[1] != null) {
            try {
                return Integer.parseInt(iface[1]);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return "inside".equals(iface[0]) ? 100 : 0;
    }

    /**
     * The path from each interface to each other one: the inbound lists of the arriving interface
     * (its {@code access-group … in}, then the {@code global} list), or when it has none the
     * security levels (to a lower level passes; to an equal one only with {@code
     * same-security-traffic permit inter-interface}); then the {@code out} list of the leaving one.
     */
    private static List<RuleSet> paths(
            String dev,
            String file,
            Map<String, Integer> levels,
            boolean sameSecurity,
            Map<String, List<List<String>>> groups,
            Map<String, List<Rule>> lists,
            LineLedger ledger) {
        List<RuleSet> out = new ArrayList<>();
        List<String> large = new ArrayList<>();
        List<Rule> global = new ArrayList<>();
        Map<String, List<Rule>> inbound = new HashMap<>();
        Map<String, List<Rule>> outbound = new HashMap<>();
        for (Map.Entry<String, List<List<String>>> g : groups.entrySet()) {
            List<Rule> rules = lists.get(g.getKey());
            if (rules == null) {
                continue;
            }
            for (List<String> b : g.getValue()) {
                switch (b.get(0)) {
                    case "global" -> global.addAll(rules);
                    case "in" ->
                        inbound.computeIfAbsent(b.get(1), k -> new ArrayList<>())
                                .addAll(rules);
                    default ->
                        outbound.computeIfAbsent(b.get(1), k -> new ArrayList<>())
                                .addAll(rules);
                }
            }
        }
        for (String from : levels.keySet()) {
            for (String to : levels.keySet()) {
                if (from.equals(to)) {
                    continue;
                }
                Paths.Stage first;
                List<Rule> in = new ArrayList<>(inbound.getOrDefault(from, List.of()));
                in.addAll(global);
                if (!in.isEmpty()) {
                    first = new Paths.Stage(in, Action.DENY);
                } else {
                    int a = levels.get(from);
                    int b = levels.get(to);
                    first = a > b || (a == b && sameSecurity)
                            ? Paths.Stage.OPEN
                            : new Paths.Stage(List.of(), Action.DENY);
                }
                List<Rule> eg = outbound.get(to);
                Paths.Stage second = eg == null ? Paths.Stage.OPEN : new Paths.Stage(eg, Action.DENY);
                if (Paths.tooLarge(first, second)) {
                    large.add(from + "→" + to);
                }
                out.add(Paths.compose(dev, from + "→" + to, file, from, to, first, second));
            }
        }
        if (!large.isEmpty()) {
            ledger.reject(
                    0,
                    "",
                    "入口と出口のアクセスリストの組み合わせが大きすぎるため、次の経路は入口側だけで評価しました(報告が実際より広くなることがあります): " + String.join(", ", large));
        }
        return out;
    }

    static int port(String text) {
        Integer named = PORTS.get(text.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        int p = Integer.parseInt(text);
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("ポート番号が範囲外です: " + text);
        }
        return p;
    }

    /** Expands objects and object-groups, and turns ACEs into rules. */
    private static final class Objects {
        final Map<String, Definition> defs;
        final LineLedger ledger;

        Objects(Map<String, Definition> defs, LineLedger ledger) {
            this.defs = defs;
            this.ledger = ledger;
        }

        /** Reports body lines no expansion would understand, once, even for unused objects. */
        void checkBodies() {
            for (Definition d : defs.values()) {
                for (SourceLine l : d.body()) {
                    List<String> w = Words.split(l.trimmed());
                    String head = w.get(0);
                    if (head.equals("description") || head.equals("nat")) {
                        continue;
                    }
                    try {
                        switch (d.kind()) {
                            case "object network" -> networkObjectLine(d, w, new HashSet<>());
                            case "object-group network" -> networkGroupLine(w, new HashSet<>());
                            case "object service",
                                    "object-group service",
                                    "object-group protocol",
                                    "object-group icmp-type" -> serviceLine(d, w, new HashSet<>());
                            default -> throw new IllegalArgumentException("オブジェクトの種類 " + d.kind() + " は扱いません");
                        }
                    } catch (RuntimeException e) {
                        ledger.reject(l, e);
                    }
                }
            }
        }

        // objects of the rule being read that could not be expanded (left out of it)
        private final List<String> dropped = new ArrayList<>();

        @Nullable
        Rule rule(String device, String file, Ace ace, List<String> in, List<String> out) {
            List<String> w = ace.words();
            Cursor c = new Cursor(w);
            dropped.clear();
            try {
                String act = c.next("動作");
                Action action = switch (act) {
                    case "permit" -> Action.PERMIT;
                    case "deny" -> Action.DENY;
                    default -> throw new IllegalArgumentException("動作 " + act + " は不明です");
                };
                ServiceSet protocol = protocol(c);
                AddressSet src = address(c);
                boolean widened = false;
                if (c.peekPorts(defs)) {
                    ports(c, ServiceSet.ANY);
                    widened = true;
                    ledger.reject(ace.line(), "送信元ポートの条件は扱わず、全送信元ポートとして扱います");
                }
                AddressSet dst = address(c);
                ServiceSet services = protocol;
                if (c.peekPorts(defs)) {
                    services = ports(c, protocol).intersect(protocol);
                }
                int icmp = singleIcmp(protocol);
                if (icmp > 0 && c.more()) {
                    // icmp_argument: a type (name or number) with an optional code, or an icmp-type group
                    services = icmpArgument(c, icmp, services);
                }
                boolean enabled = true;
                while (c.more()) {
                    String opt = c.next("");
                    switch (opt) {
                        case "inactive" -> enabled = false;
                        case "log" -> c.skipLogOptions();
                        case "time-range" -> {
                            widened = true;
                            ledger.reject(ace.line(), "time-range " + c.next("時間帯名") + " は扱わず、常に有効として扱います");
                        }
                        default -> throw new IllegalArgumentException("解釈できない語 " + opt + " があります");
                    }
                }
                if (widened && action == Action.DENY && enabled) {
                    enabled = false;
                    ledger.reject(ace.line(), Widening.DISABLED_DENY);
                }
                return new Rule(
                                device,
                                ace.acl(),
                                ace.acl() + "#" + ace.position(),
                                action,
                                src,
                                dst,
                                services,
                                in,
                                out,
                                enabled,
                                file,
                                ace.line().number())
                        .withUnresolved(List.copyOf(dropped));
            } catch (RuntimeException e) {
                ledger.reject(ace.line(), e);
                return null;
            }
        }

        /** The protocol number when the set is exactly icmp or icmp6, else 0. */
        private static int singleIcmp(ServiceSet protocol) {
            if (protocol.services().size() != 1) {
                return 0;
            }
            Service s = protocol.services().get(0);
            return Service.hasTypeCode(s.protocol()) && !s.isTypedIcmp() ? s.protocol() : 0;
        }

        private ServiceSet icmpArgument(Cursor c, int icmp, ServiceSet services) {
            String word = c.next("ICMP タイプ");
            if (word.equals("object-group")) {
                String name = c.next("ICMP タイプグループ名");
                Definition d = defs.get(name);
                if (d == null || !d.kind().equals("object-group icmp-type")) {
                    throw new IllegalArgumentException("ICMP タイプグループ " + name + " が定義されていません");
                }
                return services(d, new HashSet<>()).intersect(ServiceSet.of(Service.protocol(icmp)));
            }
            if (!IcmpTypes.isAsaType(word, icmp)) {
                c.rewind(1); // log, inactive, time-range …
                return services;
            }
            @Nullable String code = null;
            if (c.more() && c.peek().chars().allMatch(Character::isDigit)) {
                code = c.next("ICMP コード");
            }
            return ServiceSet.of(IcmpTypes.asa(word, code, icmp));
        }

        private ServiceSet protocol(Cursor c) {
            String p = c.next("プロトコル");
            if (p.equals("object-group") || p.equals("object")) {
                String name = c.next("オブジェクト名");
                Definition d = defs.get(name);
                if (d == null || !(d.kind().contains("service") || d.kind().contains("protocol"))) {
                    throw new IllegalArgumentException("サービスオブジェクト " + name + " が定義されていません");
                }
                return services(d, new HashSet<>());
            }
            int number = Service.protocolNumber(p.equals("icmp6") ? "icmpv6" : p);
            return number == Service.ANY_PROTOCOL ? ServiceSet.ANY : ServiceSet.of(Service.protocol(number));
        }

        private AddressSet address(Cursor c) {
            String a = c.next("アドレス");
            switch (a) {
                case "any" -> {
                    return AddressSet.ANY;
                }
                case "any4" -> {
                    return AddressSet.ANY_V4;
                }
                case "any6" -> {
                    return AddressSet.ANY_V4.complement();
                }
                case "host" -> {
                    return AddressSet.of(c.next("ホストアドレス"));
                }
                case "object", "object-group" -> {
                    String name = c.next("オブジェクト名");
                    Definition d = defs.get(name);
                    if (d == null || !d.kind().endsWith("network")) {
                        // left out, not the whole entry: the rule is reported UNRESOLVED
                        dropped.add(name);
                        return AddressSet.EMPTY;
                    }
                    return network(d, new HashSet<>());
                }
                case "interface" ->
                    throw new IllegalArgumentException("interface " + c.next("インターフェース名") + " によるアドレス指定は扱いません");
                default -> {
                    if (a.contains("/") || a.contains(":")) {
                        return AddressSet.of(a);
                    }
                    return AddressSet.of(a + " " + c.next("サブネットマスク"));
                }
            }
        }

        private ServiceSet ports(Cursor c, ServiceSet protocol) {
            String op = c.next("ポート条件");
            if (op.equals("object-group")) {
                String name = c.next("サービスグループ名");
                Definition d = defs.get(name);
                if (d == null || !d.kind().equals("object-group service")) {
                    throw new IllegalArgumentException("サービスグループ " + name + " が定義されていません");
                }
                return services(d, new HashSet<>());
            }
            List<int[]> ranges = portRanges(op, c);
            List<Service> out = new ArrayList<>();
            for (Service s : protocol.services()) {
                List<Integer> protos = s.protocol() == Service.ANY_PROTOCOL
                        ? List.of(Service.TCP, Service.UDP)
                        : List.of(s.protocol());
                for (int pr : protos) {
                    if (!Service.hasPorts(pr)) {
                        throw new IllegalArgumentException("ポート条件はプロトコル tcp/udp にのみ指定できます");
                    }
                    for (int[] r : ranges) {
                        out.add(new Service(pr, r[0], r[1]));
                    }
                }
            }
            return new ServiceSet(out);
        }

        private static List<int[]> portRanges(String op, Cursor c) {
            int p = port(c.next("ポート"));
            return switch (op) {
                case "eq" -> List.of(new int[] {p, p});
                case "lt" -> p == 0 ? List.of() : List.of(new int[] {0, p - 1});
                case "gt" -> p == 65535 ? List.of() : List.of(new int[] {p + 1, 65535});
                case "neq" -> {
                    List<int[]> r = new ArrayList<>();
                    if (p > 0) {
                        r.add(new int[] {0, p - 1});
                    }
                    if (p < 65535) {
                        r.add(new int[] {p + 1, 65535});
                    }
                    yield r;
                }
                case "range" -> {
                    int to = port(c.next("ポート"));
                    if (to < p) {
                        throw new IllegalArgumentException("ポート範囲の始点が終点より後です");
                    }
                    yield List.of(new int[] {p, to});
                }
                default -> throw new IllegalArgumentException("ポート条件 " + op + " は不明です");
            };
        }

        private AddressSet network(Definition d, Set<String> visiting) {
            if (!visiting.add(d.name())) {
                throw new IllegalArgumentException("オブジェクトグループ " + d.name() + " が自分自身を含んでいます");
            }
            AddressSet out = AddressSet.EMPTY;
            for (SourceLine l : d.body()) {
                List<String> w = Words.split(l.trimmed());
                if (w.get(0).equals("description") || w.get(0).equals("nat")) {
                    continue;
                }
                try {
                    out = out.union(
                            d.kind().equals("object network")
                                    ? networkObjectLine(d, w, visiting)
                                    : networkGroupLine(w, visiting));
                } catch (RuntimeException e) {
                    // already reported by checkBodies; the rule keeps what could be expanded
                    if (!dropped.contains(d.name())) {
                        dropped.add(d.name());
                    }
                }
            }
            visiting.remove(d.name());
            return out;
        }

        private AddressSet networkObjectLine(Definition d, List<String> w, Set<String> visiting) {
            Cursor c = new Cursor(w);
            return switch (c.next("")) {
                case "host" -> AddressSet.of(c.next("ホストアドレス"));
                case "subnet" -> {
                    String a = c.next("アドレス");
                    yield a.contains("/") ? AddressSet.of(a) : AddressSet.of(a + " " + c.next("サブネットマスク"));
                }
                case "range" -> AddressSet.of(c.next("範囲の始点") + "-" + c.next("範囲の終点"));
                default ->
                    throw new IllegalArgumentException(
                            "ネットワークオブジェクト " + d.name() + " の " + w.get(0) + " は IP 範囲に展開できません(参照する規則からは除かれます)");
            };
        }

        private AddressSet networkGroupLine(List<String> w, Set<String> visiting) {
            Cursor c = new Cursor(w);
            String head = c.next("");
            if (head.equals("group-object")) {
                return named(c.next("グループ名"), visiting);
            }
            if (!head.equals("network-object")) {
                throw new IllegalArgumentException("ネットワークグループの行 " + head + " は扱いません");
            }
            String a = c.next("アドレス");
            return switch (a) {
                case "host" -> AddressSet.of(c.next("ホストアドレス"));
                case "object" -> named(c.next("オブジェクト名"), visiting);
                default ->
                    a.contains("/") || a.contains(":") ? AddressSet.of(a) : AddressSet.of(a + " " + c.next("マスク"));
            };
        }

        private AddressSet named(String name, Set<String> visiting) {
            Definition d = defs.get(name);
            if (d == null || !d.kind().endsWith("network")) {
                throw new IllegalArgumentException("ネットワークオブジェクト " + name + " が定義されていません");
            }
            return network(d, visiting);
        }

        private ServiceSet services(Definition d, Set<String> visiting) {
            if (!visiting.add(d.name())) {
                throw new IllegalArgumentException("オブジェクトグループ " + d.name() + " が自分自身を含んでいます");
            }
            List<Service> out = new ArrayList<>();
            for (SourceLine l : d.body()) {
                List<String> w = Words.split(l.trimmed());
                if (w.get(0).equals("description")) {
                    continue;
                }
                try {
                    out.addAll(serviceLine(d, w, visiting).services());
                } catch (RuntimeException e) {
                    // reported by checkBodies
                }
            }
            visiting.remove(d.name());
            return new ServiceSet(out);
        }

        /** One line of a service object, service group, protocol group or icmp-type group. */
        private ServiceSet serviceLine(Definition d, List<String> w, Set<String> visiting) {
            Cursor c = new Cursor(w);
            String head = c.next("");
            switch (head) {
                case "group-object" -> {
                    String name = c.next("グループ名");
                    Definition g = defs.get(name);
                    if (g == null) {
                        throw new IllegalArgumentException("グループ " + name + " が定義されていません");
                    }
                    return services(g, visiting);
                }
                case "protocol-object" -> {
                    int n = Service.protocolNumber(c.next("プロトコル"));
                    return n == Service.ANY_PROTOCOL ? ServiceSet.ANY : ServiceSet.of(Service.protocol(n));
                }
                case "icmp-object" -> {
                    String type = c.next("ICMP タイプ");
                    if (!IcmpTypes.isAsaType(type, Service.ICMP)) {
                        throw new IllegalArgumentException("ICMP タイプ " + type + " は不明です");
                    }
                    return ServiceSet.of(IcmpTypes.asa(type, null, Service.ICMP));
                }
                case "port-object" -> {
                    return withProtocols(d.protocol(), c);
                }
                case "service-object", "service" -> {
                    String p = c.next("プロトコル");
                    if (p.equals("object")) {
                        String name = c.next("オブジェクト名");
                        Definition g = defs.get(name);
                        if (g == null) {
                            throw new IllegalArgumentException("サービスオブジェクト " + name + " が定義されていません");
                        }
                        return services(g, visiting);
                    }
                    ServiceSet base = p.equals("tcp-udp")
                            ? ServiceSet.of(Service.protocol(Service.TCP), Service.protocol(Service.UDP))
                            : Service.protocolNumber(p.equals("icmp6") ? "icmpv6" : p) == Service.ANY_PROTOCOL
                                    ? ServiceSet.ANY
                                    : ServiceSet.of(
                                            Service.protocol(Service.protocolNumber(p.equals("icmp6") ? "icmpv6" : p)));
                    ServiceSet result = base;
                    while (c.more()) {
                        String what = c.next("");
                        if (what.equals("source")) {
                            portRanges(c.next("ポート条件"), c);
                            ledger.reject(d.line(), "送信元ポートの条件は扱わず、全送信元ポートとして扱います");
                        } else if (what.equals("destination")) {
                            result = ports(c, base);
                        } else if (PORT_OPERATORS.contains(what)) {
                            c.rewind(1);
                            result = ports(c, base); // older form without the destination keyword
                        } else if (singleIcmp(base) > 0 && IcmpTypes.isAsaType(what, singleIcmp(base))) {
                            // service icmp TYPE [CODE]
                            String code = c.more() && c.peek().chars().allMatch(Character::isDigit)
                                    ? c.next("ICMP コード")
                                    : null;
                            result = ServiceSet.of(IcmpTypes.asa(what, code, singleIcmp(base)));
                        } else {
                            throw new IllegalArgumentException("サービスの語 " + what + " を解釈できません");
                        }
                    }
                    return result;
                }
                default -> throw new IllegalArgumentException("サービス定義の行 " + head + " は扱いません");
            }
        }

        private ServiceSet withProtocols(@Nullable String protocol, Cursor c) {
            List<Service> protos = new ArrayList<>();
            String p = protocol == null ? "tcp" : protocol;
            if (p.equals("tcp") || p.equals("tcp-udp")) {
                protos.add(Service.protocol(Service.TCP));
            }
            if (p.equals("udp") || p.equals("tcp-udp")) {
                protos.add(Service.protocol(Service.UDP));
            }
            if (protos.isEmpty()) {
                throw new IllegalArgumentException("port-object にはプロトコル tcp/udp/tcp-udp のグループが必要です");
            }
            return ports(c, new ServiceSet(protos));
        }
    }

    /** Reads words left to right with a clear message when one is missing. */
    private static final class Cursor {
        final List<String> w;
        int i;

        Cursor(List<String> w) {
            this.w = w;
        }

        boolean more() {
            return i < w.size();
        }

        String next(String what) {
            if (i >= w.size()) {
                throw new IllegalArgumentException((what.isEmpty() ? "値" : what) + "がありません(行が途中で終わっています)");
            }
            return w.get(i++);
        }

        /** True when a port condition follows: an operator, or an object-group of services. */
        boolean peekPorts(Map<String, Definition> defs) {
            if (i >= w.size()) {
                return false;
            }
            String s = w.get(i);
            if (PORT_OPERATORS.contains(s)) {
                return true;
            }
            Definition d = s.equals("object-group") && i + 1 < w.size() ? defs.get(w.get(i + 1)) : null;
            return d != null && d.kind().equals("object-group service");
        }

        String peek() {
            return w.get(i);
        }

        void rewind(int n) {
            i -= n;
        }

        void skipLogOptions() {
            while (i < w.size() && !w.get(i).equals("inactive") && !w.get(i).equals("time-range")) {
                i++;
            }
        }
    }
}
