package jp.mamori.netcheck.zone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/** Turns the zone file's YAML tree into a {@link ZoneModel}, naming the line of every error. */
final class ZoneFileReader {
    private static final Set<String> TOP_KEYS =
            Set.of("default", "zones", "relays", "policy", "exceptions", "interfaces", "description");
    private static final Set<String> ZONE_KEYS = Set.of("id", "kind", "name", "networks", "description");
    private static final Set<String> RELAY_KEYS =
            Set.of("id", "method", "addresses", "from", "to", "services", "description");
    private static final Set<String> CELL_KEYS = Set.of("from", "to", "access", "services", "severity", "description");
    private static final Set<String> EXCEPTIONS_FILE_KEYS = Set.of("exceptions", "description");
    private static final Set<String> EXCEPTION_KEYS =
            Set.of("id", "from", "to", "services", "justification", "owner", "expires", "description");

    private final String file;

    private ZoneFileReader(String file) {
        this.file = file;
    }

    static ZoneModel read(String fileName, String yaml, Clock clock) {
        return new ZoneFileReader(fileName).model(YamlNode.read(fileName, yaml), clock);
    }

    /**
     * Reads an exceptions file: a mapping whose only list is {@code exceptions}, each item as in the
     * zone file. An id that {@code taken} already holds is refused.
     */
    static List<Exemption> readExceptions(String fileName, String yaml, Set<String> taken) {
        ZoneFileReader reader = new ZoneFileReader(fileName);
        YamlNode root = YamlNode.read(fileName, yaml);
        if (!(root instanceof YamlNode.Mapping top)) {
            throw reader.error(root, "例外ファイルの最上位はマッピング（exceptions: …）でなければなりません");
        }
        reader.checkKeys(top, EXCEPTIONS_FILE_KEYS, "例外ファイルの最上位");
        List<Exemption> read = reader.exemptions(top.entries().get("exceptions"));
        List<Exemption> out = new ArrayList<>();
        for (Exemption x : read) {
            if (taken.contains(x.id())) {
                throw new ZoneModelException(fileName, x.line(), "例外 ID「" + x.id() + "」は別のファイルにもあります");
            }
            out.add(new Exemption(
                    x.id(),
                    x.from(),
                    x.to(),
                    x.services(),
                    x.justification(),
                    x.owner(),
                    x.expires(),
                    x.line(),
                    fileName));
        }
        return out;
    }

    private ZoneModel model(YamlNode root, Clock clock) {
        if (!(root instanceof YamlNode.Mapping top)) {
            throw error(root, "ゾーンファイルの最上位はマッピング（default, zones, policy …）でなければなりません");
        }
        checkKeys(top, TOP_KEYS, "最上位");
        Access defaultAccess = Access.DENY;
        int defaultLine = top.line();
        YamlNode def = top.entries().get("default");
        if (def != null) {
            defaultLine = def.line();
            defaultAccess = switch (text(def, "default")) {
                case "deny" -> Access.DENY;
                case "allow" -> Access.ALLOW;
                default -> throw error(def, "default は deny か allow です: " + text(def, "default"));
            };
        }
        List<Zone> zones = zones(top.entries().get("zones"));
        Set<String> ids = new HashSet<>();
        for (Zone z : zones) {
            ids.add(z.id());
        }
        List<Relay> relays = relays(top.entries().get("relays"), ids);
        List<PolicyCell> cells = cells(top.entries().get("policy"), ids);
        List<Exemption> exemptions = exemptions(top.entries().get("exceptions"));
        Map<String, Map<String, String>> interfaces = interfaces(top.entries().get("interfaces"), ids);
        PolicyCell defaultCell =
                new PolicyCell(PolicyCell.ANY, PolicyCell.ANY, defaultAccess, Severity.HIGH, defaultLine, true);
        return new ZoneModel(file, zones, relays, cells, defaultCell, exemptions, interfaces, clock);
    }

