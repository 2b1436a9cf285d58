package jp.mamori.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import jp.mamori.netcheck.flow.FlowAudit;
import jp.mamori.netcheck.flow.FlowFormat;
import jp.mamori.netcheck.zone.ZoneModel;

/**
 * Records per second of the flow audit measured in thread CPU time as well as wall time. On a
 * shared machine wall time counts the time other processes hold the core; CPU time does not, so
 * the two together show how much of a JMH figure is load. Not a replacement for JMH: no forks,
 * a plain warm-up loop.
 *
 * <p>Usage: {@code java -cp benchmarks.jar jp.mamori.bench.CpuTimeProbe}
 */
public final class CpuTimeProbe {
    private CpuTimeProbe() {}

    public static void main(String[] args) throws Exception {
        ZoneModel model = BenchData.model();
        probe("netflow5", FlowFormat.NETFLOW5, BenchData.netflow5(300_000, 7), 300_000, model);
        probe("fortigate", FlowFormat.FORTIGATE, BenchData.fortigate(50_000, 11), 50_000, model);
    }

    private static void probe(String name, FlowFormat format, byte[] data, int records, ZoneModel model)
            throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 15; i++) {
            run(format, data, model);
        }
        int reps = 10;
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            run(format, data, model);
        }
        double cpuS = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallS = (System.nanoTime() - wall) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %.0f records/s by CPU time, %.0f records/s by wall time%n",
                name,
                reps * (double) records / cpuS,
                reps * (double) records / wallS);
    }

    private static void run(FlowFormat format, byte[] data, ZoneModel model) throws Exception {
        FlowAudit audit = FlowAudit.start(model, BenchData.TOKYO);
        audit.read("probe", new ByteArrayInputStream(data), format);
        audit.report();
    }
}
