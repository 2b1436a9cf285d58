package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.testing.ThreeZones;
import org.junit.jupiter.api.Test;

/**
 * PAN-OS semantics written from the PAN-OS admin guide: a NAT rule matches the original packet's
 * source zone and the zone its original destination is routed to (the NAT rule's {@code to}); a
 * security rule then sees the original address and the zone after translation. Panorama device
 * groups: shared pre-rules, the ancestors' pre-rules from the top, the group's own pre- and
 * post-rules, the ancestors' post-rules from the nearest, shared post-rules last; objects are
 * inherited from the ancestors.
 */
class PaloAltoNatAndPanoramaTest {
    static final String NETWORK = """
            set deviceconfig system hostname PA-KAKU
            set network interface ethernet ethernet1/1 layer3 ip 203.0.113.1/24
            set network interface ethernet ethernet1/2 layer3 ip 10.10.0.1/16
            set network interface ethernet ethernet1/3 layer3 ip 10.20.0.1/16
            set network virtual-router default routing-table ip static-route default destination 0.0.0.0/0 nexthop ip-address 203.0.113.254
            set zone untrust network layer3 [ ethernet1/1 ]
            set zone mynumber network layer3 [ ethernet1/2 ]
            set zone lgwan network layer3 [ ethernet1/3 ]
            """;

    static Report analyse(String text) {
        ImportResult imported = Vendor.PALOALTO.importer().read("pa.conf", text, null);
        return new RuleAnalysis(ThreeZones.model(), Messages.english()).report(imported);
    }

