package jp.mamori.training;

/** The kinds of training a plan holds; each decides how completion is recorded. */
public enum CourseKind {
    /** e-learning: material and a short test in the product; passing completes. */
    E_LEARNING(Completion.TEST),
    /** 集合研修: sessions with a roster; attending completes. */
    CLASSROOM(Completion.ATTENDANCE),
    /** 標的型メール訓練: results imported per person; being sent the drill mail completes. */
    PHISHING_DRILL(Completion.DRILL),
    /** 緊急時対応訓練: sessions with a roster; taking part completes. */
    EMERGENCY_DRILL(Completion.ATTENDANCE),
    /** 新規採用者研修: material and a test in the product for people newly in post. */
    INDUCTION(Completion.TEST);

    /** How a person completes a course of this kind. */
    public enum Completion {
        TEST,
        ATTENDANCE,
        DRILL
    }

    private final Completion completion;

    CourseKind(Completion completion) {
        this.completion = completion;
    }

    public Completion completion() {
        return completion;
    }

    public boolean online() {
        return completion == Completion.TEST;
    }

    public String messageKey() {
        return "trn.kind." + name();
    }
}
