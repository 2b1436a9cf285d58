package jp.mamori.netcheck.importer;

import static jp.mamori.netcheck.importer.Samples.addr;
import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import jp.mamori.netcheck.model.Unsupported;
import org.junit.jupiter.api.Test;

class FortiGateImporterTest {
    private final ImportResult result =
            new FortiGateImporter().read("fgt-midori.conf", Samples.text("fortigate/fgt-midori.conf"), null);
    private final RuleSet policy = Samples.set(result, "root/policy");

    @Test
    void keepsTableOrderNotPolicyIdAndEndsInImplicitDeny() {
        assertThat(result.ruleSets()).hasSize(1);
        assertThat(policy.device()).isEqualTo("FGT-MIDORI-01");
        assertThat(Samples.ids(policy)).containsExactly("3", "1", "7", "5", "9", "10", "11", "12", "14", "15");
        assertThat(policy.defaultAction()).isEqualTo(Action.DENY);
    }

    @Test
    void theMyNumberUpdatePolicyExpandsGroupsAndIsAZoneBreach() {
        // Expected finding end to end: VIOLATION, root/policy rule 7, line 143, mynumber → internet
        // (critical), example packet 10.10.8.0 → 10.30.0.0 tcp/80.
        Rule r = Samples.rule(policy, "7");
        assertThat(r.action()).isEqualTo(Action.PERMIT);
        assertThat(r.sources()).isEqualTo(addr("10.10.8.0/24"));
        assertThat(r.destinations()).isEqualTo(addr("10.30.0.0/16"));
        assertThat(r.services().services())
                .containsExactly(Service.tcp(80, 80), Service.tcp(443, 443), Service.tcp(8080, 8080));
        assertThat(r.sourceInterfaces()).containsExactly("port1");
        assertThat(r.destinationInterfaces()).containsExactly("port4");
        assertThat(r.line()).isEqualTo(143);
        assertThat(r.enabled()).isTrue();
    }

    @Test
    void aZoneNameIsKeptAsWrittenAndAnyMeansNoLimit() {
        assertThat(Samples.rule(policy, "3").sourceInterfaces()).containsExactly("LGWAN-Z");
        Rule deny = Samples.rule(policy, "5");
        assertThat(deny.action()).isEqualTo(Action.DENY);
        assertThat(deny.destinationInterfaces()).isEmpty();
        assertThat(deny.destinations()).isEqualTo(AddressSet.ANY_V4);
        assertThat(deny.services()).isEqualTo(ServiceSet.ANY);
    }

    @Test
    void disabledPolicyWithExcludedGroupMembersAndNestedServiceGroups() {
        Rule r = Samples.rule(policy, "9");
        assertThat(r.enabled()).isFalse();
        assertThat(r.sources()).isEqualTo(addr("10.20.10.1-10.20.10.99", "10.20.10.104-10.20.10.200"));
        assertThat(r.services().services())
                .containsExactly(
                        Service.tcp(80, 80),
                        Service.tcp(443, 443),
                        Service.tcp(8080, 8080),
                        Service.tcp(8000, 8090),
                        Service.udp(5000, 5000));
    }

    @Test
    void negateFlagsComplementAddressesAndServices() {
        Rule dns = Samples.rule(policy, "10");
        assertThat(dns.sources())
                .isEqualTo(addr("10.20.2.25", "10.20.2.53", "10.20.10.1-10.20.10.99", "10.20.10.104-10.20.10.200"));
        assertThat(dns.destinations()).isEqualTo(AddressSet.ANY_V4.minus(addr("10.30.0.0/16")));
        assertThat(dns.services().services())
                .containsExactly(
                        Service.tcp(53, 53),
                        Service.udp(53, 53),
                        Service.icmpType(Service.ICMP, 8)); // PING: echo request
        Rule notSmtp = Samples.rule(policy, "12");
        assertThat(notSmtp.services().matches(Service.TCP, 25)).isFalse();
        assertThat(notSmtp.services().matches(Service.TCP, 26)).isTrue();
        assertThat(notSmtp.services().matches(Service.UDP, 25)).isTrue();
        assertThat(notSmtp.services().matches(47, 0)).isTrue();
    }

