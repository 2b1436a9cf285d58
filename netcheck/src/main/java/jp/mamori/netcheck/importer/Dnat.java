package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/**
 * Destination NAT as the zone check needs it: the packet that leaves the device goes to the
 * translated address, and with port translation to the translated port. Importers rewrite the
 * destination (and service) of a permit through the device's NAT table with these helpers, so
 * the check judges the server that really receives the traffic.
 */
final class Dnat {
    private Dnat() {}

    /**
     * The services after translation. {@code matched} is what the rule and the NAT entry both
     * match before translation; without a translated port they pass unchanged, with one every
     * protocol that carries ports arrives on {@code translated} (ports {@code [from, to]}).
     */
    static ServiceSet translate(ServiceSet matched, int @Nullable [] translated) {
        if (translated == null || matched.isEmpty()) {
            return matched;
        }
        Set<Integer> protocols = new LinkedHashSet<>();
        for (Service s : matched.services()) {
            if (s.protocol() == Service.ANY_PROTOCOL) {
                protocols.add(Service.TCP);
                protocols.add(Service.UDP);
            } else if (Service.hasPorts(s.protocol())) {
                protocols.add(s.protocol());
            }
        }
        List<Service> out = new ArrayList<>();
        for (int p : protocols) {
            out.add(new Service(p, translated[0], translated[1]));
        }
        // protocols without ports (icmp, gre …) are not port-forwarded: they do not pass a port NAT
        return new ServiceSet(out);
    }

    /** Parses {@code 80}, {@code 8000-8080} (FortiOS, PAN-OS) into {from, to}; null when not a port. */
    static int @Nullable [] ports(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        int dash = t.indexOf('-');
        try {
            int from = Integer.parseInt(dash < 0 ? t : t.substring(0, dash).strip());
            int to = dash < 0 ? from : Integer.parseInt(t.substring(dash + 1).strip());
            if (from < 0 || to > 65535 || from > to) {
                return null;
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
