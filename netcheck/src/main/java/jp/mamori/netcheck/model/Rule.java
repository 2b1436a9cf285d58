package jp.mamori.netcheck.model;

import java.util.List;

/**
 * One firewall rule in the vendor-neutral model.
 *
 * @param device the device the rule came from (hostname, or the {@code --device} name)
 * @param filter the filter, chain, policy table or ACL it belongs to (e.g. {@code FORWARD},
 *     {@code root/policy}, {@code OUTSIDE_IN}, {@code lan1-in})
 * @param id the vendor's own rule id: FortiGate policy id, Palo Alto rule name, RTX filter number,
 *     iptables {@code CHAIN#n}, ASA {@code ACL#n}, CSV {@code seq}
 * @param action permit, deny or return
 * @param sources source addresses (already expanded from objects and groups; negation applied)
 * @param destinations destination addresses (expanded and negation applied)
 * @param services protocol and destination ports
 * @param sourceInterfaces interfaces or vendor zones on the ingress side (empty = any)
 * @param destinationInterfaces interfaces or vendor zones on the egress side (empty = any)
 * @param enabled false for disabled rules, which never match
 * @param file the configuration file the rule came from
 * @param line the 1-based line in that file where the rule starts
 * @param unresolved the objects the importer had to leave out of this rule (an unresolved VIP, an
 *     external list, an internet-service entry, an undefined or FQDN object …), as the vendor
 *     names them; empty when the rule is complete. A rule with such objects matches less than on
 *     the device, so its verdict is incomplete: the analysis reports it as {@code UNRESOLVED}.
 */
public record Rule(
        String device,
        String filter,
        String id,
        Action action,
        AddressSet sources,
        AddressSet destinations,
        ServiceSet services,
        List<String> sourceInterfaces,
        List<String> destinationInterfaces,
        boolean enabled,
        String file,
        int line,
        List<String> unresolved) {
    public Rule {
        sourceInterfaces = List.copyOf(sourceInterfaces);
        destinationInterfaces = List.copyOf(destinationInterfaces);
        unresolved = List.copyOf(unresolved);
    }

    /** A rule whose objects were all resolved. */
    public Rule(
            String device,
            String filter,
            String id,
            Action action,
            AddressSet sources,
            AddressSet destinations,
            ServiceSet services,
            List<String> sourceInterfaces,
            List<String> destinationInterfaces,
            boolean enabled,
            String file,
            int line) {
        this(
                device,
                filter,
                id,
                action,
                sources,
                destinations,
                services,
                sourceInterfaces,
                destinationInterfaces,
                enabled,
                file,
                line,
                List.of());
    }

    /** This rule, noting objects left out of it (added to those already noted). */
    public Rule withUnresolved(List<String> names) {
        if (names.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(unresolved);
        for (String n : names) {
            if (!all.contains(n)) {
                all.add(n);
            }
        }
        return copy(sources, destinations, enabled, all);
    }

    /** This rule with other addresses (the rest unchanged). */
    public Rule withAddresses(AddressSet newSources, AddressSet newDestinations) {
        return copy(newSources, newDestinations, enabled, unresolved);
    }

    /** This rule enabled or disabled (the rest unchanged). */
    public Rule withEnabled(boolean on) {
        return copy(sources, destinations, on, unresolved);
    }

    /** This rule with the given parts replaced; every other component is kept. */
    private Rule copy(AddressSet newSources, AddressSet newDestinations, boolean on, List<String> newUnresolved) {
        return new Rule(
                device,
                filter,
                id,
                action,
                newSources,
                newDestinations,
                services,
                sourceInterfaces,
                destinationInterfaces,
                on,
                file,
                line,
                newUnresolved);
    }

    /** True when the packet matches this rule's addresses and services (interfaces not considered). */
    public boolean matches(java.math.BigInteger src, java.math.BigInteger dst, int proto, int dstPort) {
        return enabled && sources.contains(src) && destinations.contains(dst) && services.matches(proto, dstPort);
    }
}
