package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.netcheck.importer.RtxLines.Logical;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleImporter;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads YAMAHA RTX {@code show config} output (and config files).
 *
 * <p>Each {@code ip <if> secure filter in|out …} becomes one rule set named {@code <if>-in} or
 * {@code <if>-out} ({@code pp1-in}, {@code tunnel2-out} inside {@code pp select}/{@code tunnel select};
 * IPv6 lists get a {@code /ipv6} suffix), ending in the implicit reject RTX applies once a direction
 * has filters. The interface becomes the rules' source interface for {@code in} and destination
 * interface for {@code out}. Rule ids are the filter numbers. Dynamic filters listed after
 * {@code dynamic} are read as permits of the forward direction and placed before the static list,
 * so they are never hidden by it (the imported filter can only be more permissive than the router).
 * Filters passing only {@code established} TCP segments (or only FIN/RST) are imported disabled:
 * they cannot open a connection. Lines wrapped by {@code show config} are joined first.
 */
public final class YamahaRtxImporter implements RuleImporter {
    private static final Map<String, Integer> PORTS = Map.ofEntries(
            Map.entry("echo", 7),
            Map.entry("discard", 9),
            Map.entry("daytime", 13),
            Map.entry("chargen", 19),
            Map.entry("ftpdata", 20),
            Map.entry("ftp", 21),
            Map.entry("ssh", 22),
            Map.entry("telnet", 23),
            Map.entry("smtp", 25),
            Map.entry("time", 37),
            Map.entry("whois", 43),
            Map.entry("domain", 53),
            Map.entry("dhcps", 67),
            Map.entry("bootps", 67),
            Map.entry("dhcpc", 68),
            Map.entry("bootpc", 68),
            Map.entry("tftp", 69),
            Map.entry("gopher", 70),
            Map.entry("finger", 79),
            Map.entry("www", 80),
            Map.entry("http", 80),
            Map.entry("kerberos", 88),
            Map.entry("pop3", 110),
            Map.entry("sunrpc", 111),
            Map.entry("ident", 113),
            Map.entry("auth", 113),
            Map.entry("nntp", 119),
            Map.entry("ntp", 123),
            Map.entry("ms-rpc", 135),
            Map.entry("netbios_ns", 137),
            Map.entry("netbios_dgm", 138),
            Map.entry("netbios_ssn", 139),
            Map.entry("imap", 143),
            Map.entry("snmp", 161),
            Map.entry("snmptrap", 162),
            Map.entry("bgp", 179),
            Map.entry("imap3", 220),
            Map.entry("ldap", 389),
            Map.entry("https", 443),
            Map.entry("ms-ds", 445),
            Map.entry("ike", 500),
            Map.entry("rlogin", 513),
            Map.entry("rwho", 513),
            Map.entry("rsh", 514),
            Map.entry("syslog", 514),
            Map.entry("printer", 515),
            Map.entry("talk", 517),
            Map.entry("route", 520),
            Map.entry("rip", 520),
            Map.entry("uucp", 540),
            Map.entry("submission", 587),
            Map.entry("imaps", 993),
            Map.entry("pop3s", 995),
            Map.entry("l2tp", 1701),
            Map.entry("pptp", 1723),
            Map.entry("radius", 1812),
            Map.entry("radacct", 1813),
            Map.entry("nfs", 2049),
            Map.entry("sip", 5060),
            Map.entry("irc", 6667));