    private List<Zone> zones(@Nullable YamlNode node) {
        List<Zone> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items(node, "zones")) {
            YamlNode.Mapping m = mapping(item, "zones の要素");
            checkKeys(m, ZONE_KEYS, "zone");
            String id = required(m, "id");
            if (id.equals(PolicyCell.ANY) || id.isBlank()) {
                throw error(m, "ゾーン ID「" + id + "」は使えません");
            }
            if (!seen.add(id)) {
                throw error(m, "ゾーン ID「" + id + "」が重複しています");
            }
            String kindText = required(m, "kind");
            ZoneKind kind;
            try {
                kind = ZoneKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw error(
                        m.entries().get("kind"),
                        "ゾーン種別が不正です: " + kindText + "（MY_NUMBER, LGWAN, INTERNET, EXTERNAL, CLOUD, OTHER のいずれか）");
            }
            List<AddressSet.Range> networks = new ArrayList<>();
            YamlNode nets = m.entries().get("networks");
            if (nets == null) {
                throw error(m, "ゾーン「" + id + "」に networks がありません");
            }
            for (YamlNode n : items(nets, "networks")) {
                networks.add(range(n));
            }
            out.add(new Zone(id, kind, optional(m, "name"), networks, m.line()));
        }
        return out;
    }

    private List<Relay> relays(@Nullable YamlNode node, Set<String> zoneIds) {
        List<Relay> out = new ArrayList<>();
        for (YamlNode item : items(node, "relays")) {
            YamlNode.Mapping m = mapping(item, "relays の要素");
            checkKeys(m, RELAY_KEYS, "relay");
            String id = required(m, "id");
            String methodText = required(m, "method");
            RelayMethod method;
            try {
                method = RelayMethod.valueOf(methodText.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw error(
                        m.entries().get("method"),
                        "無害化方式が不正です: " + methodText + "（MAIL_TEXT, SCREEN_TRANSFER, FILE_SANITIZE のいずれか）");
            }
            YamlNode addrNode = m.entries().get("addresses");
            if (addrNode == null) {
                throw error(m, "中継「" + id + "」に addresses がありません");
            }
            List<AddressSet.Range> addresses = new ArrayList<>();
            for (YamlNode a : items(addrNode, "addresses")) {
                addresses.add(range(a));
            }
            String from = zoneRef(m, "from", zoneIds, false);
            String to = zoneRef(m, "to", zoneIds, false);
            YamlNode svc = m.entries().get("services");
            if (svc == null) {
                throw error(m, "中継「" + id + "」に services がありません");
            }
            out.add(new Relay(id, method, AddressSet.fromRanges(addresses), from, to, services(svc), m.line()));
        }
        return out;
    }

    private List<PolicyCell> cells(@Nullable YamlNode node, Set<String> zoneIds) {
        List<PolicyCell> out = new ArrayList<>();
        for (YamlNode item : items(node, "policy")) {
            YamlNode.Mapping m = mapping(item, "policy の要素");
            checkKeys(m, CELL_KEYS, "policy");
            String from = zoneRef(m, "from", zoneIds, true);
            String to = zoneRef(m, "to", zoneIds, true);
            String accessText = required(m, "access");
            YamlNode svc = m.entries().get("services");
            Access access = switch (accessText) {
                case "deny" -> Access.DENY;
                case "allow" -> Access.ALLOW;
                case "via-relay" -> Access.VIA_RELAY;
                case "allow-only" -> {
                    if (svc == null) {
                        throw error(m, "allow-only には services が必要です");
                    }
                    yield new Access.AllowOnly(services(svc));
                }
                default ->
                    throw error(
                            m.entries().get("access"),
                            "access が不正です: " + accessText + "（deny, allow, allow-only, via-relay のいずれか）");
            };
            if (svc != null && !(access instanceof Access.AllowOnly)) {
                throw error(svc, "services は allow-only のときだけ書けます");
            }
            Severity severity = Severity.HIGH;
            String sevText = optional(m, "severity");
            if (sevText != null) {
                try {
                    severity = Severity.valueOf(sevText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw error(
                            m.entries().get("severity"),
                            "severity が不正です: " + sevText + "（critical, high, medium, low, info のいずれか）");
                }
            }
            for (PolicyCell other : out) {
                if (other.from().equals(from) && other.to().equals(to)) {
                    throw error(m, "セル " + from + "→" + to + " は " + other.line() + " 行目にもあります");
                }
            }
            out.add(new PolicyCell(from, to, access, severity, m.line(), false));
        }
        return out;
    }

    private List<Exemption> exemptions(@Nullable YamlNode node) {
        List<Exemption> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : items(node, "exceptions")) {
            YamlNode.Mapping m = mapping(item, "exceptions の要素");
            checkKeys(m, EXCEPTION_KEYS, "exception");
            String id = required(m, "id");
            if (!seen.add(id)) {
                throw error(m, "例外 ID「" + id + "」が重複しています");
            }
            AddressSet from = addresses(m, "from");
            AddressSet to = addresses(m, "to");
            YamlNode svc = m.entries().get("services");
            ServiceSet services = svc == null ? ServiceSet.ANY : services(svc);
            String justification = required(m, "justification");
            String owner = required(m, "owner");
            String expiresText = required(m, "expires");
            LocalDate expires;
            try {
                expires = LocalDate.parse(expiresText);
            } catch (DateTimeParseException e) {
                throw error(m.entries().get("expires"), "expires は YYYY-MM-DD の日付です: " + expiresText);
            }
            out.add(new Exemption(id, from, to, services, justification, owner, expires, m.line()));
        }
        return out;
    }

    private Map<String, Map<String, String>> interfaces(@Nullable YamlNode node, Set<String> zoneIds) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (node == null || node instanceof YamlNode.Null) {
            return out;
        }
        YamlNode.Mapping devices = mapping(node, "interfaces");
        for (Map.Entry<String, YamlNode> d : devices.entries().entrySet()) {
            YamlNode.Mapping ifs = mapping(d.getValue(), "interfaces." + d.getKey());
            Map<String, String> map = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> i : ifs.entries().entrySet()) {
                String zone = text(i.getValue(), i.getKey());
                if (!zoneIds.contains(zone)) {
                    throw error(
                            i.getValue(),
                            "インターフェース " + d.getKey() + "/" + i.getKey() + " のゾーン「" + zone + "」は zones にありません");
                }
                map.put(i.getKey(), zone);
            }
            out.put(d.getKey(), Map.copyOf(map));
        }
        return out;
    }

    private String zoneRef(YamlNode.Mapping m, String key, Set<String> zoneIds, boolean wildcard) {
        String id = required(m, key);
        if (wildcard && id.equals(PolicyCell.ANY)) {
            return id;
        }
        if (!zoneIds.contains(id)) {
            throw error(m.entries().get(key), key + " のゾーン「" + id + "」は zones にありません");
        }
        return id;
    }

    private AddressSet addresses(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            throw error(m, key + " がありません");
        }
        List<AddressSet.Range> ranges = new ArrayList<>();
        if (node instanceof YamlNode.Sequence) {
            for (YamlNode n : items(node, key)) {
                ranges.add(range(n));
            }
        } else {
            ranges.add(range(node));
        }
        return AddressSet.fromRanges(ranges);
    }

    private AddressSet.Range range(YamlNode node) {
        String t = text(node, "アドレス");
        try {
            return AddressSet.parseRange(t);
        } catch (IllegalArgumentException e) {
            throw error(node, "アドレスが不正です: " + t + "（" + e.getMessage() + "）");
        }
    }

    private ServiceSet services(YamlNode node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof YamlNode.Sequence) {
            for (YamlNode n : items(node, "services")) {
                texts.add(text(n, "services"));
            }
        } else {
            texts.add(text(node, "services"));
        }
        ServiceSet set;
        try {
            set = ServiceSet.parse(texts.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw error(node, "サービスが不正です（tcp/N, tcp/N-M, udp/N, icmp, any）: " + e.getMessage());
        }
        // flow logs seldom carry the ICMP type, so a cell could not judge them: icmp stays whole here
        for (Service s : set.services()) {
            if (s.isTypedIcmp()) {
                throw error(node, "ゾーンファイルでは ICMP のタイプ/コードは指定できません（icmp 全体で指定してください）: " + s);
            }
        }
        return set;
    }

    private List<YamlNode> items(@Nullable YamlNode node, String what) {
        if (node == null || node instanceof YamlNode.Null) {
            return List.of();
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw error(node, what + " はリストでなければなりません");
    }

    private YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw error(node, what + " はマッピング（{key: value, …}）でなければなりません");
    }

    private void checkKeys(YamlNode.Mapping m, Set<String> allowed, String what) {
        for (Map.Entry<String, Integer> k : m.keyLines().entrySet()) {
            if (!allowed.contains(k.getKey())) {
                throw new ZoneModelException(
                        file,
                        k.getValue(),
                        what + " に未知のキー「" + k.getKey() + "」があります（使えるキー: "
                                + String.join(", ", allowed.stream().sorted().toList()) + "）");
            }
        }
    }

    private String required(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        if (node == null || node instanceof YamlNode.Null) {
            throw error(m, key + " がありません");
        }
        return text(node, key);
    }

    private @Nullable String optional(YamlNode.Mapping m, String key) {
        YamlNode node = m.entries().get(key);
        return node == null || node instanceof YamlNode.Null ? null : text(node, key);
    }

    private String text(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s) {
            return s.text().strip();
        }
        throw error(node, what + " は単一の値でなければなりません");
    }

    private ZoneModelException error(@Nullable YamlNode node, String reason) {
        return new ZoneModelException(file, node == null ? 0 : node.line(), reason);
    }
}
