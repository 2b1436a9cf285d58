package jp.mamori.netcheck.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import jp.mamori.netcheck.testing.ThreeZones;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and mutated input for every reader: the only acceptable outcomes are flows, unsupported
 * records, or a {@link FlowFormatException}; any other exception is a bug. Seeded, so a failure
 * names the seed that reproduces it.
 */
class FlowReaderFuzzTest {
    private static final int ROUNDS = 400;
    private static final ZoneModel MODEL = ThreeZones.model();

    static Stream<Arguments> formatsWithSamples() {
        return Stream.of(
                Arguments.of(FlowFormat.CSV, Samples.bytes("flows.csv")),
                Arguments.of(FlowFormat.FORTIGATE, Samples.bytes("fortigate-traffic.log")),
                Arguments.of(FlowFormat.PALOALTO, Samples.bytes("paloalto-traffic.csv")),
                Arguments.of(FlowFormat.NETFLOW5, Samples.bytes("netflow5-sample.bin")),
                Arguments.of(FlowFormat.NETFLOW9, netflow9Sample()),
                Arguments.of(FlowFormat.IPFIX, Samples.bytes("ipfix-sample.bin")),
                Arguments.of(FlowFormat.ZEEK, Samples.bytes("zeek-conn.log")),
                Arguments.of(FlowFormat.ZEEK, Samples.bytes("zeek-conn.json")));
    }

    private static byte[] netflow9Sample() {
        byte[] template = TemplateFixtures.template(256, 8, 4, 12, 4, 7, 2, 11, 2, 4, 1, 1, 4, 89, 1);
        byte[] record = {10, 10, 1, 5, 10, 30, 9, 80, 1, 0, 1, (byte) 187, 6, 0, 0, 1, 0, 64};
        return new TemplateFixtures()
                .set(0, template, 1)
                .set(256, TemplateFixtures.concat(record, record), 2)
                .netflow9(1_795_134_600L, 10_000, 1);
    }

    @ParameterizedTest
    @MethodSource("formatsWithSamples")
    void mutatedSamplesGiveFlowsUnsupportedRecordsOrAFormatError(FlowFormat format, byte[] sample) {
        Random random = new Random(0x6d616d6fL + format.ordinal());
        for (int round = 0; round < ROUNDS; round++) {
            long seed = random.nextLong();
            byte[] input = mutate(sample, new Random(seed));
            readAndAudit(format, input, seed);
        }
    }

    @ParameterizedTest
    @MethodSource("formatsWithSamples")
    void randomBytesGiveUnsupportedRecordsOrAFormatError(FlowFormat format, byte[] ignored) {
        Random random = new Random(0x7a6f6e65L + format.ordinal());
        for (int round = 0; round < ROUNDS; round++) {
            long seed = random.nextLong();
            Random r = new Random(seed);
            byte[] input = new byte[r.nextInt(3000)];
            r.nextBytes(input);
            if (r.nextBoolean()) {
                // mostly printable garbage with line breaks, closer to what text readers meet
                for (int i = 0; i < input.length; i++) {
                    input[i] = r.nextInt(20) == 0 ? (byte) '\n' : (byte) (32 + r.nextInt(95));
                }
            }
            readAndAudit(format, input, seed);
        }
    }

    private static void readAndAudit(FlowFormat format, byte[] input, long seed) {
        CollectingSink sink = new CollectingSink();
        try {
            ReadSummary s =
                    format.newReader(ZoneId.of("Asia/Tokyo")).read("fuzz", new ByteArrayInputStream(input), sink);
            assertThat(s.recordsUnderstood()).as("seed %d", seed).isLessThanOrEqualTo(s.recordsRead());
            assertThat((long) sink.flows.size()).as("seed %d", seed).isLessThanOrEqualTo(s.recordsUnderstood());
            // the text loop turns a parser exception into an unsupported line: that is still a bug here
            assertThat(sink.unsupported)
                    .as("seed %d", seed)
                    .noneMatch(u -> u.reason().startsWith("解析できません:"));
            FlowAudit audit = FlowAudit.start(MODEL, ZoneId.of("Asia/Tokyo"));
            audit.source("fuzz", format);
            sink.flows.forEach(audit::accept);
            assertThat(audit.report().linesRead()).isEqualTo(sink.flows.size());
        } catch (FlowFormatException expected) {
            assertThat(expected.getMessage()).as("seed %d", seed).isNotBlank().doesNotContain("解析できません:");
        } catch (IOException e) {
            throw new AssertionError("seed " + seed, e);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": " + format + " threw " + e, e);
        }
    }

    /** One to four mutations: flip, overwrite, insert, delete, truncate, duplicate a slice. */
    static byte[] mutate(byte[] sample, Random r) {
        byte[] b = sample.clone();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) r.nextInt(256);
                case 2 -> {
                    byte[] out = new byte[b.length + 1 + r.nextInt(8)];
                    System.arraycopy(b, 0, out, 0, at);
                    for (int i = at; i < at + out.length - b.length; i++) {
                        out[i] = (byte) r.nextInt(256);
                    }
                    System.arraycopy(b, at, out, at + out.length - b.length, b.length - at);
                    b = out;
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(16));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 4 -> b = Arrays.copyOf(b, at);
                default -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(64));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
            }
        }
        return b;
    }
}
