package jp.mamori.netcheck.model;

import java.util.Locale;

/**
 * A protocol with a destination port range. {@code protocol} is the IP protocol number (6 tcp,
 * 17 udp, 1 icmp, 58 ipv6-icmp) or {@link #ANY_PROTOCOL}; ports are 0–65535 and only mean
 * something for tcp and udp (other protocols carry 0–65535, i.e. "all").
 */
public record Service(int protocol, int portFrom, int portTo) {
    public static final int ANY_PROTOCOL = -1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMP = 1;
    public static final int ICMPV6 = 58;
    public static final Service ANY = new Service(ANY_PROTOCOL, 0, 65535);

    public Service {
        if (protocol < ANY_PROTOCOL || protocol > 255) {
            throw new IllegalArgumentException("プロトコル番号が不正です: " + protocol);
        }
        if (portFrom < 0 || portTo > 65535 || portFrom > portTo) {
            throw new IllegalArgumentException("ポート範囲が不正です: " + portFrom + "-" + portTo);
        }
        if (!hasPorts(protocol) && (portFrom != 0 || portTo != 65535)) {
            throw new IllegalArgumentException("ポートを持たないプロトコルです: " + protocol);
        }
    }

    public static Service tcp(int from, int to) {
        return new Service(TCP, from, to);
    }

    public static Service udp(int from, int to) {
        return new Service(UDP, from, to);
    }

    public static Service protocol(int number) {
        return new Service(number, 0, 65535);
    }

    /** True for tcp and udp, the protocols whose destination port is checked. */
    public static boolean hasPorts(int protocol) {
        return protocol == TCP || protocol == UDP;
    }

    /**
     * Parses {@code tcp/443}, {@code tcp/1024-65535}, {@code udp/53}, {@code tcp} (all ports),
     * {@code icmp}, {@code any}, or a protocol number such as {@code 47}.
     */
    public static Service parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.equals("any") || s.equals("all") || s.equals("ip") || s.equals("*")) {
            return ANY;
        }
        String proto = s;
        String ports = null;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            proto = s.substring(0, slash);
            ports = s.substring(slash + 1);
        }
        int number = protocolNumber(proto);
        if (ports == null || ports.isEmpty() || ports.equals("any")) {
            return new Service(number, 0, 65535);
        }
        if (!hasPorts(number)) {
            throw new IllegalArgumentException("ポートを持たないプロトコルです: " + text);
        }
        try {
            int dash = ports.indexOf('-');
            if (dash >= 0) {
                return new Service(
                        number,
                        Integer.parseInt(ports.substring(0, dash).trim()),
                        Integer.parseInt(ports.substring(dash + 1).trim()));
            }
            int p = Integer.parseInt(ports.trim());
            return new Service(number, p, p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ポートが不正です: " + text, e);
        }
    }

    /** The protocol number of a name ({@code tcp}, {@code udp}, {@code icmp} …) or a number. */
    public static int protocolNumber(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "tcp" -> TCP;
            case "udp" -> UDP;
            case "icmp" -> ICMP;
            case "icmpv6", "ipv6-icmp", "icmp6" -> ICMPV6;
            case "gre" -> 47;
            case "esp" -> 50;
            case "ah" -> 51;
            case "ospf" -> 89;
            case "sctp" -> 132;
            case "any", "ip", "all", "*" -> ANY_PROTOCOL;
            default -> {
                try {
                    yield Integer.parseInt(name.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("プロトコル名が不正です: " + name, e);
                }
            }
        };
    }

    /** Protocol name for output: tcp, udp, icmp, ipv6-icmp, any or the number. */
    public static String protocolName(int number) {
        return switch (number) {
            case TCP -> "tcp";
            case UDP -> "udp";
            case ICMP -> "icmp";
            case ICMPV6 -> "ipv6-icmp";
            case ANY_PROTOCOL -> "any";
            default -> Integer.toString(number);
        };
    }

    public boolean matches(int proto, int dstPort) {
        if (protocol != ANY_PROTOCOL && protocol != proto) {
            return false;
        }
        return !hasPorts(proto) || (portFrom <= dstPort && dstPort <= portTo);
    }

    @Override
    public String toString() {
        if (protocol == ANY_PROTOCOL) {
            return "any";
        }
        String name = protocolName(protocol);
        if (!hasPorts(protocol) || (portFrom == 0 && portTo == 65535)) {
            return name;
        }
        return portFrom == portTo ? name + "/" + portFrom : name + "/" + portFrom + "-" + portTo;
    }
}
