package jp.mamori.netcheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.ServiceSet;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.testing.ThreeZones;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.api.Test;

/**
 * A rule naming an interface the zone file does not map never makes the check stricter than the
 * device. Before, the deny on eth9 below hid the permit under it (reported SHADOWED, exit 0),
 * although the device passes that permit's traffic on every other interface.
 */
class UnmappedInterfaceTest {
    static Rule rule(String id, Action action, String src, String dst, List<String> in) {
        return new Rule(
                "fw",
                "FORWARD",
                id,
                action,
                AddressSet.of(src),
                AddressSet.of(dst),
                ServiceSet.ANY,
                in,
                List.of(),
                true,
                "fw.rules",
                Integer.parseInt(id));
    }

    static Report analyse(ZoneModel model, Action defaultAction, Rule... rules) {
        RuleSet set = new RuleSet("fw", "FORWARD", List.of(rules), defaultAction);
        return new RuleAnalysis(model, Messages.english()).report(new ImportResult(List.of(set), List.of(), 1, 1));
    }

    static List<String> kinds(Report r) {
        return r.findings().stream().map(f -> f.kind() + " " + f.rule()).toList();
    }

    @Test
    void aDenyOnAnUnmappedInterfaceDoesNotHideThePermitBelow() {
        Report r = analyse(
                ThreeZones.model(),
                Action.DENY,
                rule("1", Action.DENY, "10.10.0.0/16", "10.30.0.0/16", List.of("eth9")),
                rule("2", Action.PERMIT, "10.10.0.0/16", "10.30.0.0/16", List.of()));
        assertThat(kinds(r)).contains("VIOLATION 2").doesNotContain("SHADOWED 2");
        assertThat(r.fails(false)).isTrue();
    }

    @Test
    void theUnmappedInterfacesAreNamedPerDevice() {
        Report r = analyse(
                ThreeZones.withInterfaces("fw: {eth0: mynumber}"),
                Action.DENY,
                rule("1", Action.DENY, "10.10.0.0/16", "10.30.0.0/16", List.of("eth9", "eth0")),
                rule("2", Action.PERMIT, "10.20.0.0/16", "10.30.0.0/16", List.of("eth7")));
        Finding unmapped = r.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.UNMAPPED_INTERFACE)
                .findFirst()
                .orElseThrow();
        assertThat(unmapped.device()).isEqualTo("fw");
        assertThat(unmapped.severity()).isEqualTo("info");
        assertThat(unmapped.message()).contains("eth7, eth9").doesNotContain("eth0");
        assertThat(unmapped.line()).isEqualTo(1);
    }

    @Test
    void aDenyOnMappedAndUnmappedInterfacesStillBlocksItsMappedZone() {
        // eth0 faces the My Number zone: the deny holds there; eth9 is unknown and hides nothing
        Report r = analyse(
                ThreeZones.withInterfaces("fw: {eth0: mynumber}"),
                Action.DENY,
                rule("1", Action.DENY, "0.0.0.0/0", "10.30.0.0/16", List.of("eth0", "eth9")),
                rule("2", Action.PERMIT, "10.0.0.0/8", "10.30.0.0/16", List.of()));
        List<String> violations = r.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.VIOLATION)
                .map(f -> f.from() + "→" + f.to())
                .toList();
        assertThat(violations).doesNotContain("mynumber→internet");
    }

    @Test
    void aDenyOnTheSameInterfaceAsEveryPermitBelowStillHidesThem() {
        // an RTX "lan2-in" list: every rule arrives on lan2, so the reject applies to the pass below
        Report r = analyse(
                ThreeZones.model(),
                Action.DENY,
                rule("1", Action.DENY, "10.10.0.0/16", "10.30.0.0/16", List.of("lan2")),
                rule("2", Action.PERMIT, "10.10.0.0/16", "10.30.0.0/16", List.of("lan2")));
        assertThat(kinds(r)).contains("SHADOWED 2").doesNotContain("VIOLATION 2");
    }

    @Test
    void aDenyOnAnUnmappedInterfaceDoesNotHideAPermittingDefault() {
        Report r = analyse(
                ThreeZones.model(),
                Action.PERMIT,
                rule("1", Action.DENY, "10.10.0.0/16", "0.0.0.0/0", List.of("eth9")));
        assertThat(kinds(r)).contains("VIOLATION (default)");
        assertThat(r.findings().stream().filter(f -> f.kind() == Finding.Kind.VIOLATION))
                .anyMatch(f -> "mynumber".equals(f.from()));
    }
}
