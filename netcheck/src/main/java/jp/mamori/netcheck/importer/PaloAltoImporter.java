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
            Map.entry("ping", List.of("icmp")),
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
            "target");
    /** Settings whose whole tail is a nested block irrelevant to matching. */
    private static final Set<String> IGNORED_TAIL = Set.of("profile-setting", "option", "qos");

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
            for (SourceLine line : SourceLine.split(text)) {
                String t = line.trimmed();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                ledger.read();
                List<String> w = new ArrayList<>(Words.split(t));
                String verb = w.get(0);
                if (!verb.equals("set") && !verb.equals("move")) {
                    ledger.reject(line, "set 形式の設定行として解釈できません");
                    continue;
                }
                w.remove(0);
                if (w.size() >= 1 && w.get(0).equals("device-group")) {
                    ledger.reject(line, "Panorama のデバイスグループ設定は扱いません(ファイアウォール本体の設定を取り込んでください)");
                    continue;
                }
                Vsys scope;
                if (w.size() >= 2 && w.get(0).equals("vsys")) {
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
            for (Map.Entry<String, Vsys> v : scopes.entrySet()) {
                if (v.getValue().rules.isEmpty()) {
                    continue;
                }
                Resolver r = new Resolver(v.getValue(), shared, ledger);
                String filter = v.getKey() + "/security";
                List<Rule> rules = new ArrayList<>();
                for (String name : v.getValue().order) {
                    Draft d = v.getValue().rules.get(name);
                    try {
                        rules.add(r.rule(dev, filter, fileName, d));
                    } catch (RuntimeException e) {
                        ledger.reject(d.first, e);
                    }
                }
                sets.add(new RuleSet(dev, filter, rules, Action.DENY));
            }
        } catch (RuntimeException e) {
            ledger.reject(0, "", "取り込み中に想定外のエラーが起きました: " + e);
        }
        return ledger.result(sets);
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
            case "rulebase" -> rulebase(w, scope, line, ledger);
            default -> {
                // zones, interfaces, profiles, device settings … do not decide what a rule matches
            }
        }
    }

    private static void rulebase(List<String> w, Vsys scope, SourceLine line, LineLedger ledger) {
        String base = w.size() > 1 ? w.get(1) : "";
        switch (base) {
            case "security" -> {}
            case "nat" -> {
                ledger.reject(line, "NAT 規則は扱いません(セキュリティ規則の宛先アドレスは NAT 前として評価されます)");
                return;
            }
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
        Draft d = scope.rules.get(name);
        if (d == null) {
            d = new Draft(name, line);
            scope.rules.put(name, d);
            scope.order.add(name);
        }
        int i = 4;
        while (i < w.size()) {
            String key = w.get(i++);
            if (IGNORED_TAIL.contains(key)) {
                return;
            }
            if (i >= w.size()) {
                ledger.reject(line, "項目 " + key + " の値がありません");
                return;
            }
            List<String> values = new ArrayList<>();
            if (w.get(i).equals("[")) {
                i++;
                while (i < w.size() && !w.get(i).equals("]")) {
                    values.add(w.get(i++));
                }
                i++;
            } else {
                values.add(w.get(i++));
            }
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

    private static void move(List<String> w, Vsys scope, SourceLine line, LineLedger ledger) {
        // move rulebase security rules NAME top|bottom|before OTHER|after OTHER
        if (w.size() < 5
                || !w.get(0).equals("rulebase")
                || !w.get(1).equals("security")
                || !scope.order.contains(w.get(3))) {
            ledger.reject(line, "move の形式を解釈できないか、規則が未定義です");
            return;
        }
        String name = w.get(3);
        String where = w.get(4);
        List<String> order = scope.order;
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

        Rule rule(String device, String filter, String file, Draft d) {
            widened = false;
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
                    !yes(d, "disabled"),
                    file,
                    d.first.number());
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
