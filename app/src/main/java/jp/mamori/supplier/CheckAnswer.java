package jp.mamori.supplier;

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
}
