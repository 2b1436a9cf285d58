package jp.mamori.netcheck.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaloAltoFlowReaderTest {
    private final CollectingSink sink = CollectingSink.read(FlowFormat.PALOALTO, Samples.bytes("paloalto-traffic.csv"));

    @Test
    void readsTrafficLinesSkipsSessionStartsAndReportsOtherLogTypes() {
        assertThat(sink.flows).hasSize(5);
        assertThat(sink.summary).isEqualTo(new ReadSummary(7, 6));
        assertThat(sink.unsupported).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(6);
            assertThat(u.reason()).contains("36");
        });
    }

    @Test
    void readsTheFieldsByPosition() {
        FlowRecord r = sink.flows.get(0);
        assertThat(r.sourceText()).isEqualTo("10.20.3.15");
        assertThat(r.destinationText()).isEqualTo("10.30.5.10");
        assertThat(r.translatedDestinationText()).isNull();
        assertThat(r.protocol()).isEqualTo(6);
        assertThat(r.sourcePort()).isEqualTo(51234);
        assertThat(r.destinationPort()).isEqualTo(25);
        assertThat(r.bytes()).isEqualTo(19146);
        assertThat(r.packets()).isEqualTo(35);
        assertThat(r.rule()).isEqualTo("lgwan-to-mailgw");
        assertThat(r.device()).isEqualTo("pa-440-01");
        assertThat(r.action()).isEqualTo(FlowAction.PERMITTED);
        assertThat(Instant.ofEpochMilli(r.startMillis())).isEqualTo(Instant.parse("2026-11-20T00:15:02Z"));
    }

    @Test
    void natFieldsQuotedRuleNamesAndBlockedActions() {
        FlowRecord dnat = sink.flows.get(1);
        assertThat(dnat.auditedDestinationText()).isEqualTo("10.20.1.5");
        assertThat(dnat.rule()).isEqualTo("rdp, temporary");
        assertThat(sink.flows.get(2).action()).isEqualTo(FlowAction.BLOCKED);
        assertThat(sink.flows.get(3).translatedSourceText()).isEqualTo("10.30.0.1");
        FlowRecord dropped = sink.flows.get(4);
        assertThat(dropped.action()).isEqualTo(FlowAction.BLOCKED);
        assertThat(dropped.protocol()).isEqualTo(17);
    }

    @Test
    void aFortiGateLogIsNotAPaloAltoLog() {
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.PALOALTO, Samples.bytes("fortigate-traffic.log")))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("paloalto");
    }
}
