package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Undoes the line wrapping of YAMAHA RTX {@code show config}: the router breaks long lines at the
 * terminal width, possibly inside a filter number, and prints the rest on the next line without a
 * marker. A continuation is a line that does not begin a command and either follows a line cut at
 * the widest width seen (join as is: the characters simply continue) or starts with a number or
 * {@code dynamic} after a shorter line (join with a space: the line broke between words, and any
 * trailing space was lost).
 */
final class RtxLines {
    /** One logical command and the physical line it starts on. */
    record Logical(SourceLine start, String text, List<SourceLine> parts) {}

    /** First words of RTX commands; a line starting with one of these is never a continuation. */
    static final Set<String> COMMANDS = Set.of(
            "ip",
            "ipv6",
            "pp",
            "tunnel",
            "nat",
            "description",
            "no",
            "dhcp",
            "dns",
            "lan",
            "syslog",
            "administrator",
            "login",
            "console",
            "security",
            "telnetd",
            "sshd",
            "httpd",
            "schedule",
            "provider",
            "ipsec",
            "l2tp",
            "switch",
            "vlan",
            "timezone",
            "bgp",
            "ospf",
            "sntpd",
            "ntpdate",
            "upnp",
            "statistics",
            "ethernet",
            "netvolante-dns",
            "alarm",
            "operation",
            "auth",
            "user",
            "heartbeat2",
            "lua",
            "ppp",
            "isdn",
            "line",
            "pppoe",
            "rip",
            "url",
            "snmp",
            "account",
            "bridge",
            "cooperation",
            "tftp",
            "external-memory",
            "usbhost",
            "sd",
            "mobile",
            "wlan",
            "dashboard",
            "pptp",
            "queue",
            "speed",
            "loop",
            "lan-map",
            "mail",
            "remote",
            "interface",
            "save",
            "show",
            "quit",
            "exit",
            "ip6",
            "wins",
            "ike",
            "tcp",
            "ntp",
            "hide",
            "http",
            "cold",
            "set",
            "system",
            "nat6",
            "dlna",
            "wol",
            "vrrp",
            "embedded");

    private RtxLines() {}

    /** Joins wrapped lines; comment ({@code #}) and blank lines end any logical line. */
    static List<Logical> join(List<SourceLine> lines) {
        int width = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isContinuation(lines.get(i + 1), lines.get(i).text().length() >= 79)) {
                width = Math.max(width, lines.get(i).text().length());
            }
        }
        List<Logical> out = new ArrayList<>();
        SourceLine start = null;
        List<SourceLine> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int previousLength = 0;
        for (SourceLine line : lines) {
            String t = line.text();
            boolean blank = t.isBlank() || t.strip().startsWith("#");
            boolean cut = previousLength >= 79 && previousLength >= width;
            if (start != null && !blank && isContinuation(line, cut)) {
                if (cut) {
                    text.append(t);
                } else {
                    text.append(' ').append(t.strip());
                }
                parts.add(line);
                previousLength = t.length();
                continue;
            }
            if (start != null) {
                out.add(new Logical(start, text.toString().strip(), List.copyOf(parts)));
                start = null;
                parts.clear();
                text.setLength(0);
            }
            if (!blank) {
                start = line;
                parts.add(line);
                text.append(t);
            }
            previousLength = blank ? 0 : t.length();
        }
        if (start != null) {
            out.add(new Logical(start, text.toString().strip(), List.copyOf(parts)));
        }
        return out;
    }

    private static boolean isContinuation(SourceLine line, boolean afterCut) {
        String t = line.text().strip();
        if (t.isEmpty() || t.startsWith("#")) {
            return false;
        }
        String first = t.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (COMMANDS.contains(first)) {
            return false;
        }
        return afterCut || Character.isDigit(t.charAt(0)) || first.equals("dynamic");
    }
}
