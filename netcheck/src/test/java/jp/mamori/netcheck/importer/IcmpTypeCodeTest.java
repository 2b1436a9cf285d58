package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.testing.ThreeZones;
import jp.mamori.netcheck.zone.ZoneModel;
import jp.mamori.netcheck.zone.ZoneModelException;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 point 10: ICMP message types and codes are part of the service. A deny of one type
 * (unreachable) must not hide a permit of another (time-exceeded) below it; RTX {@code icmp}
 * filters carry the type and code in their port fields. Before, every vendor read a typed ICMP
 * rule as all of ICMP, so the time-exceeded permit was SHADOWED and the run exited 0 although the
 * device passes time-exceeded messages into the My Number zone. Fixtures written from each
 * vendor's documented syntax (see docs/netcheck.md, sources).
 */
class IcmpTypeCodeTest {
    private static final int TIME_EXCEEDED = 11;

    static Report analyse(Vendor vendor, String text) {
        ImportResult imported = vendor.importer().read("fw.conf", text, "fw");
        return new RuleAnalysis(ThreeZones.model(), Messages.english()).report(imported);
    }

    static List<Finding> of(Report r, Finding.Kind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    /** The permit of time-exceeded into the My Number zone is a violation, not shadowed. */
    static void assertTimeExceededBreach(Report r, String permitId) {
        assertIcmpBreach(r, permitId, "type 11");
    }

    static void assertIcmpBreach(Report r, String permitId, String typeText) {
        assertThat(of(r, Finding.Kind.SHADOWED)).extracting(Finding::rule).doesNotContain(permitId);
        List<Finding> v = of(r, Finding.Kind.VIOLATION).stream()
                .filter(f -> f.rule().equals(permitId))
                .toList();
        assertThat(v).isNotEmpty();
        assertThat(v).allSatisfy(f -> {
            assertThat(f.example().proto()).isEqualTo("icmp");
            assertThat(f.example().dstPort()).isZero(); // the JSON field stays 0 for icmp
            assertThat(f.message()).contains(typeText);
        });
        assertThat(v).extracting(Finding::to).contains("mynumber");
        assertThat(r.fails(false)).isTrue();
    }

    // ---- the model -------------------------------------------------------------------------

    @Test
    void icmpServicesParseAndPrintTypeAndCode() {
        assertThat(Service.parse("icmp/11")).isEqualTo(Service.icmpType(Service.ICMP, 11));
        assertThat(Service.parse("icmp/3/4")).isEqualTo(Service.icmpCodes(Service.ICMP, 3, 4, 4));
        assertThat(Service.parse("icmpv6/128").toString()).isEqualTo("ipv6-icmp/128");
        assertThat(Service.parse("icmp/3-5").toString()).isEqualTo("icmp/3-5");
        assertThat(Service.parse("icmp/3/0-3").toString()).isEqualTo("icmp/3/0-3");
        assertThat(Service.parse("icmp").toString()).isEqualTo("icmp");
        assertThat(Service.icmpType(Service.ICMP, 11).matches(Service.ICMP, (11 << 8) | 1))
                .isTrue();
        assertThat(Service.icmpType(Service.ICMP, 11).matches(Service.ICMP, 3 << 8))
                .isFalse();
        assertThatThrownBy(() -> Service.parse("icmp/256")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Service.parse("icmp/3/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theComplementOfOneTypeKeepsTheOtherTypes() {
        ServiceSet notEcho = ServiceSet.parse("icmp/8").complement();
        assertThat(notEcho.matches(Service.ICMP, 8 << 8)).isFalse();
        assertThat(notEcho.matches(Service.ICMP, TIME_EXCEEDED << 8)).isTrue();
        assertThat(notEcho.matches(Service.TCP, 80)).isTrue();
    }

    @Test
    void theZoneFileKeepsIcmpWhole() {
        String yaml = ThreeZones.YAML.replace("services: [tcp/25, tcp/443]", "services: [tcp/25, icmp/8]");
        assertThatThrownBy(() -> ZoneModel.parse("zones.yaml", yaml, ThreeZones.CLOCK))
                .isInstanceOf(ZoneModelException.class)
                .hasMessageContaining("zones.yaml:")
                .hasMessageContaining("ICMP");
    }

    // ---- neutral CSV -----------------------------------------------------------------------

    @Test
    void csvDenyOfUnreachableDoesNotShadowAPermitOfTimeExceeded() {
        Report r = analyse(Vendor.CSV, """
                filter,seq,action,src,dst,service
                core,10,deny,any,10.10.0.0/16,icmp/3
                core,20,permit,10.20.0.0/16,10.10.0.0/16,icmp/11
                """);
        assertTimeExceededBreach(r, "20");
    }

    @Test
    void csvPermitOfUnreachableDoesNotShadowAPermitOfTimeExceeded() {
        Report r = analyse(Vendor.CSV, """
                filter,seq,action,src,dst,service
                core,10,permit,10.20.0.0/16,10.10.0.0/16,icmp/3
                core,20,permit,10.20.0.0/16,10.10.0.0/16,icmp/11/0
                core,30,permit,10.20.0.0/16,10.10.0.0/16,icmp/11/0
                """);
        assertThat(of(r, Finding.Kind.SHADOWED)).extracting(Finding::rule).containsExactly("30");
        assertThat(of(r, Finding.Kind.VIOLATION)).extracting(Finding::rule).contains("10", "20");
    }

    // ---- iptables --------------------------------------------------------------------------

    @Test
    void iptablesIcmpTypesByNumberNameAndCode() {
        ImportResult result = Vendor.IPTABLES.importer().read("fw.rules", """
                *filter
                :INPUT ACCEPT [0:0]
                :FORWARD DROP [0:0]
                :OUTPUT ACCEPT [0:0]
                -A FORWARD -p icmp -m icmp --icmp-type 3 -j DROP
                -A FORWARD -p icmp -m icmp --icmp-type time-exceeded -j ACCEPT
                -A FORWARD -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
                -A FORWARD -p icmp -m icmp ! --icmp-type 8 -j ACCEPT
                COMMIT
                """, "fw");
        assertThat(result.unsupported()).isEmpty();
        List<Rule> rules = Samples.set(result, "FORWARD").rules();
        assertThat(rules.get(0).services().services()).containsExactly(Service.icmpType(Service.ICMP, 3));
        assertThat(rules.get(1).services().services()).containsExactly(Service.icmpType(Service.ICMP, TIME_EXCEEDED));
        assertThat(rules.get(2).services().services()).containsExactly(Service.icmpCodes(Service.ICMP, 3, 4, 4));
        assertThat(rules.get(3).services().matches(Service.ICMP, 8 << 8)).isFalse();
        assertThat(rules.get(3).services().matches(Service.ICMP, 0)).isTrue();
        assertThat(rules.get(3).services().matches(Service.TCP, 80)).isFalse();
    }

    @Test
    void iptablesDropOfUnreachableLeavesTheTimeExceededAcceptOpen() {
        Report r = analyse(Vendor.IPTABLES, """
                *filter
                :FORWARD DROP [0:0]
                -A FORWARD -p icmp -m icmp --icmp-type destination-unreachable -j DROP
                -A FORWARD -s 10.20.0.0/16 -p icmp -m icmp --icmp-type 11 -j ACCEPT
                COMMIT
                """);
        assertTimeExceededBreach(r, "FORWARD#2");
    }

    @Test
    void ip6tablesIcmpv6TypeNames() {
        ImportResult result = Vendor.IPTABLES.importer().read("fw6.rules", """
                *filter
                :FORWARD DROP [0:0]
                -A FORWARD -p ipv6-icmp -m icmp6 --icmpv6-type echo-request -j ACCEPT
                -A FORWARD -p ipv6-icmp -m icmp6 --icmpv6-type 1/4 -j ACCEPT
                COMMIT
                """, "fw");
        assertThat(result.unsupported()).isEmpty();
        List<Rule> rules = Samples.set(result, "FORWARD").rules();
        assertThat(rules.get(0).services().services()).containsExactly(Service.icmpType(Service.ICMPV6, 128));
        assertThat(rules.get(1).services().services()).containsExactly(Service.icmpCodes(Service.ICMPV6, 1, 4, 4));
    }

    @Test
    void iptablesUnknownIcmpNameIsReportedAndTheDropDisabled() {
        ImportResult result = Vendor.IPTABLES.importer().read("fw.rules", """
                *filter
                :FORWARD ACCEPT [0:0]
                -A FORWARD -p icmp -m icmp --icmp-type no-such-type -j DROP
                COMMIT
                """, "fw");
        assertThat(result.unsupported()).isNotEmpty();
        assertThat(Samples.set(result, "FORWARD").rules().get(0).enabled()).isFalse();
    }

    // ---- YAMAHA RTX ------------------------------------------------------------------------

    @Test
    void rtxIcmpFilterFieldsAreTypeAndCodeNotPorts() {
        ImportResult result = Vendor.YAMAHA.importer().read("rtx.conf", """
                ip filter 100 reject * * icmp 3
                ip filter 110 pass * * icmp 11 0
                ip filter 120 pass * * icmp 0,8 *
                ip filter 130 pass * * tcp,icmp * 80
                ip lan1 secure filter in 100 110 120 130
                """, "rtx");
        assertThat(result.unsupported()).isEmpty(); // no "source port ignored" any more
        List<Rule> rules = Samples.set(result, "lan1-in").rules();
        assertThat(rules.get(0).services().services()).containsExactly(Service.icmpType(Service.ICMP, 3));
        assertThat(rules.get(0).enabled()).isTrue();
        assertThat(rules.get(1).services().services())
                .containsExactly(Service.icmpCodes(Service.ICMP, TIME_EXCEEDED, 0, 0));
        assertThat(rules.get(2).services().services())
                .containsExactly(Service.icmpType(Service.ICMP, 0), Service.icmpType(Service.ICMP, 8));
        // icmp listed with another protocol: the fields are TCP ports and ICMP is matched whole
        assertThat(rules.get(3).services().services())
                .containsExactly(Service.tcp(80, 80), Service.protocol(Service.ICMP));
    }

    @Test
    void rtxRejectOfUnreachableLeavesTheTimeExceededPassOpen() {
        Report r = analyse(Vendor.YAMAHA, """
                ip filter 100 reject * * icmp 3
                ip filter 110 pass 10.20.0.0/16 * icmp 11
                ip lan1 secure filter in 100 110
                """);
        assertTimeExceededBreach(r, "110");
    }

    @Test
    void rtxPathsComposeIcmpTypesOfTheInAndOutFilters() {
        // lan1-in passes all ICMP, lan2-out rejects unreachable and passes the rest: on the path
        // lan1→lan2 every other ICMP message crosses from LGWAN into the My Number zone
        Report r = analyse(Vendor.YAMAHA, """
                ip lan1 address 10.20.0.1/16
                ip lan2 address 10.10.0.1/16
                ip filter 100 pass 10.20.0.0/16 * icmp
                ip filter 200 reject * * icmp 3
                ip filter 210 pass * * *
                ip lan1 secure filter in 100
                ip lan2 secure filter out 200 210
                """);
        List<Finding> v = of(r, Finding.Kind.VIOLATION).stream()
                .filter(f -> f.filter().equals("lan1→lan2") && f.to().equals("mynumber"))
                .toList();
        assertThat(v).extracting(Finding::rule).containsExactly("100+210");
        assertThat(v.get(0).message()).contains("icmp").doesNotContain("type 3 ");
    }

    @Test
    void rtxRejectOfAnIcmpClassIsNotReadAsAllOfIcmp() {
        ImportResult result = Vendor.YAMAHA.importer().read("rtx.conf", """
                ip filter 100 reject * * icmp-info
                ip filter 110 pass * * icmp
                ip lan1 secure filter in 100 110
                """, "rtx");
        assertThat(Samples.set(result, "lan1-in").rules().get(0).enabled()).isFalse();
        assertThat(result.unsupported()).extracting(u -> u.line()).contains(1);
    }

    // ---- Cisco ASA -------------------------------------------------------------------------

    @Test
    void asaIcmpArgumentsObjectsAndGroups() {
        ImportResult result = Vendor.ASA.importer().read("asa.cfg", """
                hostname asa
                object service ECHO-0
                 service icmp echo 0
                object-group icmp-type ERRORS
                 icmp-object unreachable
                 icmp-object time-exceeded
                object-group service MIXED
                 service-object icmp echo-reply
                 service-object tcp destination eq 443
                access-list IN extended deny icmp any any unreachable
                access-list IN extended permit icmp any any time-exceeded log
                access-list IN extended permit icmp any any 3 4
                access-list IN extended permit object ECHO-0 any any
                access-list IN extended permit icmp any any object-group ERRORS
                access-list IN extended permit object-group MIXED any any
                access-list IN extended permit icmp6 any any echo
                """, "asa");
        assertThat(result.unsupported()).isEmpty();
        List<Rule> rules = Samples.set(result, "IN").rules();
        assertThat(rules.get(0).services().services()).containsExactly(Service.icmpType(Service.ICMP, 3));
        assertThat(rules.get(1).services().services()).containsExactly(Service.icmpType(Service.ICMP, TIME_EXCEEDED));
        assertThat(rules.get(2).services().services()).containsExactly(Service.icmpCodes(Service.ICMP, 3, 4, 4));
        assertThat(rules.get(3).services().services()).containsExactly(Service.icmpCodes(Service.ICMP, 8, 0, 0));
        assertThat(rules.get(4).services().services())
                .containsExactly(Service.icmpType(Service.ICMP, 3), Service.icmpType(Service.ICMP, TIME_EXCEEDED));
        assertThat(rules.get(5).services().services())
                .containsExactly(Service.icmpType(Service.ICMP, 0), Service.tcp(443, 443));
        assertThat(rules.get(6).services().services()).containsExactly(Service.icmpType(Service.ICMPV6, 128));
    }

    @Test
    void asaDenyOfUnreachableLeavesTheTimeExceededPermitOpen() {
        Report r = analyse(Vendor.ASA, """
                hostname fw
                access-list IN extended deny icmp any any unreachable
                access-list IN extended permit icmp 10.20.0.0 255.255.0.0 any time-exceeded
                """);
        assertTimeExceededBreach(r, "IN#2");
    }

    // ---- FortiGate -------------------------------------------------------------------------

    @Test
    void fortiGateIcmpTypeAndCodeOfCustomServices() {
        Report r = analyse(Vendor.FORTIGATE, """
                config firewall service custom
                    edit "UNREACH"
                        set protocol ICMP
                        set icmptype 3
                    next
                    edit "TTL-EXCEEDED"
                        set protocol ICMP
                        set icmptype 11
                        set icmpcode 0
                    next
                end
                config firewall address
                    edit "lgwan"
                        set subnet 10.20.0.0 255.255.0.0
                    next
                end
                config firewall policy
                    edit 1
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "all"
                        set dstaddr "all"
                        set action deny
                        set schedule "always"
                        set service "UNREACH"
                    next
                    edit 2
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "lgwan"
                        set dstaddr "all"
                        set action accept
                        set schedule "always"
                        set service "TTL-EXCEEDED"
                    next
                end
                """);
        assertTimeExceededBreach(r, "2");
    }

    // ---- Palo Alto -------------------------------------------------------------------------

    @Test
    void paloAltoPingDenyDoesNotHideTheIcmpPermitBelow() {
        Report r = analyse(Vendor.PALOALTO, """
                set rulebase security rules no-ping from any to any source any destination any application ping service application-default action deny
                set rulebase security rules icmp-in from any to any source 10.20.0.0/16 destination any application icmp service application-default action allow
                """);
        // the permit passes every ICMP message but echo request: the example is an echo reply
        assertIcmpBreach(r, "icmp-in", "type 0 code 0");
    }

    @Test
    void paloAltoDenyOfAnotherApplicationIsDisabled() {
        ImportResult result = Vendor.PALOALTO.importer().read("pa.conf", """
                set rulebase security rules no-web from any to any source any destination any application web-browsing service any action deny
                set rulebase security rules all-in from any to any source 10.20.0.0/16 destination any application any service any action allow
                """, "pa");
        Rule deny = Samples.rule(Samples.set(result, "vsys1/security"), "no-web");
        assertThat(deny.enabled()).isFalse();
        assertThat(result.unsupported()).isNotEmpty();
    }
}
