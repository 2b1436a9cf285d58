package jp.mamori.netcheck.zone;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.netcheck.model.Ip;
import org.jspecify.annotations.Nullable;

/**
 * The body's zone model, read from the zone file (docs/netcheck.md): zones and their networks,
 * sanitizing relays, the policy matrix, expiring exceptions and the interface map.
 *
 * <p>A packet is judged in three steps: each end gets the zone of its longest matching network
 * ({@link ZoneLookup}); the pair's cell says what may pass ({@link #cellFor(String, String)}); a
 * forbidden packet is forgiven only by a valid exception. Traffic inside one zone always passes.
 * "Today", which decides whether an exception still holds, comes from the {@link Clock} given at
 * load time so tests can fix it.
 */
public final class ZoneModel {
    private static final Severity INTRA_SEVERITY = Severity.INFO;

    private final String fileName;
    private final List<Zone> zones;
    private final List<Relay> relays;
    private final List<PolicyCell> policy;
    private final PolicyCell defaultCell;
    private final List<Exemption> exemptions;
    private final Map<String, Map<String, String>> interfaces;
    private final Clock clock;
    private final LocalDate today;
    private final ZoneLookup lookup;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final PolicyCell[][] matrix;
    private final Relay[][][] relaysByPair;
    private final Verdict[][] passVerdicts;
    private final Verdict[][] violationVerdicts;
    private final List<Exemption> active;
    private final List<Exemption> expired;

    ZoneModel(
            String fileName,
            List<Zone> zones,
            List<Relay> relays,
            List<PolicyCell> policy,
            PolicyCell defaultCell,
            List<Exemption> exemptions,
            Map<String, Map<String, String>> interfaces,
            Clock clock) {
        this.fileName = fileName;
        this.zones = List.copyOf(zones);
        this.relays = List.copyOf(relays);
        this.policy = List.copyOf(policy);
        this.defaultCell = defaultCell;
        this.exemptions = List.copyOf(exemptions);
        this.interfaces = Map.copyOf(interfaces);
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.lookup = ZoneLookup.of(this.zones);
        for (int i = 0; i < zones.size(); i++) {
            indexById.put(zones.get(i).id(), i);
        }
        int n = zones.size();
        matrix = new PolicyCell[n][n];
        relaysByPair = new Relay[n][n][];
        passVerdicts = new Verdict[n][n];
        violationVerdicts = new Verdict[n][n];
        for (int f = 0; f < n; f++) {
            for (int t = 0; t < n; t++) {
                Zone from = zones.get(f);
                Zone to = zones.get(t);
                matrix[f][t] = resolve(from.id(), to.id());
                relaysByPair[f][t] = this.relays.stream()
                        .filter(r -> r.from().equals(from.id()) && r.to().equals(to.id()))
                        .toArray(Relay[]::new);
                Verdict.Outcome o = f == t ? Verdict.Outcome.INTRA_ZONE : Verdict.Outcome.ALLOWED;
                passVerdicts[f][t] = new Verdict(o, from, to, matrix[f][t], null);
                violationVerdicts[f][t] = new Verdict(Verdict.Outcome.VIOLATION, from, to, matrix[f][t], null);
            }
        }
        List<Exemption> a = new ArrayList<>();
        List<Exemption> e = new ArrayList<>();
        for (Exemption x : this.exemptions) {
            (x.isExpiredOn(today) ? e : a).add(x);
        }
        active = List.copyOf(a);
        expired = List.copyOf(e);
    }

    /** Reads a zone file (UTF-8); every problem is a {@link ZoneModelException} naming file and line. */
    public static ZoneModel load(Path path) {
        return load(path, Clock.systemDefaultZone());
    }

    /** Reads a zone file with the given clock for "today". */
    public static ZoneModel load(Path path, Clock clock) {
        return parse(path.toString(), readUtf8(path), clock);
    }

