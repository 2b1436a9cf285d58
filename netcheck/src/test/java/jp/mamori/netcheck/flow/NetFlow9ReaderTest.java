package jp.mamori.netcheck.flow;

import static jp.mamori.netcheck.flow.NetFlowFixtures.ip;
import static jp.mamori.netcheck.flow.TemplateFixtures.concat;
import static jp.mamori.netcheck.flow.TemplateFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NetFlow9ReaderTest {
    private static final long EXPORT = Instant.parse("2026-11-20T00:30:00Z").getEpochSecond();
    /** src, dst, sport, dport, proto, bytes, packets, first switched, xlate src, xlate dst, fw event. */
    private static final byte[] FLOW_TEMPLATE =
            template(256, 8, 4, 12, 4, 7, 2, 11, 2, 4, 1, 1, 4, 2, 4, 22, 4, 225, 4, 226, 4, 233, 1);

    private static byte[] flow(String src, String dst, int dport, int proto, int event, String natDst) {
        ByteBuffer b = ByteBuffer.allocate(34);
        b.putInt(ip(src))
                .putInt(ip(dst))
                .putShort((short) 40000)
                .putShort((short) dport)
                .put((byte) proto);
        b.putInt(1200)
                .putInt(3)
                .putInt(540_000)
                .putInt(0)
                .putInt(natDst == null ? 0 : ip(natDst))
                .put((byte) event);
        return b.array();
    }

    private static byte[] optionsTemplate() {
        // template 257: scope 4 bytes (system, length 4), option 4 bytes (sampling interval 34, length 4)
        ByteBuffer b = ByteBuffer.allocate(14);
        b.putShort((short) 257).putShort((short) 4).putShort((short) 4);
        b.putShort((short) 1).putShort((short) 4).putShort((short) 34).putShort((short) 4);
        return b.array();
    }

    @Test
    void readsTemplatesThenDataSkipsOptionsAndReportsDataWithoutTemplate() {
        byte[] first = new TemplateFixtures()
                .set(0, FLOW_TEMPLATE, 1)
                .set(1, optionsTemplate(), 1)
                .set(257, new byte[8], 1)
                .set(
                        256,
                        concat(
                                flow("10.20.3.15", "10.30.5.10", 25, 6, 2, null),
                                flow("10.30.7.22", "203.0.113.80", 3389, 6, 1, "10.20.1.5")),
                        2)
                .netflow9(EXPORT, 600_000, 1);
        byte[] second = new TemplateFixtures()
                .set(300, new byte[12], 1)
                .set(256, flow("10.30.7.22", "10.10.1.5", 445, 6, 3, null), 1)
                .netflow9(EXPORT + 1, 601_000, 1);
        byte[] otherSource = new TemplateFixtures()
                .set(256, flow("10.30.7.22", "10.10.1.5", 445, 6, 3, null), 1)
                .netflow9(EXPORT + 1, 601_000, 2);

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW9, concat(first, second, otherSource));

        assertThat(sink.flows).hasSize(3);
        assertThat(sink.summary).isEqualTo(new ReadSummary(5, 3));
        assertThat(sink.unsupported)
                .hasSize(2)
                .allSatisfy(u -> assertThat(u.reason()).contains("受信していない"));
        assertThat(sink.unsupported.get(0).reason()).contains("テンプレート 300");
        assertThat(sink.unsupported.get(1).reason()).contains("ドメイン 2");

        FlowRecord mail = sink.flows.get(0);
        assertThat(mail.sourceText()).isEqualTo("10.20.3.15");
        assertThat(mail.destinationPort()).isEqualTo(25);
        assertThat(mail.bytes()).isEqualTo(1200);
        assertThat(mail.packets()).isEqualTo(3);
        assertThat(mail.action()).isEqualTo(FlowAction.PERMITTED);
        assertThat(Instant.ofEpochMilli(mail.startMillis())).isEqualTo(Instant.parse("2026-11-20T00:29:00Z"));
        assertThat(sink.flows.get(1).auditedDestinationText()).isEqualTo("10.20.1.5");
        assertThat(sink.flows.get(1).destinationText()).isEqualTo("203.0.113.80");
        assertThat(sink.flows.get(2).action()).isEqualTo(FlowAction.BLOCKED);
    }

    @Test
    void theTemplateCacheIsBoundedAndEvictedTemplatesAreNotGuessed() throws IOException {
        byte[] packet = new TemplateFixtures()
                .set(0, concat(FLOW_TEMPLATE, template(258, 8, 4, 12, 4), template(259, 8, 4, 12, 4)), 3)
                .set(256, flow("10.10.1.1", "10.30.1.1", 443, 6, 1, null), 1)
                .netflow9(EXPORT, 1000, 1);
        CollectingSink sink = new CollectingSink();
        NetFlow9Reader reader = new NetFlow9Reader(2);

        ReadSummary s = reader.read("small-cache.nf9", new ByteArrayInputStream(packet), sink);

        assertThat(reader.templates.size()).isEqualTo(2);
        assertThat(reader.templates.evictions()).isEqualTo(1);
        assertThat(s).isEqualTo(new ReadSummary(1, 0));
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("256"));
    }

    @Test
    void aFileThatIsNotNetFlow9IsAFormatError() {
        byte[] v5 = NetFlowFixtures.v5Datagram(EXPORT, 1, new NetFlowFixtures.V5(1, 2, 3, 4, 6, 1, 1, 0));
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.NETFLOW9, v5))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("version=5");
    }

    @Test
    void aTruncatedFlowsetIsReportedAndEndsTheFile() {
        byte[] packet = new TemplateFixtures()
                .set(0, FLOW_TEMPLATE, 1)
                .set(256, flow("10.10.1.1", "10.30.1.1", 443, 6, 1, null), 1)
                .netflow9(EXPORT, 1000, 1);
        byte[] cut = java.util.Arrays.copyOf(packet, packet.length - 5);

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW9, cut);

        assertThat(sink.flows).isEmpty();
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("途中で終わって"));
    }

    @Test
    void zeroPaddingAtTheEndOfAPacketIsSkippedAndTheNextPacketRead() {
        // PAN-OS 8.1 pads export packets with zero bytes after the last flowset; before, the
        // reader stopped at the "flowset of length 0" and lost every later packet
        byte[] first = new TemplateFixtures()
                .set(0, FLOW_TEMPLATE, 1)
                .set(256, flow("10.20.3.15", "10.30.5.10", 25, 6, 1, null), 1)
                .padding(42)
                .netflow9(EXPORT, 1000, 1);
        byte[] second = new TemplateFixtures()
                .set(256, flow("10.10.1.1", "10.30.1.1", 443, 6, 1, null), 1)
                .padding(3)
                .netflow9(EXPORT + 1, 2000, 1);
        byte[] third = new TemplateFixtures()
                .set(256, flow("10.10.1.2", "10.30.1.1", 443, 6, 1, null), 1)
                .padding(64)
                .netflow9(EXPORT + 2, 3000, 1);

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW9, concat(first, second, third));

        assertThat(sink.unsupported).isEmpty();
        assertThat(sink.flows)
                .extracting(FlowRecord::sourceText)
                .containsExactly("10.20.3.15", "10.10.1.1", "10.10.1.2");
        assertThat(sink.summary).isEqualTo(new ReadSummary(3, 3));
    }

    @Test
    void bytesAfterPaddingThatAreNoPacketAreReported() {
        byte[] packet = new TemplateFixtures()
                .set(0, FLOW_TEMPLATE, 1)
                .set(256, flow("10.20.3.15", "10.30.5.10", 25, 6, 1, null), 1)
                .padding(8)
                .netflow9(EXPORT, 1000, 1);

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW9, concat(packet, new byte[] {0, 0, 7, 7, 7, 7}));

        assertThat(sink.flows).hasSize(1);
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("パディング"));
    }

    @Test
    void oneToThreeBytesOfPaddingAfterTheLastFlowsetAreAccepted() {
        // padding to a 4-byte boundary that the flowset length does not count: before, one or two
        // zero bytes shifted the next packet's header and the reader reported garbage (or, at the
        // end of the file, "flowset header cut short") and the run exited 1 for a clean export
        byte[] one = new TemplateFixtures()
                .set(0, FLOW_TEMPLATE, 1)
                .set(256, flow("10.20.3.15", "10.30.5.10", 25, 6, 1, null), 1)
                .padding(1)
                .netflow9(EXPORT, 1000, 1);
        byte[] two = new TemplateFixtures()
                .set(256, flow("10.10.1.1", "10.30.1.1", 443, 6, 1, null), 1)
                .padding(2)
                .netflow9(EXPORT + 1, 2000, 1);
        byte[] three = new TemplateFixtures()
                .set(256, flow("10.10.1.2", "10.30.1.1", 443, 6, 1, null), 1)
                .padding(3)
                .netflow9(EXPORT + 2, 3000, 1);
        byte[] lastWithTwo = new TemplateFixtures()
                .set(256, flow("10.10.1.3", "10.30.1.1", 443, 6, 1, null), 1)
                .padding(2)
                .netflow9(EXPORT + 3, 4000, 1);

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW9, concat(one, two, three, lastWithTwo));

        assertThat(sink.unsupported).isEmpty();
        assertThat(sink.flows)
                .extracting(FlowRecord::sourceText)
                .containsExactly("10.20.3.15", "10.10.1.1", "10.10.1.2", "10.10.1.3");
        assertThat(sink.summary).isEqualTo(new ReadSummary(4, 4));
    }

    @Test
    void shortNonZeroTrailingBytesAreStillReported() {
        byte[] packet = new TemplateFixtures()
                .set(0, FLOW_TEMPLATE, 1)
                .set(256, flow("10.20.3.15", "10.30.5.10", 25, 6, 1, null), 1)
                .netflow9(EXPORT, 1000, 1);

        CollectingSink sink = CollectingSink.read(FlowFormat.NETFLOW9, concat(packet, new byte[] {0, 7}));

        assertThat(sink.flows).hasSize(1);
        assertThat(sink.unsupported).hasSize(1);
    }
}