    static List<Finding> violations(Report r) {
        return r.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.VIOLATION)
                .toList();
    }

    @Test
    void aNatRuleWhoseDestinationZoneIsNotTheRouteOfTheOriginalDestinationDoesNotApply() {
        // 203.0.113.20 is routed to untrust, so the NAT rule "to lgwan" never matches it: the
        // device passes lgwan → 203.0.113.20 unchanged. Before, the NAT was applied on the source
        // zone alone, the destination became 10.20.5.6 (inside lgwan, allowed) and the run exited 0.
        Report r = analyse(NETWORK + """
                set rulebase nat rules wrong-zone from lgwan to lgwan source any destination 203.0.113.20 service any destination-translation translated-address 10.20.5.6
                set rulebase security rules lg-out from lgwan to untrust source 10.20.0.0/16 destination 203.0.113.20 application any service any action allow
                """);
        assertThat(violations(r))
                .extracting(f -> f.rule() + " " + f.to() + " " + f.example().dst())
                .containsExactly("lg-out outside 203.0.113.20");
        assertThat(r.fails(false)).isTrue();
    }

    @Test
    void aNatRuleMatchingBothZonesTranslatesTheDestination() {
        Report r = analyse(NETWORK + """
                set address JUKI-REAL ip-netmask 10.10.5.5
                set rulebase nat rules juki from lgwan to untrust source any destination 203.0.113.10 service any destination-translation translated-address JUKI-REAL
                set rulebase security rules lg-juki from lgwan to mynumber source 10.20.0.0/16 destination 203.0.113.10 application any service any action allow
                """);
        assertThat(violations(r))
                .extracting(f -> f.rule() + " " + f.to() + " " + f.example().dst())
                .containsExactly("lg-juki mynumber 10.10.5.5");
    }

    @Test
    void withoutRoutesBothTheTranslatedAndTheOriginalDestinationAreChecked() {
        ImportResult imported = Vendor.PALOALTO.importer().read("pa.conf", """
                set rulebase nat rules wrong-zone from lgwan to lgwan source any destination 203.0.113.20 service any destination-translation translated-address 10.20.5.6
                set rulebase security rules lg-out from lgwan to untrust source 10.20.0.0/16 destination 203.0.113.20 application any service any action allow
                """, "pa");
        List<Rule> pieces = Samples.set(imported, "vsys1/security").rules();
        assertThat(pieces)
                .extracting(Rule::destinations)
                .containsExactlyInAnyOrder(AddressSet.of("203.0.113.20"), AddressSet.of("10.20.5.6"));
        assertThat(imported.unsupported())
                .anySatisfy(u -> assertThat(u.reason()).contains("宛先ゾーン"));
    }

    static final String PANORAMA = """
            set shared pre-rulebase security rules s-pre from any to any source 10.30.0.0/16 destination 10.10.0.0/16 application any service any action deny
            set device-group parent address PARENT-HOSTS ip-netmask 10.20.7.0/24
            set device-group parent pre-rulebase security rules p-pre from any to any source PARENT-HOSTS destination 10.10.0.0/16 application any service any action allow
            set device-group child pre-rulebase security rules c-pre from any to any source PARENT-HOSTS destination 10.30.0.0/16 application any service service-https action allow
            set device-group child post-rulebase security rules c-post from any to any source any destination any application any service any action deny
            set device-group parent post-rulebase security rules p-post from any to any source any destination any application any service any action allow
            set shared post-rulebase security rules s-post from any to any source any destination any application any service any action allow
            set readonly devices localhost.localdomain device-group child parent-dg parent
            """;

    @Test
    void panoramaDeviceGroupsFollowTheHierarchy() {
        ImportResult imported = Vendor.PALOALTO.importer().read("panorama.xml", PANORAMA, "panorama");
        assertThat(Samples.set(imported, "child/security").rules())
                .extracting(Rule::id)
                .containsExactly("s-pre", "p-pre", "c-pre", "c-post", "p-post", "s-post");
        assertThat(Samples.set(imported, "parent/security").rules())
                .extracting(Rule::id)
                .containsExactly("s-pre", "p-pre", "p-post", "s-post");
        // the child's rule uses the parent's address object
        assertThat(Samples.rule(Samples.set(imported, "child/security"), "c-pre")
                        .sources())
                .isEqualTo(AddressSet.of("10.20.7.0/24"));
        assertThat(imported.unsupported()).isEmpty();
    }

    @Test
    void theParentsPreRuleIsCheckedForTheChildsFirewalls() {
        // before, the child's rule set held only shared and its own rules: the parent's pre-rule
        // that opens LGWAN → My Number on the child's firewalls was not reported for them
        Report r = analyse(PANORAMA);
        assertThat(violations(r))
                .filteredOn(f -> f.filter().equals("child/security"))
                .extracting(f -> f.rule() + " " + f.from() + "→" + f.to())
                .contains("p-pre lgwan→mynumber");
        assertThat(r.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.UNRESOLVED)
                .isEmpty();
    }

    @Test
    void aDenyOfThePublishedAddressDoesNotHideAPermitToTheServerItself() {
        // the deny matches packets sent to 203.0.113.10 only; lgwan → 10.10.5.5 sent directly is
        // allowed by the second rule. Before, the deny's translated piece (any → 10.10.5.5) made
        // that permit SHADOWED and the run exited 0.
        Report r = analyse(NETWORK + """
                set rulebase nat rules juki from any to untrust source any destination 203.0.113.10 service any destination-translation translated-address 10.10.5.5
                set rulebase security rules no-juki from any to any source any destination 203.0.113.10 application any service any action deny
                set rulebase security rules lg-direct from lgwan to mynumber source 10.20.0.0/16 destination 10.10.5.5 application any service any action allow
                """);
        assertThat(violations(r))
                .extracting(f -> f.rule() + " " + f.to() + " " + f.example().dst())
                .containsExactly("lg-direct mynumber 10.10.5.5");
        assertThat(r.findings()).noneMatch(f -> f.kind() == Finding.Kind.SHADOWED);
    }

    @Test
    void aFortiGateDenyOfAVipDoesNotHideAPermitToTheMappedServer() {
        ImportResult imported = Vendor.FORTIGATE.importer().read("fgt.conf", """
                config firewall vip
                    edit "JUKI-VIP"
                        set extip 203.0.113.10
                        set mappedip "10.10.5.5"
                        set extintf "port1"
                    next
                end
                config firewall address
                    edit "JUKI-REAL"
                        set subnet 10.10.5.5 255.255.255.255
                    next
                end
                config firewall policy
                    edit 1
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "all"
                        set dstaddr "JUKI-VIP"
                        set action deny
                        set schedule "always"
                        set service "ALL"
                    next
                    edit 2
                        set srcintf "any"
                        set dstintf "any"
                        set srcaddr "all"
                        set dstaddr "JUKI-REAL"
                        set action accept
                        set schedule "always"
                        set service "HTTPS"
                    next
                end
                """, "fgt");
        Report r = new RuleAnalysis(ThreeZones.model(), Messages.english()).report(imported);
        assertThat(violations(r)).extracting(Finding::rule).contains("2");
        assertThat(r.findings())
                .noneMatch(f -> f.kind() == Finding.Kind.SHADOWED && f.rule().equals("2"));
    }
}
