package jp.mamori.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.shared.QuestionnaireWorkbook;
import jp.mamori.shared.QuestionnaireWorkbook.Column;
import jp.mamori.shared.QuestionnaireWorkbook.Fact;
import jp.mamori.shared.Wareki;
import jp.mamori.shared.WorkbookReader;

/**
 * A unit's self-inspection as an .xlsx workbook for answering offline, and reading it back
 * ({@link QuestionnaireWorkbook}): a heading block, then a header row 番号・対策・章・質問・回答・コメント
 * and one row per question; 回答 is a drop-down of 実施・一部・未実施・該当なし. A blank 回答 leaves the
 * question unanswered; anything but 実施 needs a comment. All or nothing: every problem is reported
 * with its row number, and nothing is saved while one remains.
 */
final class AnswerWorkbook {
    static final List<String> HEADERS = List.of("番号", "対策", "章", "質問", "回答", "コメント");

    /** The words people write in the 回答 column, in the order of the drop-down. */
    static final Map<String, ImplementationStatus> RESULTS = results();

    /** An upload larger than this is refused before it is opened. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final QuestionnaireWorkbook.Layout<ImplementationStatus> LAYOUT = new QuestionnaireWorkbook.Layout<>(
            "自己点検",
            List.of(
                    new Column(HEADERS.get(0), 10, false),
                    new Column(HEADERS.get(1), 10, false),
                    new Column(HEADERS.get(2), 6, false),
                    new Column(HEADERS.get(3), 60, true),
                    new Column(HEADERS.get(4), 10, false),
                    new Column(HEADERS.get(5), 50, true)),
            4,
            5,
            RESULTS,
            ImplementationStatus.IMPLEMENTED,
            false,
            SelfInspections.COMMENT_MAX,
            MAX_BYTES,
            new WorkbookReader.Limits(5_000, 16, 50_000, 5_000_000, 1),
            "aud.import");

    private AnswerWorkbook() {}

    private static Map<String, ImplementationStatus> results() {
        Map<String, ImplementationStatus> words = new LinkedHashMap<>();
        words.put("実施", ImplementationStatus.IMPLEMENTED);
        words.put("一部", ImplementationStatus.PARTIAL);
        words.put("未実施", ImplementationStatus.NOT_IMPLEMENTED);
        words.put("該当なし", ImplementationStatus.NOT_APPLICABLE);
        return words;
    }

    static String word(ImplementationStatus status) {
        return LAYOUT.word(status);
    }

    static byte[] write(SelfInspection inspection, String unitName, List<Question> questions, LocalDate today) {
        return QuestionnaireWorkbook.write(
                LAYOUT,
                List.of(
                        new Fact("自己点検", inspection.title()),
                        new Fact("年度", Wareki.fiscalYear(inspection.fiscalYear(), java.util.Locale.JAPANESE)),
                        new Fact("所属", unitName),
                        new Fact("回答期限", Wareki.japanese(inspection.dueDate())),
                        new Fact("出力日", Wareki.japanese(today)),
                        new Fact("記入方法", "回答欄に 実施・一部・未実施・該当なし のいずれかを入力。実施以外はコメントが必要です。番号は変えないでください。")),
                questions.stream()
                        .map(q -> List.<Object>of(
                                q.id(),
                                q.measureId() == null ? "独自" : q.measureId(),
                                q.chapter(),
                                q.text(),
                                q.result() == null ? "" : word(q.result()),
                                q.comment()))
                        .toList());
    }

    /**
     * Reads the answers of the unit's file. Every question id must be one of the unit's questions and
     * appear once; a 回答 must be one of the four words (blank leaves the question unanswered); 一部,
     * 未実施 and 該当なし need a comment. All problems are collected, each naming its row.
     */
    static List<SelfInspections.Answer> read(byte[] bytes, Set<Long> questionIds) {
        return QuestionnaireWorkbook.read(bytes, LAYOUT, questionIds).stream()
                .map(a -> new SelfInspections.Answer(a.questionId(), a.answer(), a.comment()))
                .toList();
    }
}
