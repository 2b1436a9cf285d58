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
        int line) {
    public Rule {
        sourceInterfaces = List.copyOf(sourceInterfaces);
        destinationInterfaces = List.copyOf(destinationInterfaces);
    }

    /** True when the packet matches this rule's addresses and services (interfaces not considered). */
    public boolean matches(java.math.BigInteger src, java.math.BigInteger dst, int proto, int dstPort) {
        return enabled && sources.contains(src) && destinations.contains(dst) && services.matches(proto, dstPort);
    }
}
