package jp.mamori.asset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small workbooks in memory for the ledger tests. */
final class LedgerWorkbooks {
    private LedgerWorkbooks() {}

    /** The standard ledger header, column by column: what the export writes and the import reads first. */
    static final List<String> STANDARD_HEADER = List.of(
            "管理番号",
            "資産名",
            "資産区分",
            "概要",
            "管理部署",
            "管理者",
            "保管場所",
            "形態",
            "ネットワーク区分",
            "機密性",
            "完全性",
            "可用性",
            "取扱制限",
            "個人情報",
            "要配慮個人情報",
            "特定個人情報",
            "件数",
            "保存期間",
            "次回見直し日",
            "状態",
            "備考");

    static byte[] xlsx(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook of one sheet whose rows are given as text cells from column A (null = no cell). */
    static byte[] rows(List<List<String>> rows) {
        return xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("台帳");
            put(sheet, 0, rows);
        });
    }

    static void put(Sheet sheet, int firstRow, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(firstRow + r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
    }

    /**
     * A copy of the workbook in which the first sheet's XML carries {@code padding} bytes of white
     * space before its end: compresses to almost nothing, which is what a zip bomb looks like.
     */
    static byte[] withPaddedSheet(byte[] xlsx, int padding) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[64 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the workbook with one text replaced in one part (for hand-written XML the API cannot make). */
    static byte[] replaceInPart(byte[] xlsx, String part, String text, String replacement) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    if (!xml.contains(text)) {
                        throw new IllegalArgumentException(part + " does not contain " + text + ": " + xml);
                    }
                    data = xml.replace(text, replacement).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
