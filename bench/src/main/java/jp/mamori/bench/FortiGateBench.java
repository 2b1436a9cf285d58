package jp.mamori.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import jp.mamori.netcheck.flow.FlowAudit;
import jp.mamori.netcheck.flow.FlowFormat;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.zone.ZoneModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * FortiGate traffic log lines per second on one thread, target ≥ 300,000: 50,000 generated
 * FortiOS 7-style forward-traffic lines (about 640 bytes each) held in memory, parsed, classified,
 * judged and grouped. One op = one line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FortiGateBench {
    static final int LINES = 50_000;

    private byte[] data;
    private ZoneModel model;

    @Setup
    public void setUp() {
        data = BenchData.fortigate(LINES, 11);
        model = BenchData.model();
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public Report audit() throws IOException {
        FlowAudit audit = FlowAudit.start(model, BenchData.TOKYO);
        audit.read("bench.log", new ByteArrayInputStream(data), FlowFormat.FORTIGATE);
        return audit.report();
    }

    /** Bytes per line, for turning lines/s into MB/s in the results. */
    public static void main(String[] args) {
        System.out.println((double) BenchData.fortigate(LINES, 11).length / LINES);
    }
}
