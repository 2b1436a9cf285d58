package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deliberate My Number → Internet permit of each sample is found by the rule analysis. */
class SampleFindingsTest {
    private static final String ZONES = """
            default: deny
            zones:
              - {id: mynumber, kind: MY_NUMBER, networks: [10.10.0.0/16]}
              - {id: lgwan,    kind: LGWAN,     networks: [10.20.0.0/16]}
              - {id: internet, kind: INTERNET,  networks: [10.30.0.0/16]}
              - {id: outside,  kind: EXTERNAL,  networks: [0.0.0.0/0, "::/0"]}
            relays:
              - {id: mail-gw, method: MAIL_TEXT, addresses: [10.30.5.10], from: internet, to: lgwan, services: [tcp/25]}
            policy:
              - {from: mynumber, to: "*", access: deny, severity: critical}
              - {from: "*", to: mynumber, access: deny, severity: critical}
              - {from: internet, to: lgwan, access: via-relay, severity: high}
              - {from: lgwan, to: internet, access: allow-only, services: [tcp/25, tcp/443], severity: medium}
              - {from: internet, to: outside, access: allow}
            """;

    @ParameterizedTest(name = "{0} {2} {3}")
    @CsvSource({
        "csv,       csv/rules.csv,                CORE,           30,          5",
        "fortigate, fortigate/fgt-midori.conf,    root/policy,    7,           143",
        "paloalto,  paloalto/pa-midori.set,       vsys1/security, juki-update, 32",
        "yamaha,    yamaha/rtx-shisho.conf,       lan1→lan3,      100020,      35",
        "iptables,  iptables/gw-midori.rules,     FORWARD,        FORWARD#5,   23",
        "asa,       asa/asa-midori.cfg,           mynumber→internet, MN_IN#2,  79"
    })
    void theDeliberateMyNumberToInternetPermitIsAViolation(
            String vendor, String sample, String filter, String rule, int line) {
        ImportResult imported = Vendor.forName(vendor).read(sample, Samples.text(sample), "fw");
        Report report = new RuleAnalysis(ZoneModel.parse("zones.yaml", ZONES), Messages.japanese()).report(imported);
        List<Finding> breaches = report.findings().stream()
                .filter(f -> f.kind() == Finding.Kind.VIOLATION)
                .filter(f -> "mynumber".equals(f.from()) && "internet".equals(f.to()))
                .filter(f -> filter.equals(f.filter()) && rule.equals(f.rule()))
                .toList();
        assertThat(breaches).isNotEmpty();
        assertThat(breaches.get(0).line()).isEqualTo(line);
        assertThat(breaches.get(0).severity()).isEqualTo("critical");
        assertThat(breaches.get(0).example()).isNotNull();
        assertThat(breaches.get(0).example().src()).startsWith("10.10.");
        assertThat(breaches.get(0).example().dst()).startsWith("10.30.");
    }
}
