package jp.mamori.netcheck.flow;

import static jp.mamori.netcheck.flow.NetFlowFixtures.concat;
import static jp.mamori.netcheck.flow.NetFlowFixtures.ip;
import static jp.mamori.netcheck.flow.NetFlowFixtures.v5Datagram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import jp.mamori.netcheck.flow.NetFlowFixtures.V5;
import org.junit.jupiter.api.Test;

class NetFlow5ReaderTest {
    private static final long EXPORT = Instant.parse("2026-11-20T00:30:00Z").getEpochSecond();

    @Test
    void readsEveryRecordOfBackToBackDatagrams() {
        byte[] file = concat(
                v5Datagram(
                        EXPORT,
                        600_000,
                        new V5(ip("10.20.3.15"), ip("10.30.5.10"), 51234, 25, 6, 35, 19146, 540_000),
                        new V5(ip("10.10.1.5"), ip("10.30.9.80"), 40000, 443, 6, 10, 5000, 590_000)),
                v5Datagram(EXPORT + 1, 601_000, new V5(ip("10.30.7.22"), ip("10.10.1.5"), 1, 53, 17, 1, 80, 600_500)));

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW5, file);

        assertThat(sink.summary).isEqualTo(new ReadSummary(3, 3));
        assertThat(sink.unsupported).isEmpty();
        FlowRecord r = sink.flows.get(0);
        assertThat(r.sourceText()).isEqualTo("10.20.3.15");
        assertThat(r.destinationText()).isEqualTo("10.30.5.10");
        assertThat(r.destinationPort()).isEqualTo(25);
        assertThat(r.sourcePort()).isEqualTo(51234);
        assertThat(r.protocol()).isEqualTo(6);
        assertThat(r.packets()).isEqualTo(35);
        assertThat(r.bytes()).isEqualTo(19146);
        assertThat(r.action()).isEqualTo(FlowAction.UNKNOWN);
        assertThat(r.position()).isEqualTo(24);
        // the flow started 60 s before the export (uptime 600 s, first packet at 540 s)
        assertThat(Instant.ofEpochMilli(r.startMillis())).isEqualTo(Instant.parse("2026-11-20T00:29:00Z"));
        assertThat(sink.flows.get(2).protocol()).isEqualTo(17);
        assertThat(sink.flows.get(2).position()).isEqualTo(24 + 2 * 48 + 24);
    }

    @Test
    void readsTheCommittedBinarySample() {
        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW5, Samples.bytes("netflow5-sample.bin"));

        assertThat(sink.summary).isEqualTo(new ReadSummary(4, 4));
        assertThat(sink.flows)
                .extracting(FlowRecord::sourceText)
                .containsExactly("10.20.3.15", "10.10.1.5", "10.30.7.22", "10.30.7.22");
        assertThat(sink.flows).extracting(FlowRecord::destinationPort).containsExactly(25, 443, 3389, 445);
    }

    @Test
    void aTruncatedLastDatagramIsReportedWithItsOffset() {
        byte[] one = v5Datagram(EXPORT, 1000, new V5(1, 2, 3, 4, 6, 1, 1, 0));
        byte[] two = v5Datagram(EXPORT, 1000, new V5(1, 2, 3, 4, 6, 1, 1, 0), new V5(1, 2, 3, 4, 6, 1, 1, 0));
        byte[] file = concat(one, Arrays.copyOf(two, two.length - 10));

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW5, file);

        assertThat(sink.summary).isEqualTo(new ReadSummary(3, 1));
        assertThat(sink.unsupported).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(one.length);
            assertThat(u.reason()).contains("途中で終わって");
        });
    }

    @Test
    void aCountOutsideOneToThirtyAfterTheFirstDatagramEndsTheFileWithAReport() {
        byte[] good = v5Datagram(EXPORT, 1000, new V5(1, 2, 3, 4, 6, 1, 1, 0));
        byte[] bad = v5Datagram(EXPORT, 1000, new V5(1, 2, 3, 4, 6, 1, 1, 0));
        bad[3] = 31;

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW5, concat(good, bad, good));

        assertThat(sink.flows).hasSize(1);
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("count=31"));
    }

    @Test
    void aFileThatDoesNotStartWithAVersion5DatagramIsAFormatError() {
        byte[] v9 = v5Datagram(EXPORT, 1000, new V5(1, 2, 3, 4, 6, 1, 1, 0));
        v9[1] = 9;
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.NETFLOW5, v9))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("version=9");
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.NETFLOW5, new byte[] {0, 5, 0}))
                .isInstanceOf(FlowFormatException.class);
    }
}
