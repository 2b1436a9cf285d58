package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.testing.ThreeZones;
import org.junit.jupiter.api.Test;

/**
 * A rule whose objects had to be left out is UNRESOLVED, never SHADOWED, and fails the run: the
 * device may pass what netcheck could not see. Before, each of these permits was reported only as
 * "never matches" (or not at all) and the run exited 0.
 */
class UnresolvedObjectsTest {
    static Report analyse(Vendor vendor, String text) {
        ImportResult imported = vendor.importer().read("fw.conf", text, "fw");
        return new RuleAnalysis(ThreeZones.model(), Messages.english()).report(imported);
    }

    static List<Finding> of(Report r, Finding.Kind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    static void assertUnresolved(Report r, String rule, String object) {
        List<Finding> unresolved = of(r, Finding.Kind.UNRESOLVED);
        assertThat(unresolved).extracting(Finding::rule).containsExactly(rule);
        assertThat(unresolved.get(0).message()).contains(object);
        assertThat(unresolved.get(0).severity()).isEqualTo("high");
        assertThat(of(r, Finding.Kind.SHADOWED)).isEmpty();
        assertThat(r.fails(false)).isTrue();
    }

    @Test
    void aFortiGatePolicyToAnUndefinedAddressIsUnresolved() {
        Report r = analyse(Vendor.FORTIGATE, """
                config firewall policy
                    edit 7
                        set srcintf "port1"
                        set dstintf "port3"
                        set srcaddr "all"
                        set dstaddr "PUBLISHED-WEB"
                        set action accept
                        set schedule "always"
                        set service "HTTPS"
                    next
                end
                """);
        assertUnresolved(r, "7", "PUBLISHED-WEB");
    }

    @Test
    void aFortiGateInternetServicePolicyIsUnresolved() {
        Report r = analyse(Vendor.FORTIGATE, """
                config firewall policy
                    edit 9
                        set srcintf "port1"
                        set dstintf "wan1"
                        set srcaddr "all"
                        set internet-service enable
                        set internet-service-name "Example-Cloud.Web"
                        set action accept
                        set schedule "always"
                    next
                end
                """);
        assertUnresolved(r, "9", "Example-Cloud.Web");
    }

    @Test
    void aPaloAltoRuleToAnExternalListIsUnresolved() {
        Report r = analyse(Vendor.PALOALTO, """
                set deviceconfig system hostname fw
                set external-list BLOCKED-HOSTS type ip url https://edl.example/list.txt
                set rulebase security rules to-edl from any to any source any destination BLOCKED-HOSTS service any application any action allow
                """);
        assertUnresolved(r, "to-edl", "BLOCKED-HOSTS");
    }

    @Test
    void anAsaEntryNamingAnUndefinedObjectIsKeptAndUnresolved() {
        Report r = analyse(Vendor.ASA, """
                hostname fw
                object network MN-NET
                 subnet 10.10.0.0 255.255.0.0
                access-list OUT extended permit tcp object MN-NET object WEB-PUBLISHED eq 443
                access-list OUT extended permit tcp object MN-NET 10.30.0.0 255.255.0.0 eq 443
                access-group OUT in interface inside
                """);
        assertUnresolved(r, "OUT#1", "WEB-PUBLISHED");
        // the complete entry below is still checked
        assertThat(of(r, Finding.Kind.VIOLATION)).extracting(Finding::rule).contains("OUT#2");
    }

    @Test
    void aCompleteRuleSetDoesNotFail() {
        Report r = analyse(Vendor.ASA, """
                hostname fw
                access-list OUT extended permit tcp 10.20.0.0 255.255.0.0 10.30.0.0 255.255.0.0 eq 443
                access-group OUT in interface inside
                """);
        // "inside" is not in the zone file's interfaces: named, but it changes nothing here
        assertThat(r.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.UNMAPPED_INTERFACE);
        assertThat(r.fails(false)).isFalse();
    }
}
