package jp.mamori.netcheck.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FortiGateFlowReaderTest {
    private final CollectingSink sink =
            CollectingSink.read(FlowFormat.FORTIGATE, Samples.bytes("fortigate-traffic.log"));

    @Test
    void readsTrafficLinesCountsSessionStartsAsUnderstoodAndReportsOtherLines() {
        assertThat(sink.flows).hasSize(7);
        assertThat(sink.summary).isEqualTo(new ReadSummary(10, 8));
        assertThat(sink.unsupported).extracting(u -> u.line()).containsExactly(9, 10);
        assertThat(sink.unsupported.get(0).reason()).contains("type=event");
        assertThat(sink.unsupported.get(1).reason()).contains("srcip");
    }

    @Test
    void readsAddressesPortsVolumesPolicyAndDevice() {
        FlowRecord r = sink.flows.get(0);
        assertThat(r.sourceText()).isEqualTo("10.20.3.15");
        assertThat(r.destinationText()).isEqualTo("10.30.5.10");
        assertThat(r.protocol()).isEqualTo(6);
        assertThat(r.sourcePort()).isEqualTo(51234);
        assertThat(r.destinationPort()).isEqualTo(25);
        assertThat(r.bytes()).isEqualTo(18234 + 912);
        assertThat(r.packets()).isEqualTo(35);
        assertThat(r.rule()).isEqualTo("12");
        assertThat(r.device()).isEqualTo("fw-lgwan01");
        assertThat(r.action()).isEqualTo(FlowAction.PERMITTED);
        assertThat(Instant.ofEpochMilli(r.startMillis())).isEqualTo(Instant.parse("2026-11-20T00:15:02Z"));
    }

    @Test
    void theDestinationAfterDnatIsTheAuditedOneAndSnatIsKeptAsEvidence() {
        FlowRecord dnat = sink.flows.get(2);
        assertThat(dnat.destinationText()).isEqualTo("203.0.113.80");
        assertThat(dnat.auditedDestinationText()).isEqualTo("10.20.1.5");
        assertThat(dnat.destinationPort()).isEqualTo(3389);
        assertThat(Instant.ofEpochMilli(dnat.startMillis())).isEqualTo(Instant.parse("2026-11-20T00:17:05Z"));

        FlowRecord snat = sink.flows.get(4);
        assertThat(snat.translatedSourceText()).isEqualTo("10.20.0.1");
        assertThat(snat.auditedDestinationText()).isEqualTo("10.20.9.9");
    }

    @Test
    void denyIsABlockedAttempt() {
        assertThat(sink.flows.get(3).action()).isEqualTo(FlowAction.BLOCKED);
        assertThat(sink.flows.get(3).device()).isEqualTo("fw-core");
    }

    @Test
    void eventtimeInNanosecondsWinsOverDateAndTime() {
        CollectingSink s = CollectingSink.read(
                FlowFormat.FORTIGATE,
                "date=2026-11-20 time=09:00:00 eventtime=1795134600123456789 tz=\"+0900\" type=traffic"
                        + " srcip=10.10.1.1 dstip=10.30.1.1 proto=6 dstport=443 action=close\n");
        assertThat(s.flows.get(0).startMillis()).isEqualTo(1_795_134_600_123L);
    }

    @Test
    void aSyslogPrefixIsSkipped() {
        CollectingSink s = CollectingSink.read(
                FlowFormat.FORTIGATE,
                "<189>date=2026-11-20 time=09:00:00 devname=fw1 type=traffic srcip=10.10.1.1 dstip=10.30.1.1 proto=17"
                        + " dstport=53 action=accept\n"
                        + "Nov 20 09:00:00 fw1 date=2026-11-20 time=09:00:00 srcip=10.10.1.1 dstip=10.30.1.1 proto=6"
                        + " dstport=443 action=close\n");
        assertThat(s.flows).hasSize(2);
        assertThat(s.flows.get(0).device()).isEqualTo("fw1");
        assertThat(Instant.ofEpochMilli(s.flows.get(1).startMillis())).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void proseIsNotAFortiGateLog() {
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.FORTIGATE, "just some words\n"))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("fortigate");
    }
}
