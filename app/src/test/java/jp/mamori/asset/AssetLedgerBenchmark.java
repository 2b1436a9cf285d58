package jp.mamori.asset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.testing.DatabaseBenchmark;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timing of the Excel import and export with 10,000 assets (issue 3: import under 10 s, export
 * under 5 s). Not part of the test run (the name matches no surefire pattern); run it with
 *
 * <pre>./mvnw -B -pl app test -Dtest=AssetLedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * on H2, add {@code -Dbench.db=postgres} for the embedded PostgreSQL ({@link DatabaseBenchmark}), or run
 * {@code scripts/bench-db.sh} for both side by side.
 *
 * It prints one line per step and writes them to app/target/ledger-benchmark.txt. A warm-up round
 * of 1,000 rows runs first; the measured round is a fresh 10,000-row ledger of new assets in 20 units
 * with values typed in the mixed forms of the realistic fixture.
 */
class AssetLedgerBenchmark extends DatabaseBenchmark {
    static final int ROWS = Integer.getInteger("ledger.rows", 10_000);

    @Autowired
    AssetImport importer;

    @Autowired
    AssetExport exporter;

    @Autowired
    JdbcClient jdbc;

    private final List<String> report = new ArrayList<>();

    @Test
    void import_and_export_ten_thousand_assets() throws Exception {
        round(1_000, false);
        round(ROWS, true);
        Path out = Path.of(
                "target", DATABASE.equals("h2") ? "ledger-benchmark.txt" : "ledger-benchmark-" + DATABASE + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private void round(int rows, boolean measured) throws Exception {
        AssetFixtures fx = new AssetFixtures(jdbc);
        long parent = fx.unit(AssetFixtures.unique("ベンチ部"), null);
        List<String> units = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            String name = AssetFixtures.unique("ベンチ課" + u + "-");
            fx.unit(name, parent);
            units.add(name);
        }
        long[] c = new long[7];
        c[0] = cpu();
        long t0 = System.nanoTime();
        byte[] ledger = ledger(rows, units);
        long t1 = System.nanoTime();
        c[1] = cpu();
        AssetImport.Outcome dry = run(ledger, true);
        long t2 = System.nanoTime();
        c[2] = cpu();
        AssetImport.Outcome real = run(ledger, false);
        long t3 = System.nanoTime();
        c[3] = cpu();
        byte[] exported = exporter.export(parent, false, id -> true);
        long t4 = System.nanoTime();
        c[4] = cpu();
        byte[] perUnit = exporter.export(parent, true, id -> true);
        long t5 = System.nanoTime();
        c[5] = cpu();
        AssetImport.Outcome again = run(exported, false);
        long t6 = System.nanoTime();
        c[6] = cpu();
        if (!dry.valid() || !real.written() || real.created() != rows || again.unchanged() != rows) {
            throw new AssertionError(
                    "unexpected outcome: dry " + dry.errors().stream().limit(3).toList() + ", real " + real.created()
                            + ", again " + again.unchanged());
        }
        if (measured) {
            line("rows: %,d; ledger %,d bytes; export %,d bytes (one sheet), %,d bytes (per unit)"
                    .formatted(rows, ledger.length, exported.length, perUnit.length));
            line("load average at the end: %s".formatted(loadAverage()));
            line("step | wall time | CPU time of the thread");
            line("generate the ledger (POI, test side) | %.2f s | %.2f s"
                    .formatted(seconds(t0, t1), seconds(c[0], c[1])));
            line("import, dry run (read + check every row) | %.2f s | %.2f s"
                    .formatted(seconds(t1, t2), seconds(c[1], c[2])));
            line("import, real (read + check + write %,d new assets, history, audit) | %.2f s | %.2f s"
                    .formatted(rows, seconds(t2, t3), seconds(c[2], c[3])));
            line("export, one sheet | %.2f s | %.2f s".formatted(seconds(t3, t4), seconds(c[3], c[4])));
            line("export, one sheet per unit (20 units) | %.2f s | %.2f s"
                    .formatted(seconds(t4, t5), seconds(c[4], c[5])));
            line("re-import of the export (%,d unchanged) | %.2f s | %.2f s"
                    .formatted(again.unchanged(), seconds(t5, t6), seconds(c[5], c[6])));
            String name = "Excel ledger, %,d assets".formatted(rows);
            figure(name, "import, dry run", both(t1, t2, c[1], c[2]));
            figure(name, "import, real (assets, history, audit)", both(t2, t3, c[2], c[3]));
            figure(name, "export, one sheet", both(t3, t4, c[3], c[4]));
            figure(name, "export, one sheet per unit (20 units)", both(t4, t5, c[4], c[5]));
            figure(name, "re-import of the export (all unchanged)", both(t5, t6, c[5], c[6]));
            figure(name, "load average (1 min) at the end", load());
        }
    }

    private static String both(long wallFrom, long wallTo, long cpuFrom, long cpuTo) {
        return "%.2f s (CPU %.2f s)".formatted(seconds(wallFrom, wallTo), seconds(cpuFrom, cpuTo));
    }

    private AssetImport.Outcome run(byte[] file, boolean dryRun) {
        AtomicReference<AssetImport.Outcome> outcome = new AtomicReference<>();
        TestUsers.runAs(AssetFixtures.ciso("bench"), () -> {
            try {
                outcome.set(importer.run(new AssetImport.Request(
                        "bench.xlsx",
                        file,
                        dryRun,
                        Map.of(),
                        AssetImport.UnitPermission.everyUnit(),
                        "bench",
                        Locale.JAPANESE)));
            } catch (LedgerUnreadableException e) {
                throw new AssertionError(e);
            }
        });
        return outcome.get();
    }

    private static final String[] KINDS = {"①", "2", "情報", "③"};
    private static final String[] FORMS = {"電子", "紙", "電子・紙"};
    private static final String[] ZONES = {"LGWAN系", "マイナンバー利用事務系", "インターネット接続系", "なし"};
    private static final String[] YES_NO = {"○", "×", "有", "無", "あり", "なし"};
    private static final String[] DATES = {"R7.3.31", "令和8年3月31日", "2026/9/30", "2027-03-31"};

    private static byte[] ledger(int rows, List<String> units) {
        return LedgerWorkbooks.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("台帳");
            sheet.createRow(0).createCell(0).setCellValue("情報資産管理台帳（ベンチマーク）");
            Row header = sheet.createRow(2);
            LedgerColumn[] columns = LedgerColumn.values();
            for (LedgerColumn c : columns) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(3 + i);
                int zone = i % ZONES.length;
                // the Internet zone takes no 機密性3 and no 特定個人情報, so the rows stay valid
                String confidentiality = zone == 2 ? "機密性1" : (i % 3 == 0 ? "３" : "2");
                String[] values = {
                    "",
                    "情報資産 " + i,
                    KINDS[i % KINDS.length],
                    "ベンチマーク用の資産 " + i + " の概要",
                    units.get(i % units.size()),
                    "担当係長",
                    "書庫" + (i % 7),
                    FORMS[i % FORMS.length],
                    ZONES[zone],
                    confidentiality,
                    i % 2 == 0 ? "2" : "1",
                    "1",
                    i % 5 == 0 ? "複製禁止、暗号化必須" : "",
                    YES_NO[i % YES_NO.length],
                    "無",
                    zone == 1 ? "有" : "無",
                    i % 4 == 0 ? "約1,200件" : Integer.toString(i),
                    "5年",
                    DATES[i % DATES.length],
                    "使用中",
                    "",
                    "課員",
                    ""
                };
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
        });
    }

    private void line(String text) {
        System.out.println("[ledger-benchmark] " + text);
        report.add(text);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
