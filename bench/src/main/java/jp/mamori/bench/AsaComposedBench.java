package jp.mamori.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.importer.Vendor;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.testing.ThreeZones;
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
 * A large composed Cisco ASA rule set, read and checked end to end: four interfaces (the three
 * zones and outside, mapped in the shared zone model), an inbound ACL on each of them and an
 * outbound ACL on two, whose entries name network and service object-groups. On the ASA each such
 * entry expands to |source group| × |destination group| × |service group| elements; netcheck keeps
 * one rule per entry and composes the inbound and outbound lists into one path rule set per
 * interface pair. Single shot: the time of one import plus analysis, as a user waits for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AsaComposedBench {
    /** Interfaces as nameif, zone id and a network of that zone to draw hosts from. */
    static final String[][] INTERFACES = {
        {"mynumber", "100", "10.10"}, {"lgwan", "80", "10.20"}, {"internet", "50", "10.30"}, {"outside", "0", "203.0"}
    };

    static final int GROUPS_PER_ZONE = 60;
    static final int HOSTS_PER_GROUP = 20;
    static final int PORTS_PER_GROUP = 8;
    static final int SERVICE_GROUPS = 40;
    static final int INBOUND_ACES = 600;
    static final int OUTBOUND_ACES = 40;

    private ZoneModel model;
    private String config;

    /** The configuration text; {@code expanded[0]} receives the number of ASA elements the ACEs expand to. */
    static String config(long seed, long[] expanded) {
        Random r = new Random(seed);
        StringBuilder c = new StringBuilder("hostname asa-bench\n");
        for (int i = 0; i < INTERFACES.length; i++) {
            String[] f = INTERFACES[i];
            c.append("interface GigabitEthernet0/").append(i).append('\n');
            c.append(" nameif ").append(f[0]).append('\n');
            c.append(" security-level ").append(f[1]).append('\n');
        }
        for (String[] f : INTERFACES) {
            for (int g = 0; g < GROUPS_PER_ZONE; g++) {
                c.append("object-group network NG-")
                        .append(f[0])
                        .append('-')
                        .append(g)
                        .append('\n');
                for (int h = 0; h < HOSTS_PER_GROUP - 1; h++) {
                    c.append(" network-object host ").append(host(f[2], r)).append('\n');
                }
                c.append(" network-object ")
                        .append(f[2])
                        .append('.')
                        .append(r.nextInt(256))
                        .append(".0 255.255.255.0\n");
            }
        }
        for (int s = 0; s < SERVICE_GROUPS; s++) {
            c.append("object-group service SG-").append(s).append(" tcp\n");
            for (int p = 0; p < PORTS_PER_GROUP; p++) {
                c.append(" port-object eq ").append(1 + r.nextInt(9999)).append('\n');
            }
        }
        long elements = 0;
        for (String[] in : INTERFACES) {
            String acl = in[0].toUpperCase() + "_IN";
            for (int a = 0; a < INBOUND_ACES; a++) {
                String[] to = INTERFACES[r.nextInt(INTERFACES.length)];
                boolean deny = r.nextInt(8) == 0;
                c.append("access-list ")
                        .append(acl)
                        .append(" extended ")
                        .append(deny ? "deny" : "permit")
                        .append(" tcp object-group NG-")
                        .append(in[0])
                        .append('-')
                        .append(r.nextInt(GROUPS_PER_ZONE))
                        .append(" object-group NG-")
                        .append(to[0])
                        .append('-')
                        .append(r.nextInt(GROUPS_PER_ZONE))
                        .append(" object-group SG-")
                        .append(r.nextInt(SERVICE_GROUPS))
                        .append('\n');
                elements += (long) HOSTS_PER_GROUP * HOSTS_PER_GROUP * PORTS_PER_GROUP;
            }
            c.append("access-list ").append(acl).append(" extended deny ip any any\n");
            elements++;
            c.append("access-group ")
                    .append(acl)
                    .append(" in interface ")
                    .append(in[0])
                    .append('\n');
        }
        for (String out : new String[] {"mynumber", "lgwan"}) {
            String acl = out.toUpperCase() + "_OUT";
            for (int a = 0; a < OUTBOUND_ACES; a++) {
                String[] from = INTERFACES[r.nextInt(INTERFACES.length)];
                c.append("access-list ")
                        .append(acl)
                        .append(" extended permit tcp object-group NG-")
                        .append(from[0])
                        .append('-')
                        .append(r.nextInt(GROUPS_PER_ZONE))
                        .append(" object-group NG-")
                        .append(out)
                        .append('-')
                        .append(r.nextInt(GROUPS_PER_ZONE))
                        .append(" object-group SG-")
                        .append(r.nextInt(SERVICE_GROUPS))
                        .append('\n');
                elements += (long) HOSTS_PER_GROUP * HOSTS_PER_GROUP * PORTS_PER_GROUP;
            }
            c.append("access-group ")
                    .append(acl)
                    .append(" out interface ")
                    .append(out)
                    .append('\n');
        }
        expanded[0] = elements;
        return c.toString();
    }

    private static String host(String prefix, Random r) {
        return prefix + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static ZoneModel model() {
        return ThreeZones.withInterfaces(
                "asa-bench: {mynumber: mynumber, lgwan: lgwan, internet: internet, outside: outside}");
    }

    @Setup
    public void setUp() {
        model = model();
        config = config(7, new long[1]);
    }

    @Benchmark
    public Report importAndAnalyse() {
        ImportResult imported = Vendor.ASA.importer().read("asa-bench.cfg", config, null);
        return new RuleAnalysis(model, Messages.japanese()).report(imported);
    }

    /** One run outside JMH: prints the sizes, the times and the findings. */
    public static void main(String[] args) {
        long[] expanded = new long[1];
        String text = config(7, expanded);
        ZoneModel m = model();
        for (int run = 0; run < 2; run++) {
            long t0 = System.nanoTime();
            ImportResult imported = Vendor.ASA.importer().read("asa-bench.cfg", text, null);
            long t1 = System.nanoTime();
            Report report = new RuleAnalysis(m, Messages.japanese()).report(imported);
            long t2 = System.nanoTime();
            long pathRules = imported.ruleSets().stream()
                    .filter(s -> s.filter().contains("→"))
                    .mapToLong(s -> s.rules().size())
                    .sum();
            int lines = (int) text.lines().count();
            System.out.printf(
                    "run %d: %,d lines, %,d ACEs expanding to %,d ASA elements, %d rule sets (%,d path rules);"
                            + " import %.2f s, analysis %.2f s; %,d findings (%,d violations), %.1f %% understood%n",
                    run + 1,
                    lines,
                    INTERFACES.length * (INBOUND_ACES + 1) + 2 * OUTBOUND_ACES,
                    expanded[0],
                    imported.ruleSets().size(),
                    pathRules,
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    report.findings().size(),
                    report.violations(),
                    100.0 * imported.understoodShare());
            for (RuleSet s : imported.ruleSets()) {
                if (run == 0 && s.filter().contains("→")) {
                    System.out.printf("  %s: %,d rules%n", s.filter(), s.rules().size());
                }
            }
        }
    }
}
