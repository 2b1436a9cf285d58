package jp.mamori.netcheck.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ZeekFlowReaderTest {

    @Test
    void readsTheTsvWriterByItsFieldsHeader() {
        CollectingSink sink = CollectingSink.read(FlowFormat.ZEEK, Samples.bytes("zeek-conn.log"));

        assertThat(sink.flows).hasSize(4);
        assertThat(sink.summary).isEqualTo(new ReadSummary(5, 4));
        assertThat(sink.unsupported).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(13);
            assertThat(u.reason()).contains("ts");
        });
        FlowRecord mail = sink.flows.get(0);
        assertThat(mail.sourceText()).isEqualTo("10.20.3.15");
        assertThat(mail.destinationText()).isEqualTo("10.30.5.10");
        assertThat(mail.sourcePort()).isEqualTo(51234);
        assertThat(mail.destinationPort()).isEqualTo(25);
        assertThat(mail.bytes()).isEqualTo(18234 + 912);
        assertThat(mail.packets()).isEqualTo(35);
        assertThat(mail.action()).isEqualTo(FlowAction.UNKNOWN);
        assertThat(mail.startMillis())
                .isEqualTo(Instant.parse("2026-11-20T00:15:02.123Z").toEpochMilli());
        FlowRecord unanswered = sink.flows.get(2);
        assertThat(unanswered.bytes()).isZero();
        assertThat(unanswered.packets()).isEqualTo(1);
        assertThat(sink.flows.get(3).protocol()).isEqualTo(17);
    }

    @Test
    void readsJsonLinesWithIsoTimesNullsNestedArraysAndIpv6() {
        CollectingSink sink = CollectingSink.read(FlowFormat.ZEEK, Samples.bytes("zeek-conn.json"));

        assertThat(sink.flows).hasSize(3);
        assertThat(sink.unsupported)
                .singleElement()
                .satisfies(u -> assertThat(u.line()).isEqualTo(4));
        assertThat(sink.flows.get(0).device()).isEqualTo("zeek-lgwan");
        assertThat(sink.flows.get(0).bytes()).isEqualTo(19146);
        FlowRecord rdp = sink.flows.get(1);
        assertThat(rdp.destinationPort()).isEqualTo(3389);
        assertThat(rdp.startMillis())
                .isEqualTo(Instant.parse("2026-11-20T00:17:05.500Z").toEpochMilli());
        FlowRecord v6 = sink.flows.get(2);
        assertThat(v6.sourceText()).isEqualTo("2001:db8:30::22");
        assertThat(v6.bytes()).isZero();
    }

    @Test
    void anotherZeekLogIsAFormatError() {
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.ZEEK, "#separator \\x09\n#path\tdns\n"))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("dns");
    }

    @Test
    void dataBeforeAnyFieldsHeaderIsNotZeek() {
        assertThatThrownBy(() -> CollectingSink.read(FlowFormat.ZEEK, "1\t2\t3\n"))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("#fields");
    }
}
