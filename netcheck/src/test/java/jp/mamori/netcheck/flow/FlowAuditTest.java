package jp.mamori.netcheck.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Finding.Kind;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.testing.ThreeZones;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowAuditTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Clock NOV_26 = Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), TOKYO);
    private static final Clock APRIL_2027 = Clock.fixed(Instant.parse("2027-04-01T01:00:00Z"), TOKYO);

    @TempDir
    Path dir;

    static ZoneModel model() {
        return ZoneModel.parse("zones.yaml", ThreeZones.YAML, NOV_26);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void theCsvSampleGivesOneFindingPerZonePairServiceAndRule() throws IOException {
        Report report = FlowAudit.run(model(), List.of(write("flows.csv", Samples.bytes("flows.csv"))), "csv", NOV_26);

        assertThat(report.linesRead()).isEqualTo(9);
        assertThat(report.linesUnderstood()).isEqualTo(7);
        assertThat(report.unsupported()).hasSize(2);
        assertThat(report.findings())
                .extracting(Finding::kind, Finding::severity, Finding::from, Finding::to, Finding::rule, Finding::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Kind.FLOW_VIOLATION, "critical", "mynumber", "internet", "45", 2L),
                        org.assertj.core.groups.Tuple.tuple(
                                Kind.FLOW_ATTEMPT, "critical", "internet", "mynumber", "0", 1L),
                        org.assertj.core.groups.Tuple.tuple(Kind.FLOW_VIOLATION, "high", "internet", "lgwan", "7", 1L),
                        org.assertj.core.groups.Tuple.tuple(
                                Kind.FLOW_VIOLATION, "medium", "lgwan", "internet", "31", 1L));
        assertThat(report.violations()).isEqualTo(3);

        Finding mynumber = report.findings().get(0);
        assertThat(mynumber.cell()).isEqualTo("mynumber→* deny");
        assertThat(mynumber.device()).isEqualTo("fw-core");
        assertThat(mynumber.line()).isEqualTo(7);
        assertThat(mynumber.file()).endsWith("flows.csv");
        assertThat(mynumber.example()).isEqualTo(new Finding.Packet("10.10.2.30", "10.30.9.80", "tcp", 80));
        assertThat(mynumber.flow().bytes()).isEqualTo(13200);
        assertThat(mynumber.flow().firstSeen()).isEqualTo("2026-11-20T09:03:00+09:00");
        assertThat(mynumber.flow().lastSeen()).isEqualTo("2026-11-20T09:05:00+09:00");
        assertThat(mynumber.flow().samples()).hasSize(2);
        assertThat(mynumber.message()).contains("マイナンバー利用事務系", "2 件", "通過");

        assertThat(report.findings().get(1).message()).contains("遮断", "違反ではありません");
        assertThat(report.findings().get(2).message()).contains("無害化中継を経由していません");
    }

    @Test
    void theFortiGateSampleIsJudgedOnTheDestinationAfterNatAndTheExceptionHolds() throws IOException {
        Report report = FlowAudit.run(
                model(), List.of(write("fg.log", Samples.bytes("fortigate-traffic.log"))), "fortigate", NOV_26);

        assertThat(report.linesRead()).isEqualTo(10);
        assertThat(report.linesUnderstood()).isEqualTo(8);
        // relay mail (allowed), lgwan→internet 443 (allowed), DNAT RDP into lgwan, blocked SMB, mynumber http x2;
        // mynumber→lgwan 443 is covered by EX-1 until 2027-03-31
        assertThat(report.findings())
                .extracting(Finding::kind, Finding::from, Finding::to, Finding::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.FLOW_VIOLATION, "mynumber", "internet", 2L),
                        org.assertj.core.groups.Tuple.tuple(Kind.FLOW_ATTEMPT, "internet", "mynumber", 1L),
                        org.assertj.core.groups.Tuple.tuple(Kind.FLOW_VIOLATION, "internet", "lgwan", 1L));
        Finding dnat = report.findings().get(2);
        assertThat(dnat.example()).isEqualTo(new Finding.Packet("10.30.7.22", "10.20.1.5", "tcp", 3389));
        assertThat(dnat.message()).contains("NAT 変換あり", "203.0.113.80 → 10.20.1.5");
    }

    @Test
    void afterItExpiresTheExceptionNoLongerCoversItsTrafficAndIsReported() throws IOException {
        Report report = FlowAudit.run(
                model(), List.of(write("fg.log", Samples.bytes("fortigate-traffic.log"))), "fortigate", APRIL_2027);

        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.FLOW_VIOLATION);
            assertThat(f.from()).isEqualTo("mynumber");
            assertThat(f.to()).isEqualTo("lgwan");
            assertThat(f.message()).contains("EX-1", "期限");
        });
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.EXPIRED_EXCEPTION);
            assertThat(f.rule()).isEqualTo("EX-1");
            assertThat(f.count()).isEqualTo(1);
        });
    }

    @Test
    void aMillionRecordsOfOneForbiddenFlowGiveOneFindingWithAHundredSamples() throws IOException {
        int n = 1_000_000;
        FlowAudit audit = FlowAudit.start(model(), TOKYO);
        audit.read("generated.csv", new GeneratedCsv(n), FlowFormat.CSV);
        Report report = audit.report();

        assertThat(report.linesRead()).isEqualTo(n);
        assertThat(report.linesUnderstood()).isEqualTo(n);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.FLOW_VIOLATION);
            assertThat(f.count()).isEqualTo(n);
            assertThat(f.flow().bytes()).isEqualTo(100L * n);
            assertThat(f.flow().samples()).hasSize(100);
        });
    }

    @Test
    void theGroupLimitFoldsFurtherServicesIntoOneGroupPerZonePair() {
        FlowAudit audit = FlowAudit.start(model(), TOKYO, 3);
        audit.source("pushed", FlowFormat.CSV);
        FlowRecord r = new FlowRecord();
        for (int port = 1; port <= 10; port++) {
            audit.accept(r.clear()
                    .source("10.10.1.1")
                    .destination("10.30.1.1")
                    .service(6, 40000, port)
                    .volume(10, 1));
        }
        Report report = audit.report();

        assertThat(report.findings()).hasSize(4);
        assertThat(report.findings().get(0).count()).isEqualTo(7);
        assertThat(report.findings().get(0).message()).contains("上限");
        assertThat(report.findings()).extracting(Finding::count).containsExactly(7L, 1L, 1L, 1L);
    }

    @Test
    void ipv6FlowsAreJudgedToo() {
        FlowAudit audit = FlowAudit.start(model(), TOKYO);
        audit.source("pushed", FlowFormat.CSV);
        audit.accept(new FlowRecord()
                .source("10.10.1.1")
                .destination("2001:db8::1")
                .service(6, 1, 443)
                .action(FlowAction.PERMITTED));
        audit.accept(new FlowRecord()
                .source("2001:db8::2")
                .destination("2001:db8::1")
                .service(17, 1, 53));

        assertThat(audit.report().findings())
                .singleElement()
                .satisfies(f -> assertThat(f.to()).isEqualTo("outside"));
    }

    @Test
    void gzipFilesAreReadAndUnknownFormatsAndMissingFilesAreFormatErrors() throws IOException {
        Path gz = dir.resolve("flows.csv.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Samples.bytes("flows.csv"));
        }
        assertThat(FlowAudit.run(model(), List.of(gz), "csv", NOV_26).linesUnderstood())
                .isEqualTo(7);

        assertThatThrownBy(() -> FlowAudit.run(model(), List.of(gz), "sflow", NOV_26))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("netflow5");
        assertThatThrownBy(() -> FlowAudit.run(model(), List.of(dir.resolve("none.csv")), "csv", NOV_26))
                .isInstanceOf(FlowFormatException.class)
                .hasMessageContaining("ファイルがありません");
    }

    @Test
    void theAuditAgreesWithTheModelJudgingEveryPacketOneByOne() {
        for (Clock clock : List.of(NOV_26, APRIL_2027)) {
            ZoneModel m = model().withClock(clock);
            java.util.Random random = new java.util.Random(clock.millis());
            String[] hosts = {
                "10.10.1.5",
                "10.10.7.7",
                "10.20.9.9",
                "10.20.1.1",
                "10.30.5.10",
                "10.30.7.7",
                "172.16.3.3",
                "203.0.113.9",
                "2001:db8::1"
            };
            int[] ports = {25, 80, 443, 445, 3389};
            FlowAudit audit = FlowAudit.start(m, TOKYO);
            audit.source("random", FlowFormat.CSV);
            long expected = 0;
            for (int i = 0; i < 20_000; i++) {
                String src = hosts[random.nextInt(hosts.length)];
                String dst = hosts[random.nextInt(hosts.length)];
                int proto = random.nextInt(5) == 0 ? 17 : 6;
                int port = ports[random.nextInt(ports.length)];
                FlowRecord r = new FlowRecord().source(src).destination(dst).service(proto, 40000, port);
                if (m.judge(r.sourceAddress(), r.auditedDestinationAddress(), proto, port)
                        .isViolation()) {
                    expected++;
                }
                audit.accept(r);
            }
            long counted = audit.report().findings().stream()
                    .filter(f -> f.kind() == Kind.FLOW_VIOLATION)
                    .mapToLong(Finding::count)
                    .sum();
            assertThat(counted).as("clock %s", clock).isEqualTo(expected);
        }
    }

    /** A CSV log produced on the fly, so a million lines never sit in memory. */
    static final class GeneratedCsv extends InputStream {
        private final int lines;
        private int line;
        private byte[] current = new byte[0];
        private int pos;

        GeneratedCsv(int lines) {
            this.lines = lines;
        }

        private boolean fill() {
            if (line >= lines) {
                return false;
            }
            int host = line % 65_000;
            current = ("2026-11-20T09:00:00+09:00,10.10." + (host >> 8) + "." + (host & 255)
                            + ",10.30.9.80,tcp,40000,443,100,1,permit,fw-core,45\n")
                    .getBytes(StandardCharsets.US_ASCII);
            pos = 0;
            line++;
            return true;
        }

        @Override
        public int read() {
            if (pos >= current.length && !fill()) {
                return -1;
            }
            return current[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                if (pos >= current.length && !fill()) {
                    break;
                }
                int k = Math.min(len - n, current.length - pos);
                System.arraycopy(current, pos, b, off + n, k);
                pos += k;
                n += k;
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }
}
