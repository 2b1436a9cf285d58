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
 * The verdict on iptables files follows how netfilter walks the filter table (iptables(8),
 * iptables-extensions(8)): only FORWARD carries traffic between zones; a jump returns at the end
 * of the user chain or at RETURN; a goto returns to the caller's caller; loopback carries loopback
 * addresses; DNAT and SNAT connection states are set on new connections too.
 */
class IptablesChainSemanticsTest {
    static Report analyse(String text) {
        ImportResult imported = new IptablesImporter().read("host.rules", text, "host");
        return new RuleAnalysis(ThreeZones.model(), Messages.english()).report(imported);
    }

    static List<String> violations(Report r) {
        return r.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.VIOLATION)
                .map(f -> f.rule() + " " + f.from() + "→" + f.to())
                .toList();
    }

    static String table(String forwardPolicy, String... lines) {
        return "*filter\n:INPUT DROP [0:0]\n:FORWARD " + forwardPolicy + " [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                + String.join("\n", lines) + (lines.length == 0 ? "" : "\n") + "COMMIT\n";
    }

    @Test
    void aHostThatForwardsNothingHasNoFindingsWhateverItsOwnServicesAccept() {
        // a typical server: its own services open to every zone, FORWARD closed, OUTPUT open
        Report r = analyse(table(
                "DROP",
                ":SERVICES - [0:0]",
                "-A INPUT -i lo -j ACCEPT",
                "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
                "-A INPUT -j SERVICES",
                "-A SERVICES -p tcp -m tcp --dport 22 -j ACCEPT",
                "-A SERVICES -p tcp -m multiport --dports 80,443 -j ACCEPT",
                "-A OUTPUT -o lo -j ACCEPT"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.violations()).isZero();
    }

    @Test
    void aForwardPolicyOfAcceptOpensEveryPath() {
        Report r = analyse(table("ACCEPT"));
        assertThat(violations(r)).contains("(default) mynumber→internet", "(default) internet→lgwan");
    }

    @Test
    void loopbackRulesInForwardOpenNoZonePath() {
        Report r = analyse(table("DROP", "-A FORWARD -i lo -j ACCEPT", "-A FORWARD -o lo -j ACCEPT"));
        assertThat(violations(r)).isEmpty();
    }

    @Test
    void aDnatStateAcceptPassesNewConnections() {
        // the published server of a DNAT: --ctstate DNAT matches its first packet as well
        Report r = analyse(table(
                "DROP",
                "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
                "-A FORWARD -d 10.20.3.3/32 -p tcp -m tcp --dport 443 -m conntrack --ctstate DNAT -j ACCEPT"));
        assertThat(violations(r)).contains("FORWARD#2 outside→lgwan", "FORWARD#2 internet→lgwan");
    }

    @Test
    void anSnatStateAcceptPassesNewConnectionsButRepliesOnlyDoNot() {
        Report r = analyse(table(
                "DROP",
                "-A FORWARD -s 10.10.0.0/16 -m state --state ESTABLISHED,RELATED -j ACCEPT",
                "-A FORWARD -s 10.10.0.0/16 -d 10.30.0.0/16 -m conntrack --ctstate SNAT -j ACCEPT"));
        assertThat(violations(r)).containsExactly("FORWARD#2 mynumber→internet");
    }

    @Test
    void aPermitReachedByGotoIsSeen() {
        Report r = analyse(table(
                "DROP",
                ":MN - [0:0]",
                "-A FORWARD -s 10.10.0.0/16 -g MN",
                "-A MN -d 10.30.0.0/16 -p tcp -m tcp --dport 443 -j ACCEPT"));
        assertThat(violations(r)).containsExactly("MN#1 mynumber→internet");
    }

    @Test
    void whatFallsThroughAGotoTargetGetsThePolicyNotTheRulesBelowTheGoto() {
        // -g from FORWARD: the end of CHECK returns to FORWARD's caller, i.e. the policy ACCEPT;
        // the DROP below the goto never sees these packets
        Report r = analyse(table(
                "ACCEPT",
                ":CHECK - [0:0]",
                "-A FORWARD -s 10.10.0.0/16 -g CHECK",
                "-A FORWARD -s 10.10.0.0/16 -j DROP",
                "-A FORWARD -j DROP",
                "-A CHECK -p udp -j DROP"));
        assertThat(violations(r)).contains("FORWARD#1 mynumber→internet");
        assertThat(violations(r)).noneMatch(v -> v.startsWith("(default)"));
    }

    @Test
    void aReturnOnOneInterfaceDoesNotHideTheChainsPermitsOnOthers() {
        // packets arriving on eth9 return; the others meet the ACCEPT below the RETURN
        Report r = analyse(table(
                "DROP",
                ":CHECK - [0:0]",
                "-A FORWARD -j CHECK",
                "-A CHECK -i eth9 -j RETURN",
                "-A CHECK -s 10.10.0.0/16 -d 10.30.0.0/16 -j ACCEPT"));
        assertThat(violations(r)).containsExactly("CHECK#2 mynumber→internet");
    }

    @Test
    void aDropAfterAnInterfaceReturnDoesNotHideTheCallersPermit() {
        // packets arriving on eth9 return to FORWARD and are accepted by FORWARD#2
        Report r = analyse(table(
                "DROP",
                ":CHECK - [0:0]",
                "-A FORWARD -j CHECK",
                "-A FORWARD -s 10.10.0.0/16 -d 10.30.0.0/16 -j ACCEPT",
                "-A CHECK -i eth9 -j RETURN",
                "-A CHECK -j DROP"));
        assertThat(violations(r)).containsExactly("FORWARD#2 mynumber→internet");
    }
}
