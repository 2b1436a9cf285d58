package jp.mamori.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.zone.Zone;
import jp.mamori.netcheck.zone.ZoneKind;
import jp.mamori.netcheck.zone.ZoneLookup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of one IPv4 zone lookup (longest prefix), target ≤ 50 ns: on the four-zone model,
 * and on ten zones of 1,000 random prefixes each (/8 to /30, overlapping), looking up random
 * addresses so the branch predictor cannot learn a pattern.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ZoneLookupBench {
    @Param({"model", "10000"})
    public String prefixes;

    private ZoneLookup lookup;
    private final int[] addresses = new int[1 << 16];
    private int next;

    @Setup
    public void setUp() {
        Random r = new Random(42);
        if (prefixes.equals("model")) {
            lookup = BenchData.model().lookup();
            for (int i = 0; i < addresses.length; i++) {
                addresses[i] = BenchData.addr(10, 10 * (1 + r.nextInt(3)), r.nextInt(256), r.nextInt(256));
                if (r.nextInt(4) == 0) {
                    addresses[i] = r.nextInt();
                }
            }
            return;
        }
        int total = Integer.parseInt(prefixes);
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z < 10; z++) {
            List<AddressSet.Range> nets = new ArrayList<>();
            for (int k = 0; k < total / 10; k++) {
                int len = 8 + r.nextInt(23);
                int base = r.nextInt() & (int) (0xffffffffL << (32 - len));
                nets.add(AddressSet.parseRange(BenchData.dotted(base) + "/" + len));
            }
            zones.add(new Zone("z" + z, ZoneKind.OTHER, null, nets, z + 1));
        }
        lookup = ZoneLookup.of(zones);
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = r.nextInt();
        }
    }

    @Benchmark
    public int lookupV4() {
        return lookup.zoneIndexOfV4(addresses[next++ & (addresses.length - 1)]);
    }
}
