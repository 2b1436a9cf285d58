package jp.mamori.netcheck.importer;

import java.util.List;
import java.util.Map;

/**
 * FortiOS predefined services, used when a configuration refers to one without defining it (a
 * {@code show full-configuration} output defines them, and then the file's definition wins).
 * A value starting with {@code @} names another predefined service, as the predefined groups do.
 */
final class FortiServices {
    private FortiServices() {}

    static final Map<String, List<String>> PREDEFINED = Map.ofEntries(
            Map.entry("ALL", List.of("any")),
            Map.entry("ALL_TCP", List.of("tcp/1-65535")),
            Map.entry("ALL_UDP", List.of("udp/1-65535")),
            Map.entry("ALL_ICMP", List.of("icmp")),
            Map.entry("ALL_ICMP6", List.of("icmpv6")),
            Map.entry("GRE", List.of("47")),
            Map.entry("ESP", List.of("50")),
            Map.entry("AH", List.of("51")),
            Map.entry("OSPF", List.of("89")),
            Map.entry("BGP", List.of("tcp/179")),
            Map.entry("DHCP", List.of("udp/67-68")),
            Map.entry("DNS", List.of("tcp/53", "udp/53")),
            Map.entry("FTP", List.of("tcp/21")),
            Map.entry("FTP_GET", List.of("tcp/21")),
            Map.entry("FTP_PUT", List.of("tcp/21")),
            Map.entry("HTTP", List.of("tcp/80")),
            Map.entry("HTTPS", List.of("tcp/443")),
            Map.entry("IKE", List.of("udp/500", "udp/4500")),
            Map.entry("IMAP", List.of("tcp/143")),
            Map.entry("IMAPS", List.of("tcp/993")),
            Map.entry("KERBEROS", List.of("tcp/88", "udp/88")),
            Map.entry("L2TP", List.of("tcp/1701", "udp/1701")),
            Map.entry("LDAP", List.of("tcp/389")),
            Map.entry("LDAP_UDP", List.of("udp/389")),
            Map.entry("DCE-RPC", List.of("tcp/135", "udp/135")),
            Map.entry("MS-SQL", List.of("tcp/1433-1434")),
            Map.entry("MYSQL", List.of("tcp/3306")),
            Map.entry("NFS", List.of("tcp/111", "tcp/2049", "udp/111", "udp/2049")),
            Map.entry("NNTP", List.of("tcp/119")),
            Map.entry("NTP", List.of("tcp/123", "udp/123")),
            Map.entry("PING", List.of("icmp/8")),
            Map.entry("PING6", List.of("icmpv6/128")),
            Map.entry("TIMESTAMP", List.of("icmp/13")),
            Map.entry("INFO_REQUEST", List.of("icmp/15")),
            Map.entry("INFO_ADDRESS", List.of("icmp/17")),
            Map.entry("TRACEROUTE", List.of("udp/33434-33535")),
            Map.entry("POP3", List.of("tcp/110")),
            Map.entry("POP3S", List.of("tcp/995")),
            Map.entry("PPTP", List.of("tcp/1723")),
            Map.entry("RADIUS", List.of("udp/1812-1813")),
            Map.entry("RDP", List.of("tcp/3389")),
            Map.entry("SAMBA", List.of("tcp/139")),
            Map.entry("SMB", List.of("tcp/445")),
            Map.entry("SMTP", List.of("tcp/25")),
            Map.entry("SMTPS", List.of("tcp/465")),
            Map.entry("SNMP", List.of("tcp/161-162", "udp/161-162")),
            Map.entry("SSH", List.of("tcp/22")),
            Map.entry("SYSLOG", List.of("udp/514")),
            Map.entry("TELNET", List.of("tcp/23")),
            Map.entry("TFTP", List.of("udp/69")),
            Map.entry("SIP", List.of("tcp/5060", "udp/5060")),
            Map.entry("VNC", List.of("tcp/5900")),
            Map.entry("SQUID", List.of("tcp/3128")),
            Map.entry("SOCKS", List.of("tcp/1080", "udp/1080")),
            Map.entry("X-WINDOWS", List.of("tcp/6000-6063")),
            Map.entry("WEB ACCESS", List.of("@DNS", "@HTTP", "@HTTPS")),
            Map.entry("EMAIL ACCESS", List.of("@DNS", "@IMAP", "@IMAPS", "@POP3", "@POP3S", "@SMTP", "@SMTPS")),
            Map.entry("WINDOWS AD", List.of("@DCE-RPC", "@DNS", "@KERBEROS", "@LDAP", "@LDAP_UDP", "@SAMBA", "@SMB")),
            Map.entry(
                    "EXCHANGE SERVER",
                    List.of("@DCE-RPC", "@HTTPS", "@IMAP", "@IMAPS", "@POP3", "@POP3S", "@SMTP", "@SMTPS")));
}
