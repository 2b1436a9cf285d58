package jp.mamori.netcheck.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A union of {@link Service}s; {@link #ANY} matches every packet. */
public record ServiceSet(List<Service> services) {
    public static final ServiceSet ANY = new ServiceSet(List.of(Service.ANY));
    public static final ServiceSet EMPTY = new ServiceSet(List.of());

    public ServiceSet {
        services = List.copyOf(services);
    }

    public static ServiceSet of(Service... services) {
        return new ServiceSet(Arrays.asList(services));
    }

    /** Parses each text with {@link Service#parse(String)}. */
    public static ServiceSet parse(String... texts) {
        List<Service> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Service.parse(t));
        }
        return new ServiceSet(out);
    }

    public ServiceSet union(ServiceSet other) {
        List<Service> all = new ArrayList<>(services);
        all.addAll(other.services);
        return new ServiceSet(all);
    }

    /** The packets both sets match. */
    public ServiceSet intersect(ServiceSet other) {
        List<Service> out = new ArrayList<>();
        for (Service a : services) {
            for (Service b : other.services) {
                int proto;
                if (a.protocol() == Service.ANY_PROTOCOL) {
                    proto = b.protocol();
                } else if (b.protocol() == Service.ANY_PROTOCOL || b.protocol() == a.protocol()) {
                    proto = a.protocol();
                } else {
                    continue;
                }
                int from = Math.max(a.portFrom(), b.portFrom());
                int to = Math.min(a.portTo(), b.portTo());
                if (from <= to) {
                    out.add(new Service(proto, from, to));
                }
            }
        }
        return new ServiceSet(out);
    }

    /**
     * Every packet this set does not match (for negated service fields). Ports are complemented
     * for tcp and udp, message types and codes for icmp and ipv6-icmp; any other protocol is
     * either wholly in the set or wholly outside it.
     */
    public ServiceSet complement() {
        if (isAny()) {
            return EMPTY;
        }
        List<Service> out = new ArrayList<>();
        for (int proto = 0; proto <= 255; proto++) {
            final int p = proto;
            List<Service> same =
                    services.stream().filter(s -> s.protocol() == p).toList();
            if (!Service.hasPorts(p) && !Service.hasTypeCode(p)) {
                if (same.isEmpty()) {
                    out.add(Service.protocol(p));
                }
                continue;
            }
            boolean[] covered = new boolean[65536];
            for (Service s : same) {
                for (int port = s.portFrom(); port <= s.portTo(); port++) {
                    covered[port] = true;
                }
            }
            int start = -1;
            for (int port = 0; port <= 65536; port++) {
                boolean free = port < 65536 && !covered[port];
                if (free && start < 0) {
                    start = port;
                } else if (!free && start >= 0) {
                    out.add(new Service(p, start, port - 1));
                    start = -1;
                }
            }
        }
        return new ServiceSet(out);
    }

    public boolean isEmpty() {
        return services.isEmpty();
    }

    public boolean isAny() {
        return services.contains(Service.ANY);
    }

    public boolean matches(int proto, int dstPort) {
        for (Service s : services) {
            if (s.matches(proto, dstPort)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return services.toString();
    }
}
