package jp.mamori.netcheck.importer;

import java.util.Locale;
import java.util.Map;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/**
 * ICMP and ICMPv6 message names as the vendors spell them, and the numeric {@code type[/code]}
 * forms. A name stands for one type (all its codes) or one type and code. The tables follow
 * each vendor's own list: iptables and ip6tables ({@code iptables -p icmp -h}, libxt icmp),
 * Cisco ASA (the ICMP type names of access lists and {@code icmp-object}).
 */
final class IcmpTypes {
    private IcmpTypes() {}

    /** {type, codeFrom, codeTo}; codes 0–255 mean "every code". */
    private static int[] t(int type) {
        return new int[] {type, 0, 255};
    }

    private static int[] tc(int type, int code) {
        return new int[] {type, code, code};
    }

    private static final Map<String, int[]> IPTABLES_V4 = Map.ofEntries(
            Map.entry("echo-reply", t(0)),
            Map.entry("pong", t(0)),
            Map.entry("destination-unreachable", t(3)),
            Map.entry("network-unreachable", tc(3, 0)),
            Map.entry("host-unreachable", tc(3, 1)),
            Map.entry("protocol-unreachable", tc(3, 2)),
            Map.entry("port-unreachable", tc(3, 3)),
            Map.entry("fragmentation-needed", tc(3, 4)),
            Map.entry("source-route-failed", tc(3, 5)),
            Map.entry("network-unknown", tc(3, 6)),
            Map.entry("host-unknown", tc(3, 7)),
            Map.entry("network-prohibited", tc(3, 9)),
            Map.entry("host-prohibited", tc(3, 10)),
            Map.entry("tos-network-unreachable", tc(3, 11)),
            Map.entry("tos-host-unreachable", tc(3, 12)),
            Map.entry("communication-prohibited", tc(3, 13)),
            Map.entry("host-precedence-violation", tc(3, 14)),
            Map.entry("precedence-cutoff", tc(3, 15)),
            Map.entry("source-quench", t(4)),
            Map.entry("redirect", t(5)),
            Map.entry("network-redirect", tc(5, 0)),
            Map.entry("host-redirect", tc(5, 1)),
            Map.entry("tos-network-redirect", tc(5, 2)),
            Map.entry("tos-host-redirect", tc(5, 3)),
            Map.entry("echo-request", t(8)),
            Map.entry("ping", t(8)),
            Map.entry("router-advertisement", t(9)),
            Map.entry("router-solicitation", t(10)),
            Map.entry("time-exceeded", t(11)),
            Map.entry("ttl-exceeded", t(11)),
            Map.entry("ttl-zero-during-transit", tc(11, 0)),
            Map.entry("ttl-zero-during-reassembly", tc(11, 1)),
            Map.entry("parameter-problem", t(12)),
            Map.entry("ip-header-bad", tc(12, 0)),
            Map.entry("required-option-missing", tc(12, 1)),
            Map.entry("timestamp-request", t(13)),
            Map.entry("timestamp-reply", t(14)),
            Map.entry("address-mask-request", t(17)),
            Map.entry("address-mask-reply", t(18)));

    private static final Map<String, int[]> IPTABLES_V6 = Map.ofEntries(
            Map.entry("destination-unreachable", t(1)),
            Map.entry("no-route", tc(1, 0)),
            Map.entry("communication-prohibited", tc(1, 1)),
            Map.entry("beyond-scope", tc(1, 2)),
            Map.entry("address-unreachable", tc(1, 3)),
            Map.entry("port-unreachable", tc(1, 4)),
            Map.entry("failed-policy", tc(1, 5)),
            Map.entry("reject-route", tc(1, 6)),
            Map.entry("packet-too-big", t(2)),
            Map.entry("time-exceeded", t(3)),
            Map.entry("ttl-exceeded", t(3)),
            Map.entry("ttl-zero-during-transit", tc(3, 0)),
            Map.entry("ttl-zero-during-reassembly", tc(3, 1)),
            Map.entry("parameter-problem", t(4)),
            Map.entry("bad-header", tc(4, 0)),
            Map.entry("unknown-header-type", tc(4, 1)),
            Map.entry("unknown-option", tc(4, 2)),
            Map.entry("echo-request", t(128)),
            Map.entry("ping", t(128)),
            Map.entry("echo-reply", t(129)),
            Map.entry("pong", t(129)),
            Map.entry("router-solicitation", t(133)),
            Map.entry("router-advertisement", t(134)),
            Map.entry("neighbour-solicitation", t(135)),
            Map.entry("neighbor-solicitation", t(135)),
            Map.entry("neighbour-advertisement", t(136)),
            Map.entry("neighbor-advertisement", t(136)),
            Map.entry("redirect", t(137)));

