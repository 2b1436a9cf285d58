package jp.mamori.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import jp.mamori.shared.InvalidInputException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A system's account list read from CSV or from an Excel workbook (column A of the first sheet). */
class AccountListTest {
    static byte[] workbook(String... columnA) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("アカウント一覧");
            for (int i = 0; i < columnA.length; i++) {
                if (columnA[i] != null) {
                    var row = sheet.createRow(i);
                    row.createCell(0).setCellValue(columnA[i]);
                    row.createCell(1).setCellValue("備考");
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_excel_list_is_read_from_column_a_with_its_header_skipped() throws Exception {
        AccountList list =
                AccountList.read(new ByteArrayInputStream(workbook("アカウント", "ｙａｍａｄａ", "suzuki", null, "tanaka")));
        assertThat(list.names()).containsExactly("yamada", "suzuki", "tanaka");
        assertThat(list.sha256()).hasSize(64);
    }

    @Test
    void a_bad_row_of_a_workbook_is_named_by_its_row_number() throws Exception {
        assertThatThrownBy(() -> AccountList.read(new ByteArrayInputStream(workbook("ID", "ok", "a".repeat(101)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("system.accountList.error.tooLong");
                            assertThat(p.args()).containsExactly(3);
                        }));
    }

    @Test
    void a_broken_workbook_is_refused_and_csv_still_reads() throws Exception {
        byte[] broken = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> AccountList.read(new ByteArrayInputStream(broken)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("system.accountList.error.workbook"));
        AccountList csv = AccountList.read(
                new ByteArrayInputStream("アカウント名,氏名\r\nsato,佐藤\r\n\"ito\",伊藤\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(csv.names()).containsExactly("sato", "ito");
    }
}
