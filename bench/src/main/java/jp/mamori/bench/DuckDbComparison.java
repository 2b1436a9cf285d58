package jp.mamori.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mamori.netcheck.flow.FlowAudit;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.zone.Access;
import jp.mamori.netcheck.zone.Relay;
import jp.mamori.netcheck.zone.ZoneLookup;
import jp.mamori.netcheck.zone.ZoneModel;

/**
 * The same CSV flow classification done side by side by netcheck ({@link FlowAudit}) and by DuckDB
 * (an SQL range join of the flows against the zone intervals, then the policy cells, relays and
 * allowed services as tables), on one generated file. Prints the time of each (best of three after
 * one warm-up run), the flows per second, the ratio, and checks both found the same number of
 * forbidden flows. Exceptions are not expressed in SQL; the generated flows never touch one.
 *
 * <p>Usage: {@code java -cp benchmarks.jar jp.mamori.bench.DuckDbComparison [rows] [duckdbThreads]}
 */
public final class DuckDbComparison {
    private DuckDbComparison() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path dir = Files.createTempDirectory("netcheck-duckdb");
        Path csv = dir.resolve("flows.csv");
        Files.writeString(csv, BenchData.csv(rows, 5), StandardCharsets.US_ASCII);
        ZoneModel model = BenchData.model();
        try {
            long[] netcheck = new long[4];
            long netcheckForbidden = 0;
            for (int i = 0; i < netcheck.length; i++) {
                long t = System.nanoTime();
                Report report = FlowAudit.run(model, List.of(csv), "csv", BenchData.CLOCK);
                netcheck[i] = System.nanoTime() - t;
                netcheckForbidden = report.findings().stream()
                        .filter(f -> f.kind() == Finding.Kind.FLOW_VIOLATION)
                        .mapToLong(Finding::count)
                        .sum();
            }
            long[] duck = new long[4];
            long duckForbidden = 0;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET threads = " + threads);
                }
                load(c, model);
                for (int i = 0; i < duck.length; i++) {
                    long t = System.nanoTime();
                    duckForbidden = classify(c, csv);
                    duck[i] = System.nanoTime() - t;
                }
            }
            double n = best(netcheck) / 1e9;
            double d = best(duck) / 1e9;
            System.out.printf(
                    Locale.ROOT, "rows=%d, file=%.1f MB, duckdb threads=%d%n", rows, Files.size(csv) / 1e6, threads);
            System.out.printf(
                    Locale.ROOT,
                    "netcheck: %.3f s (%.2f M flows/s), forbidden flows %d%n",
                    n,
                    rows / n / 1e6,
                    netcheckForbidden);
            System.out.printf(
                    Locale.ROOT,
                    "duckdb:   %.3f s (%.2f M flows/s), forbidden flows %d%n",
                    d,
                    rows / d / 1e6,
                    duckForbidden);
            System.out.printf(Locale.ROOT, "ratio duckdb/netcheck time: %.2f%n", d / n);
            if (netcheckForbidden != duckForbidden) {
                System.out.println("MISMATCH: the two counts differ");
                System.exit(3);
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }

    private static long best(long[] times) {
        return Arrays.stream(times).skip(1).min().orElseThrow();
    }

    /** The zone model as tables: flattened IPv4 intervals, a cell per zone pair, services, relays. */
    private static void load(Connection c, ZoneModel model) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE intervals(lo BIGINT, hi BIGINT, zone VARCHAR)");
            s.execute("CREATE TABLE cells(from_zone VARCHAR, to_zone VARCHAR, access VARCHAR)");
            s.execute("CREATE TABLE allowed(from_zone VARCHAR, to_zone VARCHAR, proto INTEGER, port_lo INTEGER,"
                    + " port_hi INTEGER)");
            s.execute("CREATE TABLE relays(lo BIGINT, hi BIGINT, from_zone VARCHAR, to_zone VARCHAR, proto INTEGER,"
                    + " port_lo INTEGER, port_hi INTEGER)");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO intervals VALUES (?, ?, ?)")) {
            for (ZoneLookup.Interval iv : model.lookup().intervals()) {
                long[] v4 = v4(iv.first(), iv.last());
                if (iv.zone() >= 0 && v4 != null) {
                    p.setLong(1, v4[0]);
                    p.setLong(2, v4[1]);
                    p.setString(3, model.zones().get(iv.zone()).id());
                    p.execute();
                }
            }
        }
        int zones = model.zones().size();
        try (PreparedStatement cell = c.prepareStatement("INSERT INTO cells VALUES (?, ?, ?)");
                PreparedStatement allowed = c.prepareStatement("INSERT INTO allowed VALUES (?, ?, ?, ?, ?)");
                PreparedStatement relay = c.prepareStatement("INSERT INTO relays VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int f = 0; f < zones; f++) {
                for (int t = 0; t < zones; t++) {
                    String from = model.zones().get(f).id();
                    String to = model.zones().get(t).id();
                    Access a = model.cellFor(f, t).access();
                    String kind = f == t || a instanceof Access.Allow
                            ? "allow"
                            : a instanceof Access.AllowOnly
                                    ? "allow-only"
                                    : a instanceof Access.ViaRelay ? "via-relay" : "deny";
                    cell.setString(1, from);
                    cell.setString(2, to);
                    cell.setString(3, kind);
                    cell.execute();
                    if (a instanceof Access.AllowOnly only) {
                        for (Service sv : only.services().services()) {
                            allowed.setString(1, from);
                            allowed.setString(2, to);
                            allowed.setInt(3, sv.protocol());
                            allowed.setInt(4, sv.portFrom());
                            allowed.setInt(5, sv.portTo());
                            allowed.execute();
                        }
                    }
                    for (Relay r : model.relaysFor(f, t)) {
                        for (AddressSet.Range range : r.addresses().ranges()) {
                            long[] v4 = v4(range.first(), range.last());
                            for (Service sv : r.services().services()) {
                                if (v4 == null) {
                                    continue;
                                }
                                relay.setLong(1, v4[0]);
                                relay.setLong(2, v4[1]);
                                relay.setString(3, from);
                                relay.setString(4, to);
                                relay.setInt(5, sv.protocol());
                                relay.setInt(6, sv.portFrom());
                                relay.setInt(7, sv.portTo());
                                relay.execute();
                            }
                        }
                    }
                }
            }
        }
    }

    private static long[] v4(BigInteger first, BigInteger last) {
        if (last.compareTo(Ip.V4_BASE) < 0 || first.compareTo(Ip.V4_LAST) > 0) {
            return null;
        }
        return new long[] {
            first.max(Ip.V4_BASE).subtract(Ip.V4_BASE).longValueExact(),
            last.min(Ip.V4_LAST).subtract(Ip.V4_BASE).longValueExact()
        };
    }

    private static final String IP = "(split_part(%1$s, '.', 1)::BIGINT * 16777216 + split_part(%1$s, '.', 2)::BIGINT"
            + " * 65536 + split_part(%1$s, '.', 3)::BIGINT * 256 + split_part(%1$s, '.', 4)::BIGINT)";

    /**
     * Zones by range join, the cell by equi-join, then the same findings grouping as netcheck; returns
     * the number of forbidden flows.
     */
    private static long classify(Connection c, Path csv) throws SQLException {
        String sql = """
                WITH f AS (
                  SELECT time, %s AS s, %s AS d,
                         CASE proto WHEN 'tcp' THEN 6 WHEN 'udp' THEN 17 WHEN 'icmp' THEN 1 ELSE -1 END AS p,
                         dst_port, bytes, action, device, rule
                  FROM read_csv('%s', header = true, columns = {
                    'time': 'BIGINT', 'src': 'VARCHAR', 'dst': 'VARCHAR', 'proto': 'VARCHAR', 'src_port': 'INTEGER',
                    'dst_port': 'INTEGER', 'bytes': 'BIGINT', 'packets': 'BIGINT', 'action': 'VARCHAR',
                    'device': 'VARCHAR', 'rule': 'VARCHAR'})
                ),
                z AS (
                  SELECT f.*, a.zone AS zf, b.zone AS zt
                  FROM f JOIN intervals a ON f.s BETWEEN a.lo AND a.hi
                         JOIN intervals b ON f.d BETWEEN b.lo AND b.hi
                ),
                j AS (
                  SELECT z.*, c.access FROM z JOIN cells c ON c.from_zone = z.zf AND c.to_zone = z.zt
                  WHERE c.access <> 'allow'
                ),
                forbidden AS (
                  SELECT * FROM j
                  WHERE access = 'deny'
                     OR (access = 'allow-only' AND NOT EXISTS (
                          SELECT 1 FROM allowed a WHERE a.from_zone = j.zf AND a.to_zone = j.zt
                            AND (a.proto = -1 OR a.proto = j.p) AND j.dst_port BETWEEN a.port_lo AND a.port_hi))
                     OR (access = 'via-relay' AND NOT EXISTS (
                          SELECT 1 FROM relays r WHERE r.from_zone = j.zf AND r.to_zone = j.zt AND j.s BETWEEN r.lo AND r.hi
                            AND (r.proto = -1 OR r.proto = j.p) AND j.dst_port BETWEEN r.port_lo AND r.port_hi))
                )
                SELECT zf, zt, p, dst_port, device, rule, count(*) AS n, sum(bytes), min(time), max(time)
                FROM forbidden
                GROUP BY ALL
                """.formatted(
                        IP.formatted("src"), IP.formatted("dst"), csv.toString().replace("'", "''"));
        long total = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                total += rs.getLong("n");
            }
        }
        return total;
    }
}
