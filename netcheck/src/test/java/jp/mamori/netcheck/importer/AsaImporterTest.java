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

class AsaImporterTest {
    private final ImportResult result =
            new AsaImporter().read("asa-midori.cfg", Samples.text("asa/asa-midori.cfg"), null);

    @Test
    void oneRuleSetPerAppliedAccessListWithItsInterface() {
        // the lists as written (their own findings), then the path between each pair of interfaces
        assertThat(Samples.names(result))
                .containsExactly(
                        "LGWAN_IN",
                        "INTERNET_IN",
                        "MN_IN",
                        "lgwan→internet",
                        "lgwan→mynumber",
                        "internet→lgwan",
                        "internet→mynumber",
                        "mynumber→lgwan",
                        "mynumber→internet");
        assertThat(Samples.set(result, "MN_IN").checks()).isEqualTo(RuleSet.Checks.RULES);
        assertThat(Samples.set(result, "mynumber→internet").checks()).isEqualTo(RuleSet.Checks.PATHS);
        RuleSet lgwan = Samples.set(result, "LGWAN_IN");
        assertThat(lgwan.device()).isEqualTo("ASA-MIDORI-LG");
        assertThat(lgwan.defaultAction()).isEqualTo(Action.DENY);
        // remarks take a line number, as in "show access-list"
        assertThat(Samples.ids(lgwan))
                .containsExactly("LGWAN_IN#2", "LGWAN_IN#3", "LGWAN_IN#4", "LGWAN_IN#5", "LGWAN_IN#6");
        assertThat(lgwan.rules()).allSatisfy(r -> {
            assertThat(r.sourceInterfaces()).containsExactly("lgwan");
            assertThat(r.destinationInterfaces()).isEmpty();
        });
    }

    @Test
    void expandsObjectsGroupsAndPortForms() {
        RuleSet lgwan = Samples.set(result, "LGWAN_IN");
        Rule mail = Samples.rule(lgwan, "LGWAN_IN#2");
        assertThat(mail.sources()).isEqualTo(addr("10.20.2.25"));
        assertThat(mail.destinations()).isEqualTo(addr("10.30.5.10"));
        assertThat(mail.services()).isEqualTo(ServiceSet.of(Service.tcp(25, 25)));
        assertThat(mail.line()).isEqualTo(70);
        Rule dns = Samples.rule(lgwan, "LGWAN_IN#3");
        assertThat(dns.sources()).isEqualTo(addr("10.20.2.25", "10.20.2.53", "10.20.10.0/24"));
        assertThat(dns.destinations()).isEqualTo(AddressSet.ANY_V4);
        assertThat(dns.services()).isEqualTo(ServiceSet.of(Service.udp(53, 53), Service.tcp(53, 53)));
        Rule relays = Samples.rule(lgwan, "LGWAN_IN#4");
        assertThat(relays.enabled()).isFalse();
        assertThat(relays.destinations()).isEqualTo(addr("10.30.5.10", "10.30.6.1-10.30.6.4"));
        assertThat(relays.services()).isEqualTo(ServiceSet.of(Service.tcp(8000, 8090)));
        Rule web = Samples.rule(lgwan, "LGWAN_IN#5");
        assertThat(web.services()).isEqualTo(ServiceSet.of(Service.tcp(80, 80), Service.tcp(443, 443)));
        Rule deny = Samples.rule(lgwan, "LGWAN_IN#6");
        assertThat(deny.action()).isEqualTo(Action.DENY);
        assertThat(deny.sources()).isEqualTo(AddressSet.ANY);
        assertThat(deny.services()).isEqualTo(ServiceSet.ANY);
    }

    @Test
    void theTaxSystemPermitIsAZoneBreach() {
        // Expected finding end to end: VIOLATION, MN_IN rule MN_IN#2, line 79, mynumber → internet
        // (critical), example packet 10.10.30.0 → 10.30.0.0 (e.g. tcp/22).
        Rule r = Samples.rule(Samples.set(result, "MN_IN"), "MN_IN#2");
        assertThat(r.action()).isEqualTo(Action.PERMIT);
        assertThat(r.sources()).isEqualTo(addr("10.10.30.0/24"));
        assertThat(r.destinations()).isEqualTo(addr("10.30.0.0/16"));
        assertThat(r.services().services())
                .containsExactly(
                        Service.tcp(22, 22),
                        Service.icmpType(Service.ICMP, 8), // echo: the ICMP type is kept
                        Service.tcp(8443, 8443),
                        Service.udp(53, 53),
                        Service.tcp(53, 53));
        assertThat(r.sourceInterfaces()).containsExactly("mynumber");
    }

    @Test
    void reportsWhatItCannotModel() {
        assertThat(result.unsupported()).extracting(Unsupported::line).containsExactly(41, 76, 80, 82, 83, 92);
        assertThat(Samples.rule(Samples.set(result, "INTERNET_IN"), "INTERNET_IN#2")
                        .services())
                .isEqualTo(ServiceSet.of(Service.tcp(8080, 8080)));
        assertThat(result.unsupported().get(0).reason()).contains("CLOUD");
        assertThat(result.unsupported().get(3).reason()).contains("standard");
        assertThat(result.unsupported().get(4).reason()).contains("access-group");
        assertThat(result.linesUnderstood()).isEqualTo(result.linesRead() - 6);
    }

    @Test
    void withoutAccessGroupEveryExtendedListIsImported() {
        String text = "access-list A extended permit tcp any host 10.30.0.1 eq 443\n"
                + "access-list A extended deny udp any range 1 100 any neq 53\n";
        ImportResult r = new AsaImporter().read("acl.txt", text, "asa2");
        RuleSet a = Samples.set(r, "A");
        assertThat(a.rules().get(0).sourceInterfaces()).isEmpty();
        assertThat(a.rules().get(1).services()).isEqualTo(ServiceSet.of(Service.udp(0, 52), Service.udp(54, 65535)));
        assertThat(r.unsupported()).extracting(Unsupported::line).containsExactly(2, 2);
        assertThat(a.rules().get(1).enabled()).isFalse();
    }
}