    /** Services of the application names {@code ip filter dynamic} accepts. */
    private static final Map<String, List<String>> DYNAMIC = Map.ofEntries(
            Map.entry("ftp", List.of("tcp/21")),
            Map.entry("www", List.of("tcp/80")),
            Map.entry("https", List.of("tcp/443")),
            Map.entry("smtp", List.of("tcp/25")),
            Map.entry("submission", List.of("tcp/587")),
            Map.entry("pop3", List.of("tcp/110")),
            Map.entry("domain", List.of("udp/53", "tcp/53")),
            Map.entry("dns", List.of("udp/53", "tcp/53")),
            Map.entry("telnet", List.of("tcp/23")),
            Map.entry("ssh", List.of("tcp/22")),
            Map.entry("tftp", List.of("udp/69")),
            Map.entry("tcp", List.of("tcp")),
            Map.entry("udp", List.of("udp")),
            Map.entry("echo", List.of("icmp")),
            Map.entry("ping", List.of("icmp")),
            Map.entry("netmeeting", List.of("tcp/1720")));

    /** A numbered filter definition. */
    private record Filter(
            String number,
            Logical line,
            Action action,
            AddressSet src,
            AddressSet dst,
            ServiceSet services,
            boolean opens) {}

    /** A {@code secure filter} list of one interface and direction. */
    private record Binding(
            String iface, String direction, boolean v6, Logical line, List<String> statics, List<String> dynamics) {}

