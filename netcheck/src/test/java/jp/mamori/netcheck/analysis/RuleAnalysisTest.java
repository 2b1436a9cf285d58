package jp.mamori.netcheck.analysis;

import static jp.mamori.netcheck.analysis.Rules.deny;
import static jp.mamori.netcheck.analysis.Rules.permit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.api.Test;

class RuleAnalysisTest {
    static final String ZONES = """
            default: deny
            zones:
              - {id: mynumber, kind: MY_NUMBER, networks: [10.10.0.0/16]}
              - {id: lgwan,    kind: LGWAN,     networks: [10.20.0.0/16]}
              - {id: internet, kind: INTERNET,  networks: [10.30.0.0/16]}
              - {id: outside,  kind: EXTERNAL,  networks: [0.0.0.0/0]}
            relays:
              - {id: mail-gw, method: MAIL_TEXT, addresses: [10.30.5.10], from: internet, to: lgwan, services: [tcp/25]}
            policy:
              - {from: mynumber, to: "*", access: deny, severity: critical}
              - {from: "*", to: mynumber, access: deny, severity: critical}
              - {from: internet, to: lgwan, access: via-relay, severity: high}
              - {from: lgwan, to: internet, access: allow-only, services: [tcp/25, tcp/443], severity: medium}
              - {from: internet, to: outside, access: allow}
            exceptions:
              - {id: EX-1, from: 10.10.1.5/32, to: 10.20.9.9/32, services: [tcp/443], justification: 連携, owner: 管理者, expires: 2027-03-31}
              - {id: EX-0, from: 10.20.1.1/32, to: 10.30.1.1/32, services: [udp/53], justification: 旧DNS, owner: 管理者, expires: 2025-03-31}
            interfaces:
              fw1: {port1: lgwan, port2: internet}
            """;

