package jp.mamori.netcheck.importer;

import static jp.mamori.netcheck.importer.Samples.addr;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import jp.mamori.netcheck.model.Unsupported;
import org.junit.jupiter.api.Test;

class IptablesImporterTest {
    private final ImportResult result =
            new IptablesImporter().read("gw-midori.rules", Samples.text("iptables/gw-midori.rules"), "gw-shisho");
    private final RuleSet forward = Samples.set(result, "FORWARD");

    @Test
    void onlyTheForwardChainBecomesARuleSetWithItsPolicy() {
        // INPUT and OUTPUT carry the host's own traffic, not traffic between zones
        assertThat(Samples.names(result)).containsExactly("FORWARD");
        assertThat(forward.device()).isEqualTo("gw-shisho");
        assertThat(forward.defaultAction()).isEqualTo(Action.DENY);
    }

    @Test
    void userChainsAreFlattenedInPlaceAndReturnCutsTheRestOfTheChain() {
        assertThat(Samples.ids(forward))
                .containsExactly(
                        "FORWARD#1",
                        "MN_GUARD#2",
                        "MN_GUARD#2",
                        "MN_GUARD#3",
                        "MN_GUARD#3",
                        "LGWAN_OUT#1",
                        "LGWAN_OUT#2",
                        "FORWARD#4",
                        "FORWARD#5",
                        "FORWARD#7",
                        "FORWARD#8",
                        "FORWARD#9");
        // MN_GUARD#1 returns 10.10.8.0/24 → 10.30.0.0/16, so MN_GUARD#2 drops the rest of 10.10/16
        List<Rule> guard = forward.rules().stream()
                .filter(r -> r.id().equals("MN_GUARD#2"))
                .toList();
        for (Rule r : guard) {
            assertThat(r.action()).isEqualTo(Action.DENY);
            assertThat(r.line()).isEqualTo(29);
        }
        assertThat(guard.get(0).sources()).isEqualTo(addr("10.10.0.0/16").minus(addr("10.10.8.0/24")));
        assertThat(guard.get(0).destinations()).isEqualTo(AddressSet.ANY);
        assertThat(guard.get(1).sources()).isEqualTo(addr("10.10.8.0/24"));
        assertThat(guard.get(1).destinations()).isEqualTo(addr("10.30.0.0/16").complement());
    }

    @Test
    void aJumpCarriesItsInterfacesIntoTheUserChain() {
        Rule mail = Samples.rule(forward, "LGWAN_OUT#1");
        assertThat(mail.action()).isEqualTo(Action.PERMIT);
        assertThat(mail.sourceInterfaces()).containsExactly("eth1");
        assertThat(mail.destinationInterfaces()).containsExactly("eth2");
        assertThat(mail.destinations()).isEqualTo(addr("10.30.5.10"));
        assertThat(mail.services()).isEqualTo(ServiceSet.of(Service.tcp(25, 25)));
        assertThat(mail.line()).isEqualTo(31);
    }

    @Test
    void theMyNumberWebPermitSurvivesTheGuardsReturn() {
        // Expected finding end to end: VIOLATION, FORWARD rule FORWARD#5, line 23, mynumber →
        // internet (critical), example packet 10.10.8.0 → 10.30.0.0 tcp/80.
        Rule r = Samples.rule(forward, "FORWARD#5");
        assertThat(r.action()).isEqualTo(Action.PERMIT);
        assertThat(r.sources()).isEqualTo(addr("10.10.8.0/24"));
        assertThat(r.destinations()).isEqualTo(AddressSet.ANY);
        assertThat(r.services()).isEqualTo(ServiceSet.of(Service.tcp(80, 80), Service.tcp(443, 443)));
        assertThat(r.sourceInterfaces()).containsExactly("eth0");
        assertThat(r.destinationInterfaces()).containsExactly("eth2");
        BigInteger src = Ip.parse("10.10.8.1");
        BigInteger dst = Ip.parse("10.30.1.1");
        Rule first = forward.rules().stream()
                .filter(x -> x.matches(src, dst, Service.TCP, 443))
                .findFirst()
                .orElseThrow();
        assertThat(first.id()).isEqualTo("FORWARD#5");
    }

    @Test
    void establishedOnlyRulesAreKeptDisabledAndNegationIsApplied() {
        Rule est = Samples.rule(forward, "FORWARD#1");
        assertThat(est.enabled()).isFalse();
        assertThat(est.action()).isEqualTo(Action.PERMIT);
        Rule notInternet = Samples.rule(forward, "FORWARD#7");
        assertThat(notInternet.sources()).isEqualTo(addr("10.30.0.0/16").complement());
        assertThat(notInternet.sourceInterfaces()).containsExactly("eth2");
    }

    @Test
    void reportsUnmodelledMatchesAndLinesThatAreNotSaveOutput() {
        assertThat(result.unsupported()).extracting(Unsupported::line).containsExactly(27, 27, 35);
        assertThat(result.unsupported().get(0).reason()).contains("--match-set");
        // a drop whose condition was ignored would drop everything: it is disabled instead
        assertThat(result.unsupported().get(1).reason()).contains("無効");
        assertThat(Samples.rule(forward, "FORWARD#9").enabled()).isFalse();
        assertThat(result.linesRead()).isEqualTo(34);
        assertThat(result.linesUnderstood()).isEqualTo(32);
    }

    @Test
    void returnInABuiltInChainAppliesThePolicy() {
        String text = "*filter\n:FORWARD ACCEPT [0:0]\n-A FORWARD -s 10.10.0.0/16 -j RETURN\n"
                + "-A FORWARD -j DROP\nCOMMIT\n";
        RuleSet set = Samples.set(new IptablesImporter().read("r", text, "fw"), "FORWARD");
        assertThat(set.rules()).extracting(Rule::action).containsExactly(Action.PERMIT, Action.DENY);
        assertThat(set.rules().get(1).sources()).isEqualTo(addr("10.10.0.0/16").complement());
    }

    @Test
    void loopsAndUnknownTargetsAreReportedAndAGotoFallsThroughToThePolicy() {
        String text = "*filter\n:FORWARD DROP [0:0]\n:A - [0:0]\n:B - [0:0]\n-A FORWARD -p udp -g A\n"
                + "-A FORWARD -j B\n-A B -j B\n-A FORWARD -j NOSUCH\n-A FORWARD -p tcp --dport 22 -j ACCEPT\n";
        ImportResult r = new IptablesImporter().read("r", text, "fw");
        assertThat(r.unsupported()).extracting(Unsupported::line).containsExactlyInAnyOrder(7, 8, 0);
        // the empty chain A returns to FORWARD's caller: the policy decides the udp packets
        RuleSet set = Samples.set(r, "FORWARD");
        assertThat(Samples.ids(set)).containsExactly("FORWARD#1", "FORWARD#4");
        assertThat(set.rules().get(0).action()).isEqualTo(Action.DENY);
    }
}
