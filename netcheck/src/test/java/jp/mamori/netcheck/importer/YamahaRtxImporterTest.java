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

class YamahaRtxImporterTest {
    private final ImportResult result =
            new YamahaRtxImporter().read("rtx-shisho.conf", Samples.text("yamaha/rtx-shisho.conf"), null);

    @Test
    void oneRuleSetPerInterfaceAndDirectionEndingInTheImplicitReject() {
        // the lists as written (checked for their own rules), then one path per interface pair
        assertThat(Samples.names(result))
                .containsExactly(
                        "lan1-in",
                        "lan2-in",
                        "lan3-in",
                        "pp1-out",
                        "lan1→lan2",
                        "lan1→lan3",
                        "lan1→pp1",
                        "lan2→lan1",
                        "lan2→lan3",
                        "lan2→pp1",
                        "lan3→lan1",
                        "lan3→lan2",
                        "lan3→pp1",
                        "pp1→lan1",
                        "pp1→lan2",
                        "pp1→lan3");
        assertThat(Samples.set(result, "lan1-in").checks()).isEqualTo(RuleSet.Checks.RULES);
        assertThat(Samples.set(result, "lan1→pp1").checks()).isEqualTo(RuleSet.Checks.PATHS);
        // lan1 in, then pp1 out: a permit of 100020 meets the dynamic 100081 and static 100098
        assertThat(Samples.ids(Samples.set(result, "lan1→pp1"))).contains("100001", "100020+100081", "100020+100098");
        // pp1 has no in list: what arrives there meets only the out list of the other side
        assertThat(Samples.ids(Samples.set(result, "pp1→lan3"))).containsExactly("(default)");
        RuleSet lan1 = Samples.set(result, "lan1-in");
        assertThat(lan1.device()).isEqualTo("RTX-SHISHO");
        assertThat(lan1.defaultAction()).isEqualTo(Action.DENY);
        assertThat(Samples.ids(lan1)).containsExactly("100000", "100001", "100020", "100099");
        assertThat(lan1.rules())
                .allSatisfy(r -> assertThat(r.sourceInterfaces()).containsExactly("lan1"));
        RuleSet pp = Samples.set(result, "pp1-out");
        assertThat(Samples.ids(pp)).containsExactly("100081", "100098");
        assertThat(pp.rules()).allSatisfy(r -> {
            assertThat(r.destinationInterfaces()).containsExactly("pp1");
            assertThat(r.sourceInterfaces()).isEmpty();
        });
    }

    @Test
    void aListWrappedInsideANumberIsJoinedAndDynamicFiltersComeFirst() {
        assertThat(Samples.ids(Samples.set(result, "lan2-in")))
                .containsExactly(
                        "100080", "100081", "100000", "100001", "100010", "100021", "100030", "100031", "100040",
                        "100050", "100099");
    }

    @Test
    void theMyNumberWebPermitIsAZoneBreach() {
        // Expected finding end to end: VIOLATION, lan1-in rule 100020, line 35, mynumber → internet
        // (critical), example packet 10.10.40.0 → 10.30.40.0 tcp/80.
        Rule r = Samples.rule(Samples.set(result, "lan1-in"), "100020");
        assertThat(r.action()).isEqualTo(Action.PERMIT);
        assertThat(r.sources()).isEqualTo(addr("10.10.40.0/24"));
        assertThat(r.destinations()).isEqualTo(addr("10.30.40.0/24"));
        assertThat(r.services()).isEqualTo(ServiceSet.of(Service.tcp(80, 80), Service.tcp(443, 443)));
        assertThat(r.line()).isEqualTo(35);
    }

    @Test
    void addressPortAndProtocolForms() {
        RuleSet lan2 = Samples.set(result, "lan2-in");
        Rule screen = Samples.rule(lan2, "100021");
        assertThat(screen.sources()).isEqualTo(addr("10.20.40.1-10.20.40.9", "10.20.40.20"));
        assertThat(screen.services()).isEqualTo(ServiceSet.of(Service.tcp(3389, 3389)));
        Rule est = Samples.rule(lan2, "100030");
        assertThat(est.enabled()).isFalse();
        Rule icmp = Samples.rule(lan2, "100040");
        assertThat(icmp.services()).isEqualTo(ServiceSet.of(Service.protocol(Service.ICMP)));
        Rule restrict = Samples.rule(lan2, "100050");
        assertThat(restrict.action()).isEqualTo(Action.PERMIT);
        assertThat(restrict.destinations()).isEqualTo(AddressSet.ANY_V4);
        assertThat(restrict.services()).isEqualTo(ServiceSet.of(Service.tcp(1024, 65535)));
        Rule blockRpc = Samples.rule(lan2, "100001");
        assertThat(blockRpc.action()).isEqualTo(Action.DENY);
        assertThat(blockRpc.services()).isEqualTo(ServiceSet.of(Service.udp(135, 135), Service.tcp(135, 135)));
        Rule dyn = Samples.rule(lan2, "100080");
        assertThat(dyn.action()).isEqualTo(Action.PERMIT);
        assertThat(dyn.destinations()).isEqualTo(addr("10.30.5.10"));
        assertThat(dyn.services()).isEqualTo(ServiceSet.of(Service.tcp(25, 25)));
        assertThat(dyn.line()).isEqualTo(44);
    }

    @Test
    void reportsEveryPhysicalLineItCannotUse() {
        assertThat(result.unsupported()).extracting(Unsupported::line).containsExactly(16, 17, 31, 31, 38, 41, 46, 47);
        // the source port of 100000 cannot be modelled: the reject is disabled rather than widened
        assertThat(result.unsupported().get(3).reason()).contains("無効");
        assertThat(Samples.rule(Samples.set(result, "lan1-in"), "100000").enabled())
                .isFalse();
        assertThat(Samples.rule(Samples.set(result, "lan1-in"), "100001").enabled())
                .isTrue();
        assertThat(result.unsupported().get(0).reason()).contains("100060");
        assertThat(result.linesRead()).isEqualTo(38);
        assertThat(result.linesUnderstood()).isEqualTo(31);
    }

    @Test
    void joiningKeepsWordsApartWhenTheBreakFellBetweenThem() {
        String text = "ip lan1 secure filter in 1 2 3\n4 5 dynamic 9\nip filter 1 pass * * * * *\n"
                + "ip filter 2 pass * * * * *\nip filter 3 pass * * * * *\nip filter 4 pass * * * * *\n"
                + "ip filter 5 pass * * * * *\nip filter dynamic 9 * * ftp\n";
        ImportResult r = new YamahaRtxImporter().read("r.conf", text, "rtx");
        assertThat(Samples.ids(Samples.set(r, "lan1-in"))).containsExactly("9", "1", "2", "3", "4", "5");
        assertThat(r.unsupported()).isEmpty();
    }
}
