package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.testing.ThreeZones;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deliberate My Number → Internet permit of each sample is found by the rule analysis. */
class SampleFindingsTest {

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
        Report report = new RuleAnalysis(ThreeZones.model(), Messages.japanese()).report(imported);
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