    @Override
    public ImportResult read(String fileName, String text, @Nullable String device) {
        LineLedger ledger = new LineLedger(fileName);
        List<RuleSet> sets = new ArrayList<>();
        try {
            Map<String, Filter> filters = new HashMap<>();
            Map<String, Filter> dynamics = new HashMap<>();
            Map<String, Filter> filters6 = new HashMap<>();
            Map<String, Filter> dynamics6 = new HashMap<>();
            Map<String, Binding> bindings = new LinkedHashMap<>();
            String pp = "pp";
            String tunnel = "tunnel";
            String hostname = null;
            java.util.Set<String> interfaces = new java.util.LinkedHashSet<>();
            List<SourceLine> physical = SourceLine.split(text);
            for (SourceLine l : physical) {
                if (!l.isBlank() && !l.trimmed().startsWith("#")) {
                    ledger.read();
                }
            }
            for (Logical line : RtxLines.join(physical)) {
                List<String> w = Words.split(line.text());
                String first = w.get(0).toLowerCase(Locale.ROOT);
                try {
                    if ((first.equals("pp") || first.equals("tunnel"))
                            && w.size() >= 3
                            && w.get(1).equals("select")) {
                        String n = w.get(2).equals("none") ? "" : w.get(2);
                        if (first.equals("pp")) {
                            pp = "pp" + n;
                        } else {
                            tunnel = "tunnel" + n;
                        }
                        if (!n.isEmpty() && !n.equals("anonymous")) {
                            interfaces.add(first + n);
                        }
                    } else if (first.equals("console")
                            && w.size() >= 3
                            && w.get(1).equals("prompt")) {
                        hostname = w.get(2);
                    } else if ((first.equals("ip") || first.equals("ipv6")) && w.size() >= 3) {
                        boolean v6 = first.equals("ipv6");
                        if (!v6
                                && w.get(2).equals("address")
                                && !w.get(1).equals("pp")
                                && !w.get(1).equals("tunnel")) {
                            interfaces.add(w.get(1));
                        }
                        if (w.get(1).equals("filter")) {
                            filterLine(w, line, v6 ? filters6 : filters, v6 ? dynamics6 : dynamics, v6, ledger);
                        } else if (w.get(2).equals("secure")
                                && w.size() >= 5
                                && w.get(3).equals("filter")) {
                            String iface = w.get(1).equals("pp") ? pp : w.get(1).equals("tunnel") ? tunnel : w.get(1);
                            binding(w, line, iface, v6, bindings, ledger);
                        }
                        // other ip/ipv6 commands (addresses, routes, NAT …) do not filter
                    } else if (!RtxLines.COMMANDS.contains(first)) {
                        reject(ledger, line, "RTX の設定コマンドとして解釈できません");
                    }
                } catch (RuntimeException e) {
                    reject(ledger, line, e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }
            String dev = DeviceName.choose(hostname, device, fileName);
            Map<String, List<Rule>> lists = new HashMap<>();
            for (Binding b : bindings.values()) {
                List<Rule> rules = new ArrayList<>();
                Map<String, Filter> st = b.v6() ? filters6 : filters;
                Map<String, Filter> dy = b.v6() ? dynamics6 : dynamics;
                String name = b.iface() + "-" + b.direction() + (b.v6() ? "/ipv6" : "");
                List<String> in = b.direction().equals("in") ? List.of(b.iface()) : List.of();
                List<String> out = b.direction().equals("out") ? List.of(b.iface()) : List.of();
                List<String> missing = new ArrayList<>();
                for (String n : b.dynamics()) {
                    Filter f = dy.get(n);
                    if (f == null) {
                        missing.add(n);
                    } else {
                        rules.add(rule(dev, name, fileName, f, in, out));
                    }
                }
                for (String n : b.statics()) {
                    Filter f = st.get(n);
                    if (f == null) {
                        missing.add(n);
                    } else {
                        rules.add(rule(dev, name, fileName, f, in, out));
                    }
                }
                if (!missing.isEmpty()) {
                    reject(ledger, b.line(), "定義されていないフィルタ番号を参照しています: " + String.join(" ", missing));
                }
                sets.add(new RuleSet(dev, name, rules, Action.DENY, RuleSet.Checks.RULES));
                lists.put(name, rules);
                interfaces.add(b.iface());
            }
            sets.addAll(paths(dev, fileName, interfaces, lists, false));
            if (sets.stream()
                    .anyMatch(rs ->
                            rs.checks() == RuleSet.Checks.RULES && rs.rules().size() > 400)) {
                noteLarge(ledger, lists);
            }
            if (bindings.values().stream().anyMatch(Binding::v6)) {
                sets.addAll(paths(dev, fileName, interfaces, lists, true));
            }
        } catch (RuntimeException e) {
            ledger.reject(0, "", "取り込み中に想定外のエラーが起きました: " + e);
        }
        return ledger.result(sets);
    }

    /**
     * A packet crossing the router passes the {@code in} list of the interface it arrives on, then
     * the {@code out} list of the one it leaves by; a direction without a list passes everything,
     * one with a list discards what no filter matches. One composed list per ordered pair of
     * interfaces; with fewer than two interfaces known, one list for the router as a whole.
     */
    private static List<RuleSet> paths(
            String dev, String file, java.util.Set<String> interfaces, Map<String, List<Rule>> lists, boolean v6) {
        String suffix = v6 ? "/ipv6" : "";
        List<RuleSet> out = new ArrayList<>();
        List<String> names = new ArrayList<>(interfaces);
        if (names.isEmpty()) {
            out.add(Paths.compose(dev, "*→*" + suffix, file, "*", "*", Paths.Stage.OPEN, Paths.Stage.OPEN));
            return out;
        }
        if (names.size() == 1) {
            // the other side is an interface the file does not show: nothing filters there
            String x = names.get(0);
            out.add(Paths.compose(
                    dev, x + "→*" + suffix, file, x, "*", stage(lists, x + "-in" + suffix), Paths.Stage.OPEN));
            out.add(Paths.compose(
                    dev, "*→" + x + suffix, file, "*", x, Paths.Stage.OPEN, stage(lists, x + "-out" + suffix)));
            return out;
        }
        for (String from : names) {
            for (String to : names) {
                if (from.equals(to)) {
                    continue;
                }
                out.add(Paths.compose(
                        dev,
                        from + "→" + to + suffix,
                        file,
                        from,
                        to,
                        stage(lists, from + "-in" + suffix),
                        stage(lists, to + "-out" + suffix)));
            }
        }
        return out;
    }

    private static void noteLarge(LineLedger ledger, Map<String, List<Rule>> lists) {
        for (Map.Entry<String, List<Rule>> in : lists.entrySet()) {
            for (Map.Entry<String, List<Rule>> out : lists.entrySet()) {
                if (in.getKey().contains("-in")
                        && out.getKey().contains("-out")
                        && Paths.tooLarge(
                                new Paths.Stage(in.getValue(), Action.DENY),
                                new Paths.Stage(out.getValue(), Action.DENY))) {
                    ledger.reject(
                            0,
                            "",
                            in.getKey() + " と " + out.getKey() + " の組み合わせが大きすぎるため、この経路は " + in.getKey()
                                    + " だけで評価しました(報告が実際より広くなることがあります)");
                }
            }
        }
    }

    private static Paths.Stage stage(Map<String, List<Rule>> lists, String name) {
        List<Rule> rules = lists.get(name);
        return rules == null ? Paths.Stage.OPEN : new Paths.Stage(rules, Action.DENY);
    }

    private static Rule rule(String device, String filter, String file, Filter f, List<String> in, List<String> out) {
        return new Rule(
                device,
                filter,
                f.number(),
                f.action(),
                f.src(),
                f.dst(),
                f.services(),
                in,
                out,
                f.opens(),
                file,
                f.line().start().number());
    }

    private static void reject(LineLedger ledger, Logical line, String reason) {
        for (SourceLine part : line.parts()) {
            ledger.reject(part.number(), part == line.start() ? line.text() : part.text(), reason);
        }
    }

    private static void binding(
            List<String> w, Logical line, String iface, boolean v6, Map<String, Binding> out, LineLedger ledger) {
        String direction = w.get(4);
        if (!direction.equals("in") && !direction.equals("out")) {
            throw new IllegalArgumentException("secure filter の方向 " + direction + " は扱いません(in/out のみ対応)");
        }
        List<String> statics = new ArrayList<>();
        List<String> dynamics = new ArrayList<>();
        boolean dyn = false;
        for (String t : w.subList(5, w.size())) {
            if (t.equals("dynamic")) {
                dyn = true;
            } else if (t.chars().allMatch(Character::isDigit)) {
                (dyn ? dynamics : statics).add(t);
            } else {
                throw new IllegalArgumentException("フィルタ番号として解釈できない語 " + t + " があります");
            }
        }
        out.put(iface + " " + direction + " " + v6, new Binding(iface, direction, v6, line, statics, dynamics));
    }

    private static void filterLine(
            List<String> w,
            Logical line,
            Map<String, Filter> statics,
            Map<String, Filter> dynamics,
            boolean v6,
            LineLedger ledger) {
        String third = w.get(2);
        if (third.equals("dynamic")) {
            // ip filter dynamic N SRC DST PROTO [syslog=… timeout=…]
            if (w.size() < 7) {
                throw new IllegalArgumentException("動的フィルタの項目が足りません");
            }
            if (w.get(6).equals("filter")) {
                throw new IllegalArgumentException("静的フィルタを引き金にする動的フィルタ(filter … in … out …)は扱いません");
            }
            List<String> svc = DYNAMIC.get(w.get(6).toLowerCase(Locale.ROOT));
            if (svc == null) {
                throw new IllegalArgumentException("動的フィルタのプロトコル " + w.get(6) + " は扱いません");
            }
            ServiceSet services = ServiceSet.parse(svc.toArray(String[]::new));
            dynamics.put(
                    w.get(3),
                    new Filter(
                            w.get(3),
                            line,
                            Action.PERMIT,
                            addresses(w.get(4), v6),
                            addresses(w.get(5), v6),
                            services,
                            true));
            return;
        }
        if (!third.chars().allMatch(Character::isDigit)) {
            return; // ip filter source-route, directed-broadcast …: not a numbered filter
        }
        if (w.size() < 5) {
            throw new IllegalArgumentException("フィルタの項目が足りません");
        }
        String act = w.get(3).toLowerCase(Locale.ROOT);
        Action action;
        if (act.startsWith("pass") || act.startsWith("restrict")) {
            action = Action.PERMIT;
        } else if (act.startsWith("reject")) {
            action = Action.DENY;
        } else {
            throw new IllegalArgumentException("フィルタの動作 " + w.get(3) + " は不明です");
        }
        AddressSet src = addresses(w.get(4), v6);
        AddressSet dst = w.size() > 5 ? addresses(w.get(5), v6) : any(v6);
        String proto = w.size() > 6 ? w.get(6) : "*";
        String srcPort = w.size() > 7 ? w.get(7) : "*";
        String dstPort = w.size() > 8 ? w.get(8) : "*";
        if (w.size() > 9) {
            throw new IllegalArgumentException("フィルタの項目が多すぎます: " + String.join(" ", w.subList(9, w.size())));
        }
        boolean[] opens = {true};
        List<String> notes = new ArrayList<>();
        ServiceSet services;
        String protoLower = proto.toLowerCase(Locale.ROOT);
        if (protoLower.equals("icmp")) {
            // icmp alone: the two port fields are the ICMP type and code (RTX command reference)
            services = icmpTypes(srcPort, dstPort);
        } else {
            services = services(proto, dstPort, opens, notes);
            boolean icmpClassOnly =
                    Arrays.stream(protoLower.split(",")).allMatch(p -> p.equals("icmp-error") || p.equals("icmp-info"));
            if (icmpClassOnly) {
                // the port fields are ignored by the router; the class is a subset of the ICMP types
                if (action == Action.DENY) {
                    notes.add("icmp-error/icmp-info が一致する ICMP タイプの一部だけを除外できないため、ICMP 全体の拒否とはみなしません");
                }
            } else if (!srcPort.equals("*")) {
                notes.add("送信元ポートの条件 " + srcPort + " は扱わず、全送信元ポートとして扱います");
            }
        }
        boolean enabled = opens[0];
        if (!notes.isEmpty() && action == Action.DENY) {
            notes.add(Widening.DISABLED_DENY);
            enabled = false;
        }
        for (String n : notes) {
            reject(ledger, line, n);
        }
        statics.put(third, new Filter(third, line, action, src, dst, services, enabled));
    }

    private static AddressSet any(boolean v6) {
        return v6 ? AddressSet.ANY_V4.complement() : AddressSet.ANY_V4;
    }

    static AddressSet addresses(String text, boolean v6) {
        if (text.equals("*")) {
            return any(v6);
        }
        List<AddressSet.Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.contains("*")) {
                ranges.add(wildcard(p));
            } else if (p.endsWith("-")) {
                ranges.add(new AddressSet.Range(Ip.parse(p.substring(0, p.length() - 1)), v6 ? Ip.MAX : Ip.V4_LAST));
            } else {
                ranges.add(AddressSet.parseRange(p));
            }
        }
        return AddressSet.fromRanges(ranges);
    }