    private static String readUtf8(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ZoneModelException(path.toString(), 0, "UTF-8 のテキストではありません");
        } catch (IOException e) {
            throw new ZoneModelException(path.toString(), 0, "読み込めません: " + e.getMessage());
        }
    }

    /** Parses zone file text; {@code fileName} is used in error messages and findings. */
    public static ZoneModel parse(String fileName, String yaml) {
        return parse(fileName, yaml, Clock.systemDefaultZone());
    }

    /** Parses zone file text with the given clock for "today". */
    public static ZoneModel parse(String fileName, String yaml, Clock clock) {
        return ZoneFileReader.read(fileName, yaml, clock);
    }

    /**
     * The model with the exceptions of an exceptions file added (UTF-8; a mapping with one list,
     * {@code exceptions:}, each item as in the zone file), as {@code mamori exceptions export
     * --netcheck} writes it. An expired one is reported at its line in that file. Every problem is
     * a {@link ZoneModelException} naming the file and line; an id already used is refused.
     */
    public ZoneModel withExceptions(Path path) {
        return withExceptions(path.toString(), readUtf8(path));
    }

    /** As {@link #withExceptions(Path)}, from text; {@code fileName} is used in messages and findings. */
    public ZoneModel withExceptions(String file, String yaml) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Exemption x : exemptions) {
            taken.add(x.id());
        }
        List<Exemption> all = new ArrayList<>(exemptions);
        all.addAll(ZoneFileReader.readExceptions(file, yaml, taken));
        return new ZoneModel(fileName, zones, relays, policy, defaultCell, all, interfaces, clock);
    }

    /** The same model judged on another day. */
    public ZoneModel withClock(Clock other) {
        return new ZoneModel(fileName, zones, relays, policy, defaultCell, exemptions, interfaces, other);
    }

    private PolicyCell resolve(String from, String to) {
        if (from.equals(to)) {
            return new PolicyCell(from, to, Access.ALLOW, INTRA_SEVERITY, 0, true);
        }
        PolicyCell best = null;
        for (PolicyCell c : policy) {
            if (!c.appliesTo(from, to)) {
                continue;
            }
            if (best == null
                    || c.specificity() > best.specificity()
                    || c.specificity() == best.specificity()
                            && c.access().strictness() > best.access().strictness()) {
                best = c;
            }
        }
        return best == null ? defaultCell : best;
    }

    /**
     * The cell deciding traffic from zone {@code fromZone} to zone {@code toZone}: the same zone
     * gives an implicit allow; otherwise the most specific applicable cell (both sides named before
     * one side named before {@code *→*}; equally specific: the stricter), else the default.
     */
    public PolicyCell cellFor(String fromZone, String toZone) {
        Integer f = indexById.get(fromZone);
        Integer t = indexById.get(toZone);
        if (f != null && t != null) {
            return matrix[f][t];
        }
        return resolve(fromZone, toZone);
    }

    /** {@link #cellFor(String, String)} by zone index. */
    public PolicyCell cellFor(int fromIndex, int toIndex) {
        return matrix[fromIndex][toIndex];
    }

    /** The relays serving the pair (for {@code via-relay} cells), by zone index. */
    public List<Relay> relaysFor(int fromIndex, int toIndex) {
        return List.of(relaysByPair[fromIndex][toIndex]);
    }

    /** Judges one packet; addresses in the {@link Ip} space, {@code proto} an IP protocol number. */
    public Verdict judge(BigInteger src, BigInteger dst, int proto, int dstPort) {
        return judge(lookup.zoneIndexOf(src), lookup.zoneIndexOf(dst), src, dst, 0, 0, proto, dstPort);
    }

    /**
     * Judges one IPv4 packet given as raw 32-bit addresses; allocates nothing unless the packet
     * needs a relay or exception check. This is the path for flow logs.
     */
    public Verdict judgeV4(int src, int dst, int proto, int dstPort) {
        return judge(lookup.zoneIndexOfV4(src), lookup.zoneIndexOfV4(dst), null, null, src, dst, proto, dstPort);
    }

    private Verdict judge(
            int f, int t, @Nullable BigInteger src, @Nullable BigInteger dst, int src4, int dst4, int proto, int port) {
        if (f < 0 || t < 0) {
            return new Verdict(
                    Verdict.Outcome.UNZONED, f < 0 ? null : zones.get(f), t < 0 ? null : zones.get(t), null, null);
        }
        if (f == t) {
            return passVerdicts[f][t];
        }
        PolicyCell cell = matrix[f][t];
        Access access = cell.access();
        if (access instanceof Access.Allow) {
            return passVerdicts[f][t];
        }
        if (access instanceof Access.AllowOnly o && o.services().matches(proto, port)) {
            return passVerdicts[f][t];
        }
        if (exemptions.isEmpty() && !(access instanceof Access.ViaRelay)) {
            // nothing can forgive the packet: skip building addresses (the common flow-log case)
            return violationVerdicts[f][t];
        }
        BigInteger s = src != null ? src : v4Address(src4);
        BigInteger d = dst != null ? dst : v4Address(dst4);
        if (access instanceof Access.ViaRelay) {
            for (Relay r : relaysByPair[f][t]) {
                if (r.addresses().contains(s) && r.services().matches(proto, port)) {
                    return new Verdict(Verdict.Outcome.RELAYED, zones.get(f), zones.get(t), cell, null);
                }
            }
        }
        for (Exemption x : active) {
            if (x.covers(s, d, proto, port)) {
                return new Verdict(Verdict.Outcome.EXEMPTED, zones.get(f), zones.get(t), cell, x);
            }
        }
        Exemption lapsed = null;
        for (Exemption x : expired) {
            if (x.covers(s, d, proto, port)) {
                lapsed = x;
                break;
            }
        }
        return new Verdict(Verdict.Outcome.VIOLATION, zones.get(f), zones.get(t), cell, lapsed);
    }

    private static BigInteger v4Address(int bits) {
        return Ip.V4_BASE.add(BigInteger.valueOf(Integer.toUnsignedLong(bits)));
    }

    /** The zone an interface or vendor zone of a device belongs to, from the {@code interfaces} map. */
    public Optional<String> zoneOfInterface(String device, String iface) {
        Map<String, String> m = interfaces.get(device);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(iface));
    }

    public Optional<Zone> zone(String id) {
        Integer i = indexById.get(id);
        return i == null ? Optional.empty() : Optional.of(zones.get(i));
    }

    /** The position of the zone in {@link #zones()}, or {@link ZoneLookup#NO_ZONE}. */
    public int zoneIndex(String id) {
        return indexById.getOrDefault(id, ZoneLookup.NO_ZONE);
    }

    /** The zone of an address, if any. */
    public Optional<Zone> zoneOf(BigInteger address) {
        int i = lookup.zoneIndexOf(address);
        return i < 0 ? Optional.empty() : Optional.of(zones.get(i));
    }

    public String fileName() {
        return fileName;
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<Relay> relays() {
        return relays;
    }

    /** The cells in file order. */
    public List<PolicyCell> policy() {
        return policy;
    }

    /** The cell for pairs no cell names (from the file's {@code default}). */
    public PolicyCell defaultCell() {
        return defaultCell;
    }

    public List<Exemption> exemptions() {
        return exemptions;
    }

    /** Exceptions still valid today. */
    public List<Exemption> activeExemptions() {
        return active;
    }

    /** Exceptions past their {@code expires} day: each is reported as EXPIRED_EXCEPTION. */
    public List<Exemption> expiredExemptions() {
        return expired;
    }

    /** device → interface or vendor zone → zone id. */
    public Map<String, Map<String, String>> interfaces() {
        return interfaces;
    }

    public ZoneLookup lookup() {
        return lookup;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return today;
    }
}