    static ZoneModel model() {
        return ZoneModel.parse("zones.yaml", ZONES, Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC));
    }

    static List<Finding> analyze(Action defaultAction, Rule... rules) {
        return new RuleAnalysis(model(), Messages.japanese())
                .analyze(new RuleSet("fw1", "policy", List.of(rules), defaultAction));
    }

    static List<Finding> ofKind(List<Finding> all, Finding.Kind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aPermitFromMyNumberToLgwanIsACriticalViolationWithARealExample() {
        List<Finding> f = analyze(Action.DENY, permit("1", "10.10.0.0/24", "10.20.0.0/16", "tcp/22"));
        assertThat(ofKind(f, Finding.Kind.VIOLATION)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("1");
            assertThat(v.from()).isEqualTo("mynumber");
            assertThat(v.to()).isEqualTo("lgwan");
            assertThat(v.cell()).isEqualTo("mynumber→* deny");
            assertThat(v.severity()).isEqualTo("critical");
            assertThat(v.line()).isEqualTo(10);
            assertThat(v.example()).isEqualTo(new Finding.Packet("10.10.0.1", "10.20.0.1", "tcp", 22));
            assertThat(v.message()).contains("fw1/policy#1").contains("mynumber→* deny");
        });
    }

    @Test
    void anEarlierDenyTakesTheForbiddenPartAwayFromALaterPermit() {
        List<Finding> f = analyze(
                Action.DENY,
                deny("1", "10.10.0.0/16", "any", "any"),
                permit("2", "10.0.0.0/8", "10.20.0.0/16", "tcp/443"));
        List<Finding> violations = ofKind(f, Finding.Kind.VIOLATION);
        assertThat(violations).extracting(Finding::rule).containsOnly("2");
        assertThat(violations).extracting(Finding::from).containsExactlyInAnyOrder("outside", "internet");
        assertThat(violations).extracting(Finding::cell).contains("default deny", "internet→lgwan via-relay");
        assertThat(violations).allSatisfy(v -> assertThat(v.example().src()).doesNotStartWith("10.10."));
    }

    @Test
    void allowOnlyServicesPassButOthersAreViolations() {
        List<Finding> ok = analyze(Action.DENY, permit("1", "10.20.0.0/16", "10.30.0.0/16", "tcp/443,tcp/25"));
        assertThat(ofKind(ok, Finding.Kind.VIOLATION)).isEmpty();
        List<Finding> bad = analyze(Action.DENY, permit("1", "10.20.0.0/16", "10.30.0.0/16", "tcp/80-443"));
        assertThat(ofKind(bad, Finding.Kind.VIOLATION)).singleElement().satisfies(v -> {
            assertThat(v.cell()).isEqualTo("lgwan→internet allow-only(tcp/25,tcp/443)");
            assertThat(v.example().dstPort()).isBetween(80, 442);
        });
    }

    @Test
    void theRelayMayReachLgwanOnItsServiceOnlyAndOthersMayNot() {
        assertThat(ofKind(
                        analyze(Action.DENY, permit("1", "10.30.5.10", "10.20.0.0/16", "tcp/25")),
                        Finding.Kind.VIOLATION))
                .isEmpty();
        assertThat(ofKind(
                        analyze(Action.DENY, permit("1", "10.30.5.10", "10.20.0.0/16", "tcp/25-26")),
                        Finding.Kind.VIOLATION))
                .singleElement()
                .satisfies(v -> assertThat(v.example().dstPort()).isEqualTo(26));
        assertThat(ofKind(
                        analyze(Action.DENY, permit("1", "10.30.5.0/24", "10.20.0.0/16", "tcp/25")),
                        Finding.Kind.VIOLATION))
                .singleElement()
                .satisfies(v -> assertThat(v.example().src()).isNotEqualTo("10.30.5.10"));
    }

    @Test
    void aValidExceptionRemovesExactlyItsTraffic() {
        assertThat(ofKind(
                        analyze(Action.DENY, permit("1", "10.10.1.5", "10.20.9.9", "tcp/443")), Finding.Kind.VIOLATION))
                .isEmpty();
        assertThat(ofKind(
                        analyze(Action.DENY, permit("1", "10.10.1.5", "10.20.9.9", "tcp/443-444")),
                        Finding.Kind.VIOLATION))
                .singleElement()
                .satisfies(v -> assertThat(v.example().dstPort()).isEqualTo(444));
    }

    @Test
    void anExpiredExceptionForgivesNothingAndIsReportedItself() {
        RuleAnalysis analysis = new RuleAnalysis(model(), Messages.japanese());
        List<Finding> f = analysis.analyze(
                new RuleSet("fw1", "policy", List.of(permit("1", "10.20.1.1", "10.30.1.1", "udp/53")), Action.DENY));
        assertThat(ofKind(f, Finding.Kind.VIOLATION)).hasSize(1);
        assertThat(analysis.expiredExemptions()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Finding.Kind.EXPIRED_EXCEPTION);
            assertThat(e.rule()).isEqualTo("EX-0");
            assertThat(e.file()).isEqualTo("zones.yaml");
            assertThat(e.line()).isEqualTo(17);
        });
    }

    @Test
    void aRuleCoveredByAnEarlierRuleIsShadowed() {
        List<Finding> f = analyze(
                Action.DENY,
                deny("1", "10.10.0.0/16", "any", "any"),
                permit("2", "10.10.1.0/24", "10.20.0.0/16", "tcp/443"));
        assertThat(ofKind(f, Finding.Kind.SHADOWED)).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("2");
            assertThat(s.message()).contains("fw1/policy#1");
        });
        assertThat(ofKind(f, Finding.Kind.VIOLATION)).isEmpty();
    }

    @Test
    void aRuleCoveredOnlyByTwoEarlierRulesTogetherIsShadowed() {
        List<Finding> f = analyze(
                Action.DENY,
                deny("1", "10.20.0.0/17", "any", "any"),
                deny("2", "10.20.128.0/17", "any", "any"),
                permit("3", "10.20.0.0/16", "10.30.0.0/16", "tcp/443"));
        assertThat(ofKind(f, Finding.Kind.SHADOWED)).extracting(Finding::rule).containsExactly("3");
    }

    @Test
    void aPermitFollowedByABroaderPermitIsRedundant() {
        List<Finding> f = analyze(
                Action.DENY,
                permit("1", "10.20.1.0/24", "10.30.0.0/16", "tcp/443"),
                permit("2", "10.20.0.0/16", "10.30.0.0/16", "tcp/443"));
        assertThat(ofKind(f, Finding.Kind.REDUNDANT)).extracting(Finding::rule).containsExactly("1");
    }

    @Test
    void aPermitIsNotRedundantWhenALaterDenyWouldCatchItsTraffic() {
        List<Finding> f = analyze(
                Action.DENY,
                permit("1", "10.20.1.0/24", "10.30.0.0/16", "tcp/443"),
                deny("2", "10.20.0.0/16", "10.30.0.0/16", "tcp/443"),
                permit("3", "10.20.0.0/16", "10.30.0.0/16", "tcp/443"));
        assertThat(ofKind(f, Finding.Kind.REDUNDANT)).extracting(Finding::rule).doesNotContain("1");
    }

    @Test
    void aDenyAtTheEndOfADenyByDefaultFilterIsRedundant() {
        List<Finding> f = analyze(Action.DENY, deny("9", "any", "any", "any"));
        assertThat(ofKind(f, Finding.Kind.REDUNDANT)).extracting(Finding::rule).containsExactly("9");
    }

    @Test
    void partlyOverlappingRulesWithDifferentActionsAreCorrelated() {
        List<Finding> f = analyze(
                Action.DENY,
                deny("1", "10.20.0.0/16", "10.30.1.0/24", "tcp/443"),
                permit("2", "10.20.1.0/24", "10.30.0.0/16", "tcp/443"));
        assertThat(ofKind(f, Finding.Kind.CORRELATED)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("2");
            assertThat(c.severity()).isEqualTo("low");
        });
    }

    @Test
    void aPermitByDefaultFilterIsCheckedAsIfItEndedWithPermitAll() {
        List<Finding> f = analyze(Action.PERMIT, deny("1", "10.10.0.0/16", "any", "any"));
        assertThat(ofKind(f, Finding.Kind.VIOLATION))
                .extracting(Finding::rule)
                .containsOnly(RuleAnalysis.DEFAULT_RULE)
                .isNotEmpty();
        assertThat(ofKind(f, Finding.Kind.VIOLATION)).extracting(Finding::from).doesNotContain("mynumber");
    }

    @Test
    void aDisabledRuleIsIgnored() {
        List<Finding> f = analyze(Action.DENY, Rules.disabled(permit("1", "10.10.0.0/16", "10.20.0.0/16", "any")));
        assertThat(f).isEmpty();
    }

    @Test
    void mappedInterfacesLimitTheRuleToTheirZones() {
        Rule anyToAny = Rules.onInterfaces(permit("1", "any", "any", "tcp/443"), List.of("port1"), List.of("port2"));
        List<Finding> f = analyze(Action.DENY, anyToAny);
        assertThat(ofKind(f, Finding.Kind.VIOLATION)).isEmpty();
        Rule unmapped = Rules.onInterfaces(permit("2", "any", "any", "tcp/443"), List.of("port7"), List.of("port2"));
        assertThat(ofKind(analyze(Action.DENY, unmapped), Finding.Kind.VIOLATION))
                .extracting(Finding::to)
                .containsOnly("internet")
                .isNotEmpty();
    }

    @Test
    void theReportCountsRulesAndSortsMostSevereFirst() {
        RuleAnalysis analysis = new RuleAnalysis(model(), Messages.english());
        var report = analysis.report(new jp.mamori.netcheck.model.ImportResult(
                List.of(new RuleSet(
                        "fw1",
                        "policy",
                        List.of(
                                permit("1", "10.20.0.0/16", "10.30.0.0/16", "udp/53"),
                                permit("2", "10.10.0.0/16", "10.20.0.0/16", "tcp/22")),
                        Action.DENY)),
                List.of(),
                10,
                9));
        assertThat(report.rules()).isEqualTo(2);
        assertThat(report.findings().get(0).severity()).isEqualTo("critical");
        assertThat(report.violations()).isEqualTo(3);
        assertThat(report.findings().get(0).message()).startsWith("Rule fw1/policy#2 passes traffic");
    }
}
