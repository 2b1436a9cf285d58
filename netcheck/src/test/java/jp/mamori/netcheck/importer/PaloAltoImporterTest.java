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

class PaloAltoImporterTest {
    private final ImportResult result =
            new PaloAltoImporter().read("pa-midori.set", Samples.text("paloalto/pa-midori.set"), null);
    private final RuleSet security = Samples.set(result, "vsys1/security");

    @Test
    void rulesInFirstAppearanceOrderWithMovesAndImplicitDeny() {
        assertThat(result.ruleSets()).hasSize(1);
        assertThat(security.device()).isEqualTo("PA-MIDORI-HQ");
        assertThat(security.defaultAction()).isEqualTo(Action.DENY);
        assertThat(Samples.ids(security))
                .containsExactly(
                        "mail to relay",
                        "relay to lgwan mail",
                        "juki-update",
                        "block-mynumber",
                        "lgwan-dns",
                        "old-screen",
                        "cloud",
                        "app",
                        "users",
                        "ssh-admin",
                        "internet-out");
    }

    @Test
    void aRuleSpreadOverSeveralLinesIsAssembledAndIsAZoneBreach() {
        // Expected finding end to end: VIOLATION, vsys1/security rule juki-update, line 32,
        // mynumber → internet (critical), example packet 10.10.20.0 → 10.30.0.0 tcp/80.
        Rule r = Samples.rule(security, "juki-update");
        assertThat(r.line()).isEqualTo(32);
        assertThat(r.action()).isEqualTo(Action.PERMIT);
        assertThat(r.sourceInterfaces()).containsExactly("mynumber");
        assertThat(r.destinationInterfaces()).containsExactly("internet");
        assertThat(r.sources()).isEqualTo(addr("10.10.20.0/24"));
        assertThat(r.destinations()).isEqualTo(addr("10.30.0.0/16"));
        assertThat(r.services().services())
                .containsExactly(
                        Service.tcp(80, 80), Service.tcp(8080, 8080), Service.tcp(443, 443), Service.tcp(8443, 8443));
    }

    @Test
    void servicesGroupsAndApplicationDefault() {
        assertThat(Samples.rule(security, "mail to relay").services())
                .isEqualTo(ServiceSet.of(Service.tcp(25, 25), Service.tcp(587, 587)));
        assertThat(Samples.rule(security, "relay to lgwan mail").services())
                .isEqualTo(ServiceSet.of(Service.tcp(25, 25)));
        assertThat(Samples.rule(security, "ssh-admin").services()).isEqualTo(ServiceSet.of(Service.tcp(22, 22)));
        assertThat(Samples.rule(security, "ssh-admin").sources()).isEqualTo(addr("10.20.250.0/24"));
        Rule app = Samples.rule(security, "app");
        assertThat(app.action()).isEqualTo(Action.DENY);
        assertThat(app.services()).isEqualTo(ServiceSet.of(Service.tcp(8000, 8090)));
    }

    @Test
    void anyZoneNegationDisabledAndNestedGroups() {
        Rule block = Samples.rule(security, "block-mynumber");
        assertThat(block.sourceInterfaces()).isEmpty();
        assertThat(block.destinations()).isEqualTo(AddressSet.ANY);
        assertThat(block.services()).isEqualTo(ServiceSet.ANY);
        Rule dns = Samples.rule(security, "lgwan-dns");
        assertThat(dns.destinations())
                .isEqualTo(addr("10.20.2.25", "10.20.2.53").complement());
        assertThat(dns.services()).isEqualTo(ServiceSet.of(Service.tcp(53, 53), Service.udp(53, 53)));
        Rule old = Samples.rule(security, "old-screen");
        assertThat(old.enabled()).isFalse();
        assertThat(old.destinations()).isEqualTo(addr("10.30.5.10", "10.30.6.1-10.30.6.4"));
    }

    @Test
    void reportsWhatItCannotModel() {
        assertThat(result.unsupported())
                .extracting(Unsupported::line)
                .containsExactlyInAnyOrder(23, 26, 43, 43, 45, 51);
        assertThat(Samples.rule(security, "cloud").destinations()).isEqualTo(AddressSet.EMPTY);
        assertThat(result.unsupported())
                .filteredOn(u -> u.line() == 43)
                .extracting(Unsupported::reason)
                .anySatisfy(r -> assertThat(r).contains("fqdn"))
                .anySatisfy(r -> assertThat(r).contains("動的"));
        assertThat(result.linesRead()).isEqualTo(50);
        // the source NAT rule on line 49 is understood (it translates no destination)
        assertThat(result.linesUnderstood()).isEqualTo(45);
    }

    @Test
    void vsysPrefixesMakeSeparateRuleSetsAndSharedObjectsAreVisible() {
        String text = """
                set shared address SH-NET ip-netmask 10.20.0.0/16
                set vsys vsys2 address V2 ip-netmask 10.10.0.0/16
                set vsys vsys2 rulebase security rules r1 from a to b source SH-NET destination V2 service any action allow
                set device-group DG1 pre-rulebase security rules x from any to any action allow
                """;
        ImportResult r = new PaloAltoImporter().read("v.set", text, "pa2");
        Rule rule = Samples.rule(Samples.set(r, "vsys2/security"), "r1");
        assertThat(rule.device()).isEqualTo("pa2");
        assertThat(rule.sources()).isEqualTo(addr("10.20.0.0/16"));
        assertThat(rule.destinations()).isEqualTo(addr("10.10.0.0/16"));
        // the Panorama device group is read too; its rule lacks source and destination
        assertThat(Samples.set(r, "DG1/security").rules()).extracting(Rule::id).containsExactly("x");
        assertThat(r.unsupported()).extracting(Unsupported::line).containsExactly(4, 4);
    }
}
