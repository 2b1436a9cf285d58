package jp.mamori.netcheck.model;

import java.util.Locale;

/**
 * A protocol with a destination port range. {@code protocol} is the IP protocol number (6 tcp,
 * 17 udp, 1 icmp, 58 ipv6-icmp) or {@link #ANY_PROTOCOL}; ports are 0–65535 and mean the
 * destination port for tcp and udp. For icmp and ipv6-icmp the same 16 bits hold the message
 * type and code ({@code type × 256 + code}), so {@code 0–65535} is every message, {@code
 * 2816–3071} is every time-exceeded (type 11) and {@code 771} is port-unreachable (3/3). Other
 * protocols always carry 0–65535, i.e. "all".
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
        if (!hasPorts(protocol) && !hasTypeCode(protocol) && (portFrom != 0 || portTo != 65535)) {
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

    /** True for icmp and ipv6-icmp, whose 16-bit field holds the message type and code. */
    public static boolean hasTypeCode(int protocol) {
        return protocol == ICMP || protocol == ICMPV6;
    }

    /** Every message of one ICMP (or ICMPv6) type, whatever its code. */
    public static Service icmpType(int protocol, int type) {
        return icmpTypes(protocol, type, type);
    }

    /** Every message of ICMP (or ICMPv6) types {@code from}–{@code to}, whatever their code. */
    public static Service icmpTypes(int protocol, int from, int to) {
        checkByte("ICMP タイプ", from);
        checkByte("ICMP タイプ", to);
        return new Service(protocol, from << 8, (to << 8) | 255);
    }

    /** The ICMP (or ICMPv6) messages of one type with codes {@code codeFrom}–{@code codeTo}. */
    public static Service icmpCodes(int protocol, int type, int codeFrom, int codeTo) {
        checkByte("ICMP タイプ", type);
        checkByte("ICMP コード", codeFrom);
        checkByte("ICMP コード", codeTo);
        return new Service(protocol, (type << 8) | codeFrom, (type << 8) | codeTo);
    }

    private static void checkByte(String what, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(what + "は 0〜255 です: " + value);
        }
    }

    /** True when this is icmp or ipv6-icmp limited to some message types or codes. */
    public boolean isTypedIcmp() {
        return hasTypeCode(protocol) && (portFrom != 0 || portTo != 65535);
    }

    /**
     * Parses {@code tcp/443}, {@code tcp/1024-65535}, {@code udp/53}, {@code tcp} (all ports),
     * {@code icmp}, {@code icmp/11} (one type, any code), {@code icmp/3-5} (types), {@code
     * icmp/3/4} (type and code), {@code icmp/3/0-3} (codes of one type), the same for {@code
     * icmpv6}, {@code any}, or a protocol number such as {@code 47}.
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
        if (hasTypeCode(number)) {
            return parseTypeCode(number, ports, text);
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

    private static Service parseTypeCode(int number, String spec, String text) {
        try {
            int slash = spec.indexOf('/');
            if (slash < 0) {
                int dash = spec.indexOf('-');
                return dash < 0
                        ? icmpType(number, Integer.parseInt(spec.trim()))
                        : icmpTypes(
                                number,
                                Integer.parseInt(spec.substring(0, dash).trim()),
                                Integer.parseInt(spec.substring(dash + 1).trim()));
            }
            int type = Integer.parseInt(spec.substring(0, slash).trim());
            String codes = spec.substring(slash + 1).trim();
            int dash = codes.indexOf('-');
            return dash < 0
                    ? icmpCodes(number, type, Integer.parseInt(codes), Integer.parseInt(codes))
                    : icmpCodes(
                            number,
                            type,
                            Integer.parseInt(codes.substring(0, dash).trim()),
                            Integer.parseInt(codes.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ICMP のタイプ/コードが不正です: " + text, e);
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
        return (!hasPorts(proto) && !hasTypeCode(proto)) || (portFrom <= dstPort && dstPort <= portTo);
    }

    @Override
    public String toString() {
        if (protocol == ANY_PROTOCOL) {
            return "any";
        }
        String name = protocolName(protocol);
        if ((!hasPorts(protocol) && !hasTypeCode(protocol)) || (portFrom == 0 && portTo == 65535)) {
            return name;
        }
        if (hasTypeCode(protocol)) {
            return name + "/" + typeCodeText(portFrom, portTo);
        }
        return portFrom == portTo ? name + "/" + portFrom : name + "/" + portFrom + "-" + portTo;
    }

    /** {@code 11}, {@code 3-5}, {@code 3/4}, {@code 3/0-3} or {@code 3/4-5/0} for a type-code range. */
    static String typeCodeText(int from, int to) {
        int t1 = from >>> 8;
        int c1 = from & 255;
        int t2 = to >>> 8;
        int c2 = to & 255;
        if (c1 == 0 && c2 == 255) {
            return t1 == t2 ? Integer.toString(t1) : t1 + "-" + t2;
        }
        if (t1 == t2) {
            return c1 == c2 ? t1 + "/" + c1 : t1 + "/" + c1 + "-" + c2;
        }
        return t1 + "/" + c1 + "-" + t2 + "/" + c2;
    }
}
