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

class CsvRuleImporterTest {
    private final ImportResult result =
            new CsvRuleImporter().read("rules.csv", Samples.text("csv/rules.csv"), "ignored-when-column-set");

    @Test
    void readsTheSampleIntoOneRuleSetPerDeviceAndFilterInRowOrder() {
        assertThat(Samples.names(result)).containsExactly("CORE", "MGMT");
        RuleSet core = Samples.set(result, "CORE");
        assertThat(core.device()).isEqualTo("fw-core");
        assertThat(core.defaultAction()).isEqualTo(Action.DENY);
        assertThat(Samples.ids(core)).containsExactly("10", "20", "30", "40", "50", "60");
    }

    @Test
    void theMyNumberToInternetPermitIsImportedAsWritten() {
        // Expected finding end to end: VIOLATION, CORE rule 30, mynumber → internet (critical),
        // example packet 10.10.8.0 → 10.30.0.0 tcp/80.
        Rule r = Samples.rule(Samples.set(result, "CORE"), "30");
        assertThat(r.action()).isEqualTo(Action.PERMIT);
        assertThat(r.sources()).isEqualTo(addr("10.10.8.0/24"));
        assertThat(r.destinations()).isEqualTo(addr("10.30.0.0/16"));
        assertThat(r.services()).isEqualTo(ServiceSet.of(Service.tcp(443, 443), Service.tcp(80, 80)));
        assertThat(r.sourceInterfaces()).containsExactly("mynumber");
        assertThat(r.destinationInterfaces()).containsExactly("internet");
        assertThat(r.line()).isEqualTo(5);
        assertThat(r.file()).isEqualTo("rules.csv");
    }

    @Test
    void readsRangesDisabledRowsSynonymsAndEmptyDeviceColumn() {
        RuleSet core = Samples.set(result, "CORE");
        assertThat(Samples.rule(core, "50").destinations()).isEqualTo(addr("10.30.3.1-10.30.3.9"));
        assertThat(Samples.rule(core, "50").enabled()).isFalse();
        assertThat(Samples.rule(core, "60").action()).isEqualTo(Action.PERMIT);
        assertThat(Samples.rule(core, "40").destinations()).isEqualTo(AddressSet.ANY);
        RuleSet mgmt = Samples.set(result, "MGMT");
        assertThat(mgmt.device()).isEqualTo("ignored-when-column-set");
        Rule r = mgmt.rules().get(0);
        assertThat(r.destinations()).isEqualTo(addr("10.10.250.10", "10.30.250.10"));
        assertThat(r.services()).isEqualTo(ServiceSet.of(Service.udp(161, 161), Service.protocol(Service.ICMP)));
    }

    @Test
    void reportsBadRowsWithLineAndReason() {
        assertThat(result.unsupported()).extracting(Unsupported::line).containsExactly(9, 10, 11);
        assertThat(result.unsupported().get(0).reason()).contains("ポート");
        assertThat(result.unsupported().get(1).reason()).contains("dst");
        assertThat(result.unsupported().get(2).reason()).contains("重複");
        assertThat(result.linesRead()).isEqualTo(11);
        assertThat(result.linesUnderstood()).isEqualTo(8);
    }

    @Test
    void anUnknownColumnIsReportedOnTheHeader() {
        ImportResult r = new CsvRuleImporter()
                .read("x.csv", "filter,seq,action,src,dst,service,colour\nF,1,permit,any,any,any,red\n", "fw");
        assertThat(r.unsupported()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(1);
            assertThat(u.reason()).contains("colour");
        });
        assertThat(Samples.set(r, "F").rules()).hasSize(1);
    }

    @Test
    void aFileWithoutHeaderReportsEveryRow() {
        ImportResult r = new CsvRuleImporter().read("x.csv", "fw,F,1,permit,any,any,any\n", null);
        assertThat(r.ruleSets()).isEmpty();
        assertThat(r.unsupported()).hasSize(1);
        assertThat(r.unsupported().get(0).reason()).contains("必須の列");
    }
}
