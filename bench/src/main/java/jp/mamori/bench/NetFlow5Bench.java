package jp.mamori.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import jp.mamori.netcheck.flow.FlowAudit;
import jp.mamori.netcheck.flow.FlowFormat;
import jp.mamori.netcheck.flow.FlowRecord;
import jp.mamori.netcheck.flow.FlowSink;
import jp.mamori.netcheck.model.Unsupported;
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
 * NetFlow v5 records per second on one thread, target ≥ 5 million: decoding 300,000 records of
 * generated export datagrams held in memory, with ({@code audit}) and without ({@code decodeOnly})
 * zone classification, policy judgement and grouping. One op = one record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NetFlow5Bench {
    static final int RECORDS = 300_000;

    private byte[] data;
    private ZoneModel model;

    @Setup
    public void setUp() {
        data = BenchData.netflow5(RECORDS, 7);
        model = BenchData.model();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public Report audit() throws IOException {
        FlowAudit audit = FlowAudit.start(model, BenchData.TOKYO);
        audit.read("bench.nf5", new ByteArrayInputStream(data), FlowFormat.NETFLOW5);
        return audit.report();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long decodeOnly() throws IOException {
        Counter c = new Counter();
        FlowFormat.NETFLOW5.newReader(BenchData.TOKYO).read("bench.nf5", new ByteArrayInputStream(data), c);
        return c.sum;
    }

    /** Consumes every field so the decoder's work cannot be optimised away. */
    static final class Counter implements FlowSink {
        long sum;

        @Override
        public void flow(FlowRecord r) {
            sum += r.sourceLow() ^ r.auditedDestinationLow() ^ r.destinationPort() ^ r.bytes() ^ r.startMillis();
        }

        @Override
        public void unsupported(Unsupported entry) {
            sum++;
        }
    }
}
