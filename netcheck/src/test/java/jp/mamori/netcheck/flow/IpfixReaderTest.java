package jp.mamori.netcheck.flow;

import static jp.mamori.netcheck.flow.NetFlowFixtures.ip;
import static jp.mamori.netcheck.flow.TemplateFixtures.concat;
import static jp.mamori.netcheck.flow.TemplateFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IpfixReaderTest {
    private static final long EXPORT = Instant.parse("2026-11-20T00:30:00Z").getEpochSecond();
    private static final long START = Instant.parse("2026-11-20T00:29:30Z").toEpochMilli();
    /**
     * src, dst, sport, dport, proto, octetDeltaCount in 4 bytes (reduced size), enterprise field,
     * interfaceName (variable length), flowStartMilliseconds, forwardingStatus.
     */
    private static final byte[] V4_TEMPLATE =
            template(256, 8, 4, 12, 4, 7, 2, 11, 2, 4, 1, 1, 4, 0x8000 | 100, 4, 82, 65535, 152, 8, 89, 1);

    private static final byte[] V6_TEMPLATE = template(257, 27, 16, 28, 16, 11, 2, 4, 1);

    private static byte[] v4Record(String src, String dst, int dport, String ifName, int status) {
        byte[] name = ifName.getBytes(StandardCharsets.US_ASCII);
        boolean longName = name.length >= 255;
        ByteBuffer b = ByteBuffer.allocate(4 + 4 + 2 + 2 + 1 + 4 + 4 + (longName ? 3 : 1) + name.length + 8 + 1);
        b.putInt(ip(src))
                .putInt(ip(dst))
                .putShort((short) 50000)
                .putShort((short) dport)
                .put((byte) 6);
        b.putInt(4096).putInt(0xdeadbeef);
        if (longName) {
            b.put((byte) 255).putShort((short) name.length);
        } else {
            b.put((byte) name.length);
        }
        b.put(name).putLong(START).put((byte) (status << 6));
        return b.array();
    }

    private static byte[] v6Record() {
        ByteBuffer b = ByteBuffer.allocate(35);
        b.putLong(0x20010db800000000L).putLong(1).putLong(0x20010db800000000L).putLong(0x53);
        b.putShort((short) 53).put((byte) 17);
        return b.array();
    }

    @Test
    void decodesVariableLengthAndEnterpriseFieldsAndIpv6() {
        byte[] message = new TemplateFixtures()
                .set(2, concat(V4_TEMPLATE, V6_TEMPLATE), 0)
                .set(
                        256,
                        concat(
                                v4Record("10.20.3.15", "10.30.5.10", 25, "ge-0/0/1", 1),
                                v4Record("10.30.7.22", "10.10.1.5", 445, "x".repeat(300), 2)),
                        2)
                .set(257, v6Record(), 1)
                .ipfix(EXPORT, 7);

        CollectingSink sink = CollectingSink.read(FlowFormat.IPFIX, message);

        assertThat(sink.unsupported).isEmpty();
        assertThat(sink.summary).isEqualTo(new ReadSummary(3, 3));
        FlowRecord mail = sink.flows.get(0);
        assertThat(mail.sourceText()).isEqualTo("10.20.3.15");
        assertThat(mail.destinationPort()).isEqualTo(25);
        assertThat(mail.bytes()).isEqualTo(4096);
        assertThat(mail.startMillis()).isEqualTo(START);
        assertThat(mail.action()).isEqualTo(FlowAction.PERMITTED);
        FlowRecord dropped = sink.flows.get(1);
        assertThat(dropped.destinationText()).isEqualTo("10.10.1.5");
        assertThat(dropped.action()).isEqualTo(FlowAction.BLOCKED);
        FlowRecord v6 = sink.flows.get(2);
        assertThat(v6.sourceText()).isEqualTo("2001:db8::1");
        assertThat(v6.auditedDestinationText()).isEqualTo("2001:db8::53");
        assertThat(v6.protocol()).isEqualTo(17);
        // no start time in the template: the export time stands in
        assertThat(v6.startMillis()).isEqualTo(EXPORT * 1000);
    }

    @Test
    void withdrawnTemplatesAndOptionsDataAreHandledWithoutGuessing() {
        ByteBuffer options = ByteBuffer.allocate(14);
        options.putShort((short) 258).putShort((short) 2).putShort((short) 1);
        options.putShort((short) 149).putShort((short) 4).putShort((short) 34).putShort((short) 4);
        byte[] first = new TemplateFixtures()
                .set(2, V4_TEMPLATE, 0)
                .set(3, options.array(), 0)
                .set(258, new byte[8], 1)
                .ipfix(EXPORT, 7);
        byte[] withdraw = new TemplateFixtures()
                .set(2, new byte[] {1, 0, 0, 0}, 0)
                .set(256, v4Record("10.20.3.15", "10.30.5.10", 25, "a", 1), 1)
                .ipfix(EXPORT, 7);

        CollectingSink sink = CollectingSink.read(FlowFormat.IPFIX, concat(first, withdraw));

        assertThat(sink.flows).isEmpty();
        assertThat(sink.summary).isEqualTo(new ReadSummary(1, 0));
        assertThat(sink.unsupported).singleElement().satisfies(u -> {
            assertThat(u.reason()).contains("テンプレート 256", "ドメイン 7");
            assertThat(u.line()).isEqualTo(first.length + 16 + 8);
        });
    }

    @Test
    void aVariableLengthFieldRunningPastItsSetIsReported() {
        byte[] rec = v4Record("10.20.3.15", "10.30.5.10", 25, "abc", 1);
        rec[21] = 100; // the interface name claims 100 bytes
        byte[] message =
                new TemplateFixtures().set(2, V4_TEMPLATE, 0).set(256, rec, 1).ipfix(EXPORT, 1);

        CollectingSink sink = CollectingSink.read(FlowFormat.IPFIX, message);

        assertThat(sink.flows).isEmpty();
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("可変長"));
    }

    @Test
    void readsTheCommittedBinarySample() {
        CollectingSink sink = CollectingSink.read(FlowFormat.IPFIX, Samples.bytes("ipfix-sample.bin"));

        assertThat(sink.summary).isEqualTo(new ReadSummary(3, 2));
        assertThat(sink.flows).extracting(FlowRecord::sourceText).containsExactly("10.10.2.30", "10.30.7.22");
        assertThat(sink.flows).extracting(FlowRecord::destinationPort).containsExactly(80, 3389);
        assertThat(sink.flows.get(1).auditedDestinationText()).isEqualTo("10.20.1.5");
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("テンプレート 300"));
    }

    @Test
    void aNetFlow5FileIsNotIpfix() {
        byte[] v5 = NetFlowFixtures.v5Datagram(EXPORT, 1, new NetFlowFixtures.V5(1, 2, 3, 4, 6, 1, 1, 0));
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.IPFIX, v5))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("version=5");
    }

    @Test
    void zeroPaddingAfterTheLastSetOfAMessageIsNotAnError() {
        byte[] first = new TemplateFixtures()
                .set(2, V6_TEMPLATE, 1)
                .set(257, v6Record(), 1)
                .padding(20)
                .ipfix(EXPORT, 1);
        byte[] second =
                new TemplateFixtures().set(257, v6Record(), 1).padding(2).ipfix(EXPORT + 1, 1);

        CollectingSink sink = CollectingSink.read(FlowFormat.IPFIX, concat(first, second));

        assertThat(sink.unsupported).isEmpty();
        assertThat(sink.flows).hasSize(2);
    }

    @Test
    void aZeroLengthSetFollowedByDataIsReported() {
        byte[] message = new TemplateFixtures()
                .set(2, V6_TEMPLATE, 1)
                .set(257, v6Record(), 1)
                .padding(4)
                .set(257, v6Record(), 1)
                .ipfix(EXPORT, 1);

        CollectingSink sink = CollectingSink.read(FlowFormat.IPFIX, message);

        assertThat(sink.flows).hasSize(1);
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("セット長"));
    }
}
