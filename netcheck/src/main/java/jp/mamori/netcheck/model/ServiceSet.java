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
