package jp.mamori.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.zone.ZoneModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule analysis of 10,000 generated rules in one filter against a 10-zone model, in a JVM limited
 * to a 1 GB heap; target ≤ 5 s. Single shot: the time of one whole analysis, as a user waits for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RuleAnalysisBench {
    static final int RULES = 10_000;
    static final int ZONES = 10;

    private ZoneModel model;
    private RuleSet rules;

    /** Ten zones of two networks each; cells of every access kind, and a relay. */
    static String tenZoneModel() {
        StringBuilder y = new StringBuilder("default: deny\nzones:\n");
        for (int z = 0; z < ZONES; z++) {
            y.append("  - {id: z")
                    .append(z)
                    .append(", kind: OTHER, networks: [10.")
                    .append(z * 10)
                    .append(".0.0/16, 172.16.")
                    .append(z * 16)
                    .append(".0/20]}\n");
        }
        y.append("  - {id: outside, kind: EXTERNAL, networks: [0.0.0.0/0]}\n");
        y.append("relays:\n  - {id: relay, method: FILE_SANITIZE, addresses: [10.20.5.10], from: z2, to: z3,"
                + " services: [tcp/443]}\npolicy:\n");
        y.append("  - {from: z0, to: \"*\", access: deny, severity: critical}\n");
        y.append("  - {from: \"*\", to: z0, access: deny, severity: critical}\n");
        y.append("  - {from: z2, to: z3, access: via-relay, severity: high}\n");
        for (int z = 1; z < ZONES; z++) {
            y.append("  - {from: z")
                    .append(z)
                    .append(", to: outside, access: allow-only, services: [tcp/80, tcp/443,"
                            + " udp/53], severity: medium}\n");
            y.append("  - {from: z")
                    .append(z)
                    .append(", to: z")
                    .append((z + 1) % (ZONES - 1) + 1)
                    .append(", access: allow}\n");
        }
        return y.toString();
    }

    static RuleSet generatedRules(long seed) {
        Random r = new Random(seed);
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < RULES; i++) {
            Action action = r.nextInt(5) == 0 ? Action.DENY : Action.PERMIT;
            ServiceSet services = switch (r.nextInt(4)) {
                case 0 -> ServiceSet.of(Service.tcp(443, 443));
                case 1 -> ServiceSet.of(Service.tcp(1024 + r.nextInt(1000), 3000 + r.nextInt(60000)));
                case 2 -> ServiceSet.of(Service.udp(53, 53), Service.tcp(53, 53));
                default -> r.nextInt(20) == 0 ? ServiceSet.ANY : ServiceSet.of(Service.tcp(1 + r.nextInt(1024), 1024));
            };
            out.add(new Rule(
                    "fw-bench",
                    "policy",
                    Integer.toString(i + 1),
                    action,
                    addresses(r),
                    addresses(r),
                    services,
                    List.of(),
                    List.of(),
                    r.nextInt(50) != 0,
                    "bench.conf",
                    i + 1));
        }
        return new RuleSet("fw-bench", "policy", out, Action.DENY);
    }

    private static AddressSet addresses(Random r) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return AddressSet.ANY_V4;
        }
        int zone = r.nextInt(ZONES);
        if (kind < 4) {
            return AddressSet.of("10." + zone * 10 + ".0.0/16");
        }
        if (kind < 8) {
            return AddressSet.of("10." + zone * 10 + "." + r.nextInt(256) + ".0/24");
        }
        return AddressSet.of(
                "10." + zone * 10 + "." + r.nextInt(256) + "." + r.nextInt(256), "203.0." + r.nextInt(256) + ".0/24");
    }

    @Setup
    public void setUp() {
        model = ZoneModel.parse("ten-zones.yaml", tenZoneModel(), BenchData.CLOCK);
        rules = generatedRules(3);
    }

    @Benchmark
    public List<Finding> analyse() {
        return new RuleAnalysis(model, Messages.japanese()).analyze(rules);
    }

    /** One run outside JMH: prints the time and the number of findings. */
    public static void main(String[] args) {
        RuleAnalysisBench b = new RuleAnalysisBench();
        b.setUp();
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            int n = b.analyse().size();
            System.out.printf("%d rules: %d findings in %.2f s%n", RULES, n, (System.nanoTime() - t) / 1e9);
        }
    }
}
