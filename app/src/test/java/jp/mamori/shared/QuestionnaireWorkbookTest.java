package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The questionnaire workbook both the self-inspection and the periodic check use, with a layout of each kind. */
class QuestionnaireWorkbookTest {
    static Map<String, Boolean> words() {
        Map<String, Boolean> words = new LinkedHashMap<>();
        words.put("はい", true);
        words.put("いいえ", false);
        return words;
    }

    static QuestionnaireWorkbook.Layout<Boolean> layout(boolean everyQuestion) {
        return new QuestionnaireWorkbook.Layout<>(
                "質問票",
                List.of(
                        new QuestionnaireWorkbook.Column("番号", 10, false),
                        new QuestionnaireWorkbook.Column("質問", 40, true),
                        new QuestionnaireWorkbook.Column("回答", 10, false),
                        new QuestionnaireWorkbook.Column("コメント", 40, true)),
                2,
                3,
                words(),
                true,
                everyQuestion,
                100,
                1024 * 1024,
                new WorkbookReader.Limits(100, 8, 1_000, 100_000, 1),
                "test.import");
    }

    /** The written questionnaire with the answer and comment of each question row filled in. */
    static byte[] answered(QuestionnaireWorkbook.Layout<Boolean> layout, String[][] answers) throws Exception {
        byte[] blank = QuestionnaireWorkbook.write(
                layout,
                List.of(new QuestionnaireWorkbook.Fact("名前", "架空市の質問票")),
                List.of(List.of(11L, "一つ目", "", ""), List.of(12L, "二つ目", "", "")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            int i = 0;
            boolean questions = false;
            for (Row row : sheet) {
                if (questions && i < answers.length) {
                    row.createCell(2).setCellValue(answers[i][0]);
                    row.createCell(3).setCellValue(answers[i][1]);
                    i++;
                }
                if (row.getCell(0) != null && "番号".equals(row.getCell(0).toString())) {
                    questions = true;
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_blank_answer_leaves_the_question_open_unless_every_question_is_required() throws Exception {
        byte[] file = answered(layout(false), new String[][] {{"はい", ""}, {"", ""}});
        assertThat(QuestionnaireWorkbook.read(file, layout(false), Set.of(11L, 12L)))
                .extracting(QuestionnaireWorkbook.Answer::questionId, QuestionnaireWorkbook.Answer::answer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(11L, true), org.assertj.core.groups.Tuple.tuple(12L, null));

        assertThatThrownBy(() -> QuestionnaireWorkbook.read(file, layout(true), Set.of(11L, 12L)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("test.import.noAnswer"));
    }

    @Test
    void each_bad_row_is_named_with_the_layouts_message_keys() throws Exception {
        byte[] file = answered(layout(true), new String[][] {{"たぶん", ""}, {"いいえ", ""}});
        assertThatThrownBy(() -> QuestionnaireWorkbook.read(file, layout(true), Set.of(11L, 12L, 13L)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.messageKey() + p.args())
                                .containsExactly(
                                        "test.import.badAnswer[4, たぶん]",
                                        "test.import.commentRequired[5, いいえ]",
                                        "test.import.missingQuestion[13]"));
    }

    @Test
    void unanswered_questions_come_back_open_and_an_empty_file_is_refused() throws Exception {
        byte[] file = answered(layout(false), new String[][] {});
        // every question row still carries its number, so the rows are read but none answers
        assertThat(QuestionnaireWorkbook.read(file, layout(false), Set.of(11L, 12L)))
                .extracting(QuestionnaireWorkbook.Answer::answer)
                .containsOnlyNulls();
        assertThatThrownBy(() -> QuestionnaireWorkbook.read(new byte[0], layout(false), Set.of(11L)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("test.import.empty"));
    }
}