    @Test
    void unresolvableObjectsLeaveTheRuleNarrowerAndAreReported() {
        assertThat(Samples.rule(policy, "11").destinations()).isEqualTo(AddressSet.EMPTY);
        // a VIP is followed to the server it maps to
        assertThat(Samples.rule(policy, "14").destinations()).isEqualTo(addr("10.20.3.80"));
        Rule gre = Samples.rule(policy, "15");
        assertThat(gre.destinations()).isEqualTo(addr("10.20.0.0/16"));
        assertThat(gre.services().services()).containsExactly(Service.protocol(47));
    }

    @Test
    void reportsEachUnmodelledLineWithAReason() {
        assertThat(result.unsupported())
                .extracting(Unsupported::line)
                .containsExactlyInAnyOrder(100, 193, 204, 217, 225, 227, 230, 231, 232, 233, 234, 235, 236, 237, 238);
        assertThat(reason(100)).contains("送信元ポート");
        assertThat(reason(193)).contains("fqdn");
        assertThat(reason(204)).contains("weekdays");
        assertThat(reason(217)).contains("グループ");
        assertThat(reason(225)).contains("NO-SUCH-ADDR");
        assertThat(reason(227)).contains("NO-SUCH-SVC");
        assertThat(reason(232)).contains("プロキシ");
        assertThat(result.linesRead()).isEqualTo(240);
        assertThat(result.linesUnderstood()).isEqualTo(225);
        assertThat(result.unsupported()).allSatisfy(u -> assertThat(u.file()).isEqualTo("fgt-midori.conf"));
    }

    @Test
    void eachVdomIsItsOwnRuleSetWithGlobalHostname() {
        ImportResult vd = new FortiGateImporter().read("fgt-vdom.conf", Samples.text("fortigate/fgt-vdom.conf"), "x");
        assertThat(Samples.names(vd)).containsExactly("root/policy", "LGWAN/policy");
        RuleSet lgwan = Samples.set(vd, "LGWAN/policy");
        assertThat(lgwan.device()).isEqualTo("FGT-MIDORI-VD");
        // Expected finding end to end: VIOLATION, LGWAN/policy rule 20, lgwan → mynumber (critical),
        // example packet 10.20.0.0 → 10.10.0.0 tcp/443.
        Rule r = Samples.rule(lgwan, "20");
        assertThat(r.sources()).isEqualTo(addr("10.20.0.0/16"));
        assertThat(r.destinations()).isEqualTo(addr("10.10.0.0/16"));
        assertThat(r.services()).isEqualTo(ServiceSet.of(Service.tcp(443, 443)));
        assertThat(Samples.rule(Samples.set(vd, "root/policy"), "1").destinations())
                .isEqualTo(AddressSet.ANY_V4);
        assertThat(vd.unsupported()).isEmpty();
        assertThat(vd.linesRead()).isEqualTo(vd.linesUnderstood());
    }

    @Test
    void aTruncatedFileIsReported() {
        ImportResult r = new FortiGateImporter()
                .read("cut.conf", "config firewall policy\n    edit 1\n        set srcaddr \"all\"\n", "fw");
        assertThat(r.unsupported())
                .extracting(Unsupported::reason)
                .anySatisfy(s -> assertThat(s).contains("end がない"));
        assertThat(r.unsupported())
                .extracting(Unsupported::reason)
                .anySatisfy(s -> assertThat(s).contains("dstaddr"));
    }

    private String reason(int line) {
        return result.unsupported().stream()
                .filter(u -> u.line() == line)
                .findFirst()
                .orElseThrow()
                .reason();
    }
}
