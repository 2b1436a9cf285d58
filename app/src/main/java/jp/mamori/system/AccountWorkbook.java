package jp.mamori.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.Wareki;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * A system's accounts as an Excel workbook (one row per account, removed ones last): the list a
 * 管理者 takes to the yearly review or compares with the system itself. Column A holds the account
 * name, so the file is read back by the comparison as it is.
 */
final class AccountWorkbook {
    private static final String[] COLUMNS = {
        "accountName", "kind", "state", "holder", "holderNumber", "deputy", "validFrom", "validTo", "findings"
    };

    private AccountWorkbook() {}

    static byte[] write(
            String assetNumber, List<SystemAccounts.AccountView> accounts, MessageSource messages, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(assetNumber);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c).setCellValue(msg(messages, locale, "system.account.export." + COLUMNS[c]));
                sheet.setColumnWidth(c, (c == COLUMNS.length - 1 ? 40 : 16) * 256);
            }
            int r = 1;
            for (SystemAccounts.AccountView v : accounts) {
                SystemAccount a = v.account();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.accountName());
                row.createCell(1)
                        .setCellValue(msg(
                                messages,
                                locale,
                                "system.account.kind." + a.kind().name()));
                row.createCell(2).setCellValue(msg(messages, locale, a.state().messageKey()));
                row.createCell(3).setCellValue(v.holderName() == null ? "" : v.holderName());
                row.createCell(4).setCellValue(v.holderNumber() == null ? "" : v.holderNumber());
                row.createCell(5).setCellValue(v.deputyName() == null ? "" : v.deputyName());
                row.createCell(6).setCellValue(Wareki.format(a.validFrom(), locale));
                row.createCell(7).setCellValue(a.validTo() == null ? "" : Wareki.format(a.validTo(), locale));
                row.createCell(8)
                        .setCellValue(String.join(
                                "、",
                                v.findings().stream()
                                        .map(f -> msg(messages, locale, f.titleKey()))
                                        .toList()));
            }
            sheet.createFreezePane(1, 1);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String msg(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
