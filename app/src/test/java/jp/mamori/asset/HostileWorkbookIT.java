package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 3: a ledger of 50,000 rows — the documented limit — used to run the command line
 * out of memory at 512 MB (and exit 1, as if rows had errors). Here {@code mamori assets import
 * --dry-run} runs in its own JVM with a 256 MB heap: the file is read to the end and every row is
 * checked (exit 1: the units are unknown in the fresh database), and one row more is refused with
 * exit 2 and a Japanese message naming the limit.
 */
class HostileWorkbookIT {
    @TempDir
    Path dir;

    @Test
    void fifty_thousand_rows_are_checked_within_a_256_mb_heap() throws Exception {
        Path ledger = ledger(LedgerReader.MAX_ROWS - 1); // plus the header row: exactly the limit
        Result result = importInSmallHeap(ledger);
        assertThat(result.err()).doesNotContain("OutOfMemoryError");
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("\"rows\":" + (LedgerReader.MAX_ROWS - 1));
    }

    @Test
    void one_row_over_the_limit_is_refused_with_exit_2() throws Exception {
        Path ledger = ledger(LedgerReader.MAX_ROWS);
        Result result = importInSmallHeap(ledger);
        assertThat(result.exit()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("行が多すぎます").contains("50000");
        assertThat(result.out()).doesNotContain("\"rows\"");
    }

    private record Result(int exit, String out, String err) {}

    private Result importInSmallHeap(Path ledger) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "jp.mamori.Mamori",
                "assets",
                "import",
                ledger.toString(),
                "--dry-run",
                "--format",
                "json",
                "--data",
                dir.resolve("data").toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the import did not finish in five minutes");
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A ledger in the standard layout: a header row and {@code rows} rows with every column filled. */
    private Path ledger(int rows) throws IOException {
        Path file = dir.resolve("hostile-" + rows + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("台帳");
            Row header = sheet.createRow(0);
            for (LedgerColumn c : LedgerColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(1 + i);
                String[] values = {
                    "",
                    "情報資産 " + i,
                    "②",
                    "架空市の業務で使う資産 " + i + " の概要（検証用）",
                    "架空課" + (i % 40),
                    "担当係長",
                    "書庫" + (i % 7),
                    "電子",
                    "LGWAN系",
                    "2",
                    "2",
                    "1",
                    "複製禁止",
                    "有",
                    "無",
                    "無",
                    Integer.toString(i),
                    "5年",
                    "R8.3.31",
                    "使用中",
                    "",
                    "課員",
                    "備考 " + i
                };
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
