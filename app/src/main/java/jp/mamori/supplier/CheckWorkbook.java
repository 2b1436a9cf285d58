package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.mamori.shared.QuestionnaireWorkbook;
import jp.mamori.shared.QuestionnaireWorkbook.Column;
import jp.mamori.shared.QuestionnaireWorkbook.Fact;
import jp.mamori.shared.Wareki;
import jp.mamori.shared.WorkbookReader;

/**
 * A periodic check as an .xlsx questionnaire for the contractor's contact, and reading it back
 * ({@link QuestionnaireWorkbook}): a heading block, then a header row 番号・質問・回答・コメント and one
 * row per question; 回答 is a drop-down of はい・一部・いいえ・該当なし. Every question must be answered,
 * and anything but はい needs a comment; all or nothing, every problem named by its row.
 */
final class CheckWorkbook {
    static final List<String> HEADERS = List.of("番号", "質問", "回答", "コメント");
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int COMMENT_MAX = 2000;
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final QuestionnaireWorkbook.Layout<CheckAnswer> LAYOUT = new QuestionnaireWorkbook.Layout<>(
            "定期確認",
            List.of(
                    new Column(HEADERS.get(0), 10, false),
                    new Column(HEADERS.get(1), 60, true),
                    new Column(HEADERS.get(2), 10, false),
                    new Column(HEADERS.get(3), 50, true)),
            2,
            3,
            vocabulary(),
            CheckAnswer.YES,
            true,
            COMMENT_MAX,
            MAX_BYTES,
            new WorkbookReader.Limits(2_000, 8, 10_000, 2_000_000, 1),
            "sup.import");

    private CheckWorkbook() {}

    /** One answer read from a row. */
    record Answer(long questionId, CheckAnswer answer, String comment) {}

    /** The file's name, the same for the officer's download and the mail to the contact: 定期確認-12.xlsx. */
    static String fileName(long checkId) {
        return "定期確認-" + checkId + ".xlsx";
    }

    static byte[] write(ContractCheck check, Contract contract, LocalDate today) {
        return QuestionnaireWorkbook.write(
                LAYOUT,
                List.of(
                        new Fact("定期確認", check.campaignTitle()),
                        new Fact("委託先", contract.contractorName()),
                        new Fact("契約", contract.title()),
                        new Fact("回答期限", Wareki.japanese(check.dueOn())),
                        new Fact("出力日", Wareki.japanese(today)),
                        new Fact("記入方法", "回答欄に はい・一部・いいえ・該当なし のいずれかを入力してください。はい以外はコメントが必要です。番号は変えないでください。")),
                check.questions().stream()
                        .map(q -> List.<Object>of(
                                q.id(), q.text(), q.answer() == null ? "" : LAYOUT.word(q.answer()), q.comment()))
                        .toList());
    }

    /**
     * Reads the answers. Every question of the check must be answered exactly once with one of the four
     * words; 一部, いいえ and 該当なし need a comment. All problems are collected, each naming its row.
     */
    static List<Answer> read(byte[] bytes, Set<Long> questionIds) {
        return QuestionnaireWorkbook.read(bytes, LAYOUT, questionIds).stream()
                .map(a -> new Answer(a.questionId(), Objects.requireNonNull(a.answer()), a.comment()))
                .toList();
    }

    /** The words and their answers, in the order of the drop-down. */
    static Map<String, CheckAnswer> vocabulary() {
        Map<String, CheckAnswer> words = new LinkedHashMap<>();
        for (CheckAnswer a : CheckAnswer.values()) {
            words.put(a.word(), a);
        }
        return words;
    }
}
