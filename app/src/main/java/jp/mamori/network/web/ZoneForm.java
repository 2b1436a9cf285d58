package jp.mamori.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.control.exceptions.NetworkPath;
import jp.mamori.network.ZoneDocument;
import org.jspecify.annotations.Nullable;

/**
 * The zone model form: one table per section, a row per zone, relay, cell, permanent path and
 * interface, with blank rows to add; lists (networks, addresses, services) as words separated by
 * commas, 、 or spaces. Blank rows are left out.
 */
public class ZoneForm {
    static final int BLANK_ROWS = 2;

    private String defaultAccess = "deny";
    private String description = "";
    private String note = "";
    private List<ZoneRow> zones = new ArrayList<>();
    private List<RelayRow> relays = new ArrayList<>();
    private List<CellRow> policy = new ArrayList<>();
    private List<PathRow> paths = new ArrayList<>();
    private List<InterfaceRow> interfaces = new ArrayList<>();

    static ZoneForm of(ZoneDocument d, String note) {
        ZoneForm f = new ZoneForm();
        f.defaultAccess = d.defaultAccess();
        f.description = d.description();
        f.note = note;
        for (ZoneDocument.Zone z : d.zones()) {
            f.zones.add(new ZoneRow(z.id(), z.kind(), z.name(), join(z.networks()), z.description()));
        }
        for (ZoneDocument.Relay r : d.relays()) {
            f.relays.add(new RelayRow(
                    r.id(), r.method(), join(r.addresses()), r.from(), r.to(), join(r.services()), r.description()));
        }
        for (ZoneDocument.Cell c : d.policy()) {
            f.policy.add(new CellRow(c.from(), c.to(), c.access(), join(c.services()), c.severity(), c.description()));
        }
        for (ZoneDocument.PermittedPath p : d.paths()) {
            f.paths.add(new PathRow(
                    p.id(),
                    join(p.from()),
                    join(p.to()),
                    join(p.services()),
                    p.justification(),
                    p.owner(),
                    p.description()));
        }
        for (ZoneDocument.Interface i : d.interfaces()) {
            f.interfaces.add(new InterfaceRow(i.device(), i.name(), i.zone()));
        }
        return f.withBlankRows();
    }

    ZoneForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            zones.add(new ZoneRow());
            relays.add(new RelayRow());
            policy.add(new CellRow());
            paths.add(new PathRow());
            interfaces.add(new InterfaceRow());
        }
        return this;
    }

    ZoneDocument document() {
        List<ZoneDocument.Zone> z = zones.stream()
                .filter(r -> !blank(r.id, r.kind, r.name, r.networks, r.description))
                .map(r -> new ZoneDocument.Zone(t(r.id), t(r.kind), t(r.name), words(r.networks), t(r.description)))
                .toList();
        List<ZoneDocument.Relay> rel = relays.stream()
                .filter(r -> !blank(r.id, r.method, r.addresses, r.from, r.to, r.services, r.description))
                .map(r -> new ZoneDocument.Relay(
                        t(r.id),
                        t(r.method),
                        words(r.addresses),
                        t(r.from),
                        t(r.to),
                        words(r.services),
                        t(r.description)))
                .toList();
        List<ZoneDocument.Cell> cells = policy.stream()
                .filter(r -> !blank(r.from, r.to, r.access, r.services, r.severity, r.description))
                .map(r -> new ZoneDocument.Cell(
                        t(r.from), t(r.to), t(r.access), words(r.services), t(r.severity), t(r.description)))
                .toList();
        List<ZoneDocument.PermittedPath> ps = paths.stream()
                .filter(r -> !blank(r.id, r.from, r.to, r.services, r.justification, r.owner, r.description))
                .map(r -> new ZoneDocument.PermittedPath(
                        t(r.id),
                        words(r.from),
                        words(r.to),
                        words(r.services),
                        t(r.justification),
                        t(r.owner),
                        t(r.description)))
                .toList();
        List<ZoneDocument.Interface> ifs = interfaces.stream()
                .filter(r -> !blank(r.device, r.name, r.zone))
                .map(r -> new ZoneDocument.Interface(t(r.device), t(r.name), t(r.zone)))
                .toList();
        return new ZoneDocument(t(defaultAccess), t(description), z, rel, cells, ps, ifs);
    }

    private static boolean blank(@Nullable String... values) {
        return Stream.of(values).allMatch(v -> v == null || v.isBlank());
    }

    private static String t(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> words(@Nullable String s) {
        return NetworkPath.words(s);
    }

    private static String join(List<String> values) {
        return String.join(", ", values);
    }

    public String getDefaultAccess() {
        return defaultAccess;
    }

    public void setDefaultAccess(String defaultAccess) {
        this.defaultAccess = defaultAccess;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ZoneRow> getZones() {
        return zones;
    }

    public void setZones(List<ZoneRow> zones) {
        this.zones = zones;
    }

    public List<RelayRow> getRelays() {
        return relays;
    }

    public void setRelays(List<RelayRow> relays) {
        this.relays = relays;
    }

    public List<CellRow> getPolicy() {
        return policy;
    }

    public void setPolicy(List<CellRow> policy) {
        this.policy = policy;
    }

    public List<PathRow> getPaths() {
        return paths;
    }

    public void setPaths(List<PathRow> paths) {
        this.paths = paths;
    }

    public List<InterfaceRow> getInterfaces() {
        return interfaces;
    }

    public void setInterfaces(List<InterfaceRow> interfaces) {
        this.interfaces = interfaces;
    }

    /** A zone row. */
    public static class ZoneRow {
        private @Nullable String id;
        private @Nullable String kind;
        private @Nullable String name;
        private @Nullable String networks;
        private @Nullable String description;

        public ZoneRow() {}

        ZoneRow(String id, String kind, String name, String networks, String description) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.networks = networks;
            this.description = description;
        }

        public @Nullable String getId() {
            return id;
        }

        public void setId(@Nullable String id) {
            this.id = id;
        }

        public @Nullable String getKind() {
            return kind;
        }

        public void setKind(@Nullable String kind) {
            this.kind = kind;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getNetworks() {
            return networks;
        }

        public void setNetworks(@Nullable String networks) {
            this.networks = networks;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }
    }

    /** A sanitizing relay row. */
    public static class RelayRow {
        private @Nullable String id;
        private @Nullable String method;
        private @Nullable String addresses;
        private @Nullable String from;
        private @Nullable String to;
        private @Nullable String services;
        private @Nullable String description;

        public RelayRow() {}

        RelayRow(
                String id,
                String method,
                String addresses,
                String from,
                String to,
                String services,
                String description) {
            this.id = id;
            this.method = method;
            this.addresses = addresses;
            this.from = from;
            this.to = to;
            this.services = services;
            this.description = description;
        }

        public @Nullable String getId() {
            return id;
        }

        public void setId(@Nullable String id) {
            this.id = id;
        }

        public @Nullable String getMethod() {
            return method;
        }

        public void setMethod(@Nullable String method) {
            this.method = method;
        }

        public @Nullable String getAddresses() {
            return addresses;
        }

        public void setAddresses(@Nullable String addresses) {
            this.addresses = addresses;
        }

        public @Nullable String getFrom() {
            return from;
        }

        public void setFrom(@Nullable String from) {
            this.from = from;
        }

        public @Nullable String getTo() {
            return to;
        }

        public void setTo(@Nullable String to) {
            this.to = to;
        }

        public @Nullable String getServices() {
            return services;
        }

        public void setServices(@Nullable String services) {
            this.services = services;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }
    }

    /** A policy cell row. */
    public static class CellRow {
        private @Nullable String from;
        private @Nullable String to;
        private @Nullable String access;
        private @Nullable String services;
        private @Nullable String severity;
        private @Nullable String description;

        public CellRow() {}

        CellRow(String from, String to, String access, String services, String severity, String description) {
            this.from = from;
            this.to = to;
            this.access = access;
            this.services = services;
            this.severity = severity;
            this.description = description;
        }

        public @Nullable String getFrom() {
            return from;
        }

        public void setFrom(@Nullable String from) {
            this.from = from;
        }

        public @Nullable String getTo() {
            return to;
        }

        public void setTo(@Nullable String to) {
            this.to = to;
        }

        public @Nullable String getAccess() {
            return access;
        }

        public void setAccess(@Nullable String access) {
            this.access = access;
        }

        public @Nullable String getServices() {
            return services;
        }

        public void setServices(@Nullable String services) {
            this.services = services;
        }

        public @Nullable String getSeverity() {
            return severity;
        }

        public void setSeverity(@Nullable String severity) {
            this.severity = severity;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }
    }

    /** A permanent permitted path row. */
    public static class PathRow {
        private @Nullable String id;
        private @Nullable String from;
        private @Nullable String to;
        private @Nullable String services;
        private @Nullable String justification;
        private @Nullable String owner;
        private @Nullable String description;

        public PathRow() {}

        PathRow(
                String id,
                String from,
                String to,
                String services,
                String justification,
                String owner,
                String description) {
            this.id = id;
            this.from = from;
            this.to = to;
            this.services = services;
            this.justification = justification;
            this.owner = owner;
            this.description = description;
        }

        public @Nullable String getId() {
            return id;
        }

        public void setId(@Nullable String id) {
            this.id = id;
        }

        public @Nullable String getFrom() {
            return from;
        }

        public void setFrom(@Nullable String from) {
            this.from = from;
        }

        public @Nullable String getTo() {
            return to;
        }

        public void setTo(@Nullable String to) {
            this.to = to;
        }

        public @Nullable String getServices() {
            return services;
        }

        public void setServices(@Nullable String services) {
            this.services = services;
        }

        public @Nullable String getJustification() {
            return justification;
        }

        public void setJustification(@Nullable String justification) {
            this.justification = justification;
        }

        public @Nullable String getOwner() {
            return owner;
        }

        public void setOwner(@Nullable String owner) {
            this.owner = owner;
        }

        public @Nullable String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description;
        }
    }

    /** An interface row: device, interface (or vendor zone), zone id. */
    public static class InterfaceRow {
        private @Nullable String device;
        private @Nullable String name;
        private @Nullable String zone;

        public InterfaceRow() {}

        InterfaceRow(String device, String name, String zone) {
            this.device = device;
            this.name = name;
            this.zone = zone;
        }

        public @Nullable String getDevice() {
            return device;
        }

        public void setDevice(@Nullable String device) {
            this.device = device;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getZone() {
            return zone;
        }

        public void setZone(@Nullable String zone) {
            this.zone = zone;
        }
    }
}
