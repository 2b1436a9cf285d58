package jp.mamori.network;

import java.util.List;

/**
 * The body's zone model as the product edits it: the values of netcheck's zone file (docs/netcheck.md)
 * kept as written, so that what is exported is read back unchanged. Time-limited exceptions are not
 * part of it: they come from the register of 例外措置 when the file is written.
 *
 * @param defaultAccess {@code deny} or {@code allow}, for zone pairs no cell names
 * @param description the file's own description, empty for none
 * @param zones the zones with their networks
 * @param relays the sanitizing relays (無害化)
 * @param policy the policy cells
 * @param paths permanent permitted paths, pinned by address and service
 * @param interfaces device interfaces (or vendor zones) mapped to zones
 */
public record ZoneDocument(
        String defaultAccess,
        String description,
        List<Zone> zones,
        List<Relay> relays,
        List<Cell> policy,
        List<PermittedPath> paths,
        List<Interface> interfaces) {
    public ZoneDocument {
        zones = List.copyOf(zones);
        relays = List.copyOf(relays);
        policy = List.copyOf(policy);
        paths = List.copyOf(paths);
        interfaces = List.copyOf(interfaces);
    }

    /** The day written as {@code expires} for a permanent permitted path: it never lapses. */
    public static final String PERMANENT = "9999-12-31";

    public static final ZoneDocument EMPTY =
            new ZoneDocument("deny", "", List.of(), List.of(), List.of(), List.of(), List.of());

    /** A zone: id, kind (MY_NUMBER, LGWAN, INTERNET, EXTERNAL, CLOUD, OTHER), display name, networks. */
    public record Zone(String id, String kind, String name, List<String> networks, String description) {
        public Zone {
            networks = List.copyOf(networks);
        }
    }

    /** A sanitizing relay: its own addresses, the zone pair it serves and the services. */
    public record Relay(
            String id,
            String method,
            List<String> addresses,
            String from,
            String to,
            List<String> services,
            String description) {
        public Relay {
            addresses = List.copyOf(addresses);
            services = List.copyOf(services);
        }
    }

    /** A policy cell: zone pair ({@code *} for any), access, services (allow-only), severity (empty: high). */
    public record Cell(
            String from, String to, String access, List<String> services, String severity, String description) {
        public Cell {
            services = List.copyOf(services);
        }
    }

    /**
     * A permanent permitted path (中間サーバー, LGWAN-ASP, an update server through a relay …), pinned by
     * source and destination address and service; written to the zone file as an exception that
     * never lapses ({@link #PERMANENT}).
     */
    public record PermittedPath(
            String id,
            List<String> from,
            List<String> to,
            List<String> services,
            String justification,
            String owner,
            String description) {
        public PermittedPath {
            from = List.copyOf(from);
            to = List.copyOf(to);
            services = List.copyOf(services);
        }
    }

    /** One interface (or vendor zone) of a device, mapped to a zone id. */
    public record Interface(String device, String name, String zone) {}
}
