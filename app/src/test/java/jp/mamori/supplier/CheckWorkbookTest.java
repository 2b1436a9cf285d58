package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.shared.InvalidInputException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The questionnaire workbook: written for the contractor, read back all or nothing with errors by row. */
class CheckWorkbookTest {
    static final ContractCheck CHECK = new ContractCheck(
            9,
            4,
            "令和8年度 上期の定期確認",
            LocalDate.of(2026, 12, 25),
            1,
            null,
            null,
            null,
            "",
            null,
            List.of(
                    new ContractCheck.Question(101, 1, "目的外に使っていませんか。", null, ""),
                    new ContractCheck.Question(102, 2, "再委託は承認済みですか。", null, ""),
                    new ContractCheck.Question(103, 3, "事故はありませんでしたか。", null, "")));

    static final Contract CONTRACT =
            SupplierRulesTest.contract(Map.of(), List.of(), LocalDate.of(2027, 3, 31), null, null);

    /** The questionnaire with the answers filled in, as the contractor sends it back. */
    static byte[] answered(String[][] answers) throws Exception {
        byte[] blank = CheckWorkbook.write(CHECK, CONTRACT, LocalDate.of(2026, 12, 6));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "番号".equals(row.getCell(0).toString())) {
                    header = row.getRowNum();
                }
            }
            for (int i = 0; i < answers.length; i++) {
                Row row = sheet.getRow(header + 1 + i);
                if (row == null) {
                    row = sheet.createRow(header + 1 + i);
                }
                if (answers[i].length > 2) {
                    row.createCell(0).setCellValue(answers[i][2]);
                }
                row.createCell(2).setCellValue(answers[i][0]);
                row.createCell(3).setCellValue(answers[i][1]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static final Set<Long> IDS = Set.of(101L, 102L, 103L);

    @Test
    void a_fully_answered_questionnaire_is_read_question_by_question() throws Exception {
        List<CheckWorkbook.Answer> rows =
                CheckWorkbook.read(answered(new String[][] {{"はい", ""}, {"一部", "1社が承認待ち"}, {"該当なし", "事故なし"}}), IDS);
        assertThat(rows)
                .extracting(
                        CheckWorkbook.Answer::questionId, CheckWorkbook.Answer::answer, CheckWorkbook.Answer::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(101L, CheckAnswer.YES, ""),
                        org.assertj.core.groups.Tuple.tuple(102L, CheckAnswer.PARTLY, "1社が承認待ち"),
                        org.assertj.core.groups.Tuple.tuple(103L, CheckAnswer.NOT_APPLICABLE, "事故なし"));
    }

    @Test
    void every_bad_row_is_named_and_nothing_is_returned() throws Exception {
        byte[] file = answered(new String[][] {{"たぶん", ""}, {"いいえ", ""}, {"はい", "", "999"}});
        assertThatThrownBy(() -> CheckWorkbook.read(file, IDS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly(
                                        "sup.import.badAnswer",
                                        "sup.import.commentRequired",
                                        "sup.import.unknownQuestion",
                                        "sup.import.missingQuestion"));
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_before_it_is_read() {
        assertThatThrownBy(() -> CheckWorkbook.read("番号,回答\n101,はい".getBytes(), IDS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("sup.import.notXlsx"));
        assertThatThrownBy(() -> CheckWorkbook.read(new byte[] {'P', 'K', 3, 4, 0, 0}, IDS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("sup.import.refused.BROKEN"));
    }
}