    /** {@code 192.168.1.*} or {@code 10.*.*.*}: trailing wildcard octets form a prefix. */
    private static AddressSet.Range wildcard(String p) {
        String[] octets = p.split("\\.", -1);
        if (octets.length != 4) {
            throw new IllegalArgumentException("アドレス " + p + " を解釈できません");
        }
        int fixed = 0;
        while (fixed < 4 && !octets[fixed].equals("*")) {
            fixed++;
        }
        for (int i = fixed; i < 4; i++) {
            if (!octets[i].equals("*")) {
                throw new IllegalArgumentException("途中にワイルドカードのあるアドレス " + p + " は扱いません");
            }
        }
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            base.append(i > 0 ? "." : "").append(i < fixed ? octets[i] : "0");
        }
        return AddressSet.parseRange(base + "/" + (fixed * 8));
    }

    private static ServiceSet services(String protoText, String dstPort, boolean[] opens, List<String> notes) {
        List<Service> protos = new ArrayList<>();
        boolean onlyNonOpening = true;
        for (String p : protoText.toLowerCase(Locale.ROOT).split(",")) {
            switch (p) {
                case "*" -> {
                    protos.add(Service.ANY);
                    onlyNonOpening = false;
                }
                case "established", "tcpfin", "tcprst" -> protos.add(Service.protocol(Service.TCP));
                case "tcpsyn" -> {
                    protos.add(Service.protocol(Service.TCP));
                    onlyNonOpening = false;
                }
                case "icmp-error", "icmp-info" -> {
                    protos.add(Service.protocol(Service.ICMP));
                    onlyNonOpening = false;
                }
                case "icmp6" -> {
                    protos.add(Service.protocol(Service.ICMPV6));
                    onlyNonOpening = false;
                }
                default -> {
                    if (p.startsWith("tcpflag")) {
                        notes.add("TCP フラグの条件 " + p + " は扱わず、TCP 全体として扱います");
                        protos.add(Service.protocol(Service.TCP));
                    } else {
                        protos.add(Service.protocol(Service.protocolNumber(p)));
                    }
                    onlyNonOpening = false;
                }
            }
        }
        opens[0] = !onlyNonOpening;
        if (dstPort.equals("*")) {
            return new ServiceSet(protos);
        }
        List<int[]> ranges = new ArrayList<>();
        for (String part : dstPort.split(",")) {
            ranges.add(portRange(part));
        }
        List<Service> out = new ArrayList<>();
        for (Service s : protos) {
            List<Integer> numbers =
                    s.protocol() == Service.ANY_PROTOCOL ? List.of(Service.TCP, Service.UDP) : List.of(s.protocol());
            for (int n : numbers) {
                if (!Service.hasPorts(n)) {
                    out.add(Service.protocol(n));
                    continue;
                }
                for (int[] r : ranges) {
                    out.add(new Service(n, r[0], r[1]));
                }
            }
        }
        return new ServiceSet(out);
    }

    /**
     * {@code ip filter … icmp TYPES CODES}: every listed type, limited to the listed codes when
     * the code field is not {@code *}. Lists are comma separated numbers or ranges.
     */
    private static ServiceSet icmpTypes(String types, String codes) {
        if (types.equals("*") && codes.equals("*")) {
            return ServiceSet.of(Service.protocol(Service.ICMP));
        }
        List<int[]> typeRanges = new ArrayList<>();
        for (String part : types.split(",")) {
            typeRanges.add(types.equals("*") ? new int[] {0, 255} : byteRange(part, "ICMP タイプ"));
        }
        List<Service> out = new ArrayList<>();
        for (int[] t : typeRanges) {
            if (codes.equals("*")) {
                out.add(Service.icmpTypes(Service.ICMP, t[0], t[1]));
                continue;
            }
            for (String part : codes.split(",")) {
                int[] c = byteRange(part, "ICMP コード");
                for (int type = t[0]; type <= t[1]; type++) {
                    out.add(Service.icmpCodes(Service.ICMP, type, c[0], c[1]));
                }
            }
        }
        return new ServiceSet(out);
    }

    private static int[] byteRange(String text, String what) {
        try {
            int dash = text.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? text : text.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(text.substring(dash + 1));
            if (from < 0 || to > 255 || from > to) {
                throw new IllegalArgumentException(what + " " + text + " は 0〜255 の範囲で指定します");
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " " + text + " を数値として解釈できません", e);
        }
    }

    private static int[] portRange(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            int p = port(text);
            return new int[] {p, p};
        }
        String a = text.substring(0, dash);
        String b = text.substring(dash + 1);
        // a range of names such as netbios_ns-netbios_ssn also uses the dash
        int from = a.isEmpty() ? 0 : port(a);
        int to = b.isEmpty() ? 65535 : port(b);
        if (from > to) {
            throw new IllegalArgumentException("ポート範囲の始点が終点より後です: " + text);
        }
        return new int[] {from, to};
    }

    private static int port(String text) {
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
}