    private static final Map<String, Integer> ASA_V4 = Map.ofEntries(
            Map.entry("echo-reply", 0),
            Map.entry("unreachable", 3),
            Map.entry("source-quench", 4),
            Map.entry("redirect", 5),
            Map.entry("alternate-address", 6),
            Map.entry("echo", 8),
            Map.entry("router-advertisement", 9),
            Map.entry("router-solicitation", 10),
            Map.entry("time-exceeded", 11),
            Map.entry("parameter-problem", 12),
            Map.entry("timestamp-request", 13),
            Map.entry("timestamp-reply", 14),
            Map.entry("information-request", 15),
            Map.entry("information-reply", 16),
            Map.entry("mask-request", 17),
            Map.entry("mask-reply", 18),
            Map.entry("traceroute", 30),
            Map.entry("conversion-error", 31),
            Map.entry("mobile-redirect", 32));

    private static final Map<String, Integer> ASA_V6 = Map.ofEntries(
            Map.entry("unreachable", 1),
            Map.entry("packet-too-big", 2),
            Map.entry("time-exceeded", 3),
            Map.entry("parameter-problem", 4),
            Map.entry("echo", 128),
            Map.entry("echo-reply", 129),
            Map.entry("membership-query", 130),
            Map.entry("membership-report", 131),
            Map.entry("membership-reduction", 132),
            Map.entry("router-solicitation", 133),
            Map.entry("router-advertisement", 134),
            Map.entry("neighbor-solicitation", 135),
            Map.entry("neighbor-advertisement", 136),
            Map.entry("neighbor-redirect", 137),
            Map.entry("router-renumbering", 138));

    /**
     * An iptables {@code --icmp-type} or ip6tables {@code --icmpv6-type} value: {@code any}, a
     * type number, {@code type/code}, or a name; {@code protocol} is {@link Service#ICMP} or
     * {@link Service#ICMPV6}.
     */
    static ServiceSet iptables(String value, int protocol) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("any")) {
            return ServiceSet.of(Service.protocol(protocol));
        }
        if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
            int slash = v.indexOf('/');
            if (slash < 0) {
                return ServiceSet.of(Service.icmpType(protocol, Integer.parseInt(v)));
            }
            int code = Integer.parseInt(v.substring(slash + 1));
            return ServiceSet.of(Service.icmpCodes(protocol, Integer.parseInt(v.substring(0, slash)), code, code));
        }
        int[] e = (protocol == Service.ICMPV6 ? IPTABLES_V6 : IPTABLES_V4).get(v);
        if (e == null) {
            throw new IllegalArgumentException("ICMP タイプ名 " + value + " は不明です");
        }
        return ServiceSet.of(Service.icmpCodes(protocol, e[0], e[1], e[2]));
    }

    /** True when the word is an ASA ICMP type: a name of the table or a number 0–255. */
    static boolean isAsaType(String word, int protocol) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return Integer.parseInt(w) <= 255;
        }
        return (protocol == Service.ICMPV6 ? ASA_V6 : ASA_V4).containsKey(w);
    }

    /**
     * An ASA ICMP type (name or number) with an optional code: every code of the type when
     * {@code code} is null.
     */
    static Service asa(String type, @Nullable String code, int protocol) {
        String w = type.toLowerCase(Locale.ROOT);
        Integer number = (protocol == Service.ICMPV6 ? ASA_V6 : ASA_V4).get(w);
        int t = number != null ? number : Integer.parseInt(w);
        if (code == null) {
            return Service.icmpType(protocol, t);
        }
        int c = Integer.parseInt(code);
        return Service.icmpCodes(protocol, t, c, c);
    }
}
