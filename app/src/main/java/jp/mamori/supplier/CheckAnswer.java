package jp.mamori.supplier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A contractor's answer to a question of a periodic check. */
public enum CheckAnswer {
    YES("はい"),
    PARTLY("一部"),
    NO("いいえ"),
    NOT_APPLICABLE("該当なし");

    private final String word;

    CheckAnswer(String word) {
        this.word = word;
    }

    /** The word written in the questionnaire workbook. */
    public String word() {
        return word;
    }

    public String messageKey() {
        return "sup.check.answer." + name();
    }

    /** The words in the order of the drop-down. */
    static List<String> words() {
        return List.of(YES.word, PARTLY.word, NO.word, NOT_APPLICABLE.word);
    }

    private static final Map<String, CheckAnswer> BY_WORD =
            Map.of("はい", YES, "一部", PARTLY, "いいえ", NO, "該当なし", NOT_APPLICABLE);

    static Optional<CheckAnswer> ofWord(String word) {
        return Optional.ofNullable(BY_WORD.get(word.strip()));
    }
}
