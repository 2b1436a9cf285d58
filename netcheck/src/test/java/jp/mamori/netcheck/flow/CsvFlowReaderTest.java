package jp.mamori.netcheck.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvFlowReaderTest {

    @Test
    void readsTheSampleWithHeaderAndReportsTheBadLinesWithTheirNumbers() {
        CollectingSink sink = CollectingSink.read(FlowFormat.CSV, Samples.bytes("flows.csv"));

        assertThat(sink.flows).hasSize(7);
        assertThat(sink.summary).isEqualTo(new ReadSummary(9, 7));
        assertThat(sink.unsupported).extracting(u -> u.line()).containsExactly(10, 11);
        assertThat(sink.unsupported.get(0).reason()).contains("宛先アドレス");
        assertThat(sink.unsupported.get(1).reason()).contains("宛先ポート");

        FlowRecord first = sink.flows.get(0);
        assertThat(first.sourceText()).isEqualTo("10.20.3.15");
        assertThat(first.destinationText()).isEqualTo("10.30.5.10");
        assertThat(first.protocol()).isEqualTo(6);
        assertThat(first.sourcePort()).isEqualTo(51234);
        assertThat(first.destinationPort()).isEqualTo(25);
        assertThat(first.bytes()).isEqualTo(18234);
        assertThat(first.packets()).isEqualTo(35);
        assertThat(first.action()).isEqualTo(FlowAction.PERMITTED);
        assertThat(first.device()).isEqualTo("fw-lgwan01");
        assertThat(first.rule()).isEqualTo("12");
        assertThat(first.position()).isEqualTo(3);
        assertThat(Instant.ofEpochMilli(first.startMillis())).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void readsEpochSecondsLocalTimesBlockedActionsAndQuotedNames() {
        CollectingSink sink = CollectingSink.read(FlowFormat.CSV, Samples.bytes("flows.csv"));

        assertThat(sink.flows.get(3).action()).isEqualTo(FlowAction.BLOCKED);
        assertThat(Instant.ofEpochMilli(sink.flows.get(5).startMillis()))
                .isEqualTo(Instant.parse("2026-11-20T00:05:00Z"));
        FlowRecord local = sink.flows.get(6);
        assertThat(Instant.ofEpochMilli(local.startMillis())).isEqualTo(Instant.parse("2026-11-20T00:04:00Z"));
        assertThat(local.action()).isEqualTo(FlowAction.UNKNOWN);
        assertThat(local.protocol()).isEqualTo(17);
        assertThat(local.device()).isEqualTo("fw-lgwan01");
    }

    @Test
    void withoutHeaderTheDefaultColumnOrderApplies() {
        CollectingSink sink = CollectingSink.read(
                FlowFormat.CSV, "2026-11-20T09:00:00Z,10.10.1.1,10.30.1.1,tcp,1000,443,10,1,deny,fw1,9\n");

        assertThat(sink.flows).singleElement().satisfies(r -> {
            assertThat(r.destinationPort()).isEqualTo(443);
            assertThat(r.action()).isEqualTo(FlowAction.BLOCKED);
            assertThat(r.rule()).isEqualTo("9");
        });
    }

    @Test
    void aHeaderMayReorderColumnsAndAddTheTranslatedAddresses() {
        CollectingSink sink = CollectingSink.read(
                FlowFormat.CSV,
                "proto,dst_port,dst,src,nat_dst,nat_src\n" + "tcp,3389,203.0.113.80,10.30.7.22,10.20.1.5,\n"
                        + "udp,53,2001:db8::53,2001:db8::1,,\n");

        assertThat(sink.flows).hasSize(2);
        FlowRecord dnat = sink.flows.get(0);
        assertThat(dnat.destinationText()).isEqualTo("203.0.113.80");
        assertThat(dnat.auditedDestinationText()).isEqualTo("10.20.1.5");
        assertThat(dnat.translatedSourceText()).isNull();
        assertThat(dnat.isV4()).isTrue();
        FlowRecord v6 = sink.flows.get(1);
        assertThat(v6.isV4()).isFalse();
        assertThat(v6.auditedDestinationText()).isEqualTo("2001:db8::53");
    }

    @Test
    void aFileThatIsNotFlowCsvIsAFormatErrorNamingTheFirstBadLine() {
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.CSV, "hello world\nthis is prose\n"))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining(":1:")
                .hasMessageContaining("csv");
    }

    @Test
    void aHeaderWithoutTheDestinationColumnIsAFormatError() {
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.CSV, "src,foo\n10.0.0.1,1\n"))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("dst");
    }

    @Test
    void anEmptyFileHasNoRecordsAndNoError() {
        CollectingSink sink = CollectingSink.read(FlowFormat.CSV, "");
        assertThat(sink.summary).isEqualTo(new ReadSummary(0, 0));
    }
}
