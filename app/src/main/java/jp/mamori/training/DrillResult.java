package jp.mamori.training;

/** One person's result in a 標的型メール訓練: sent the mail, opened it, clicked, reported it. */
public record DrillResult(
        long personId,
        String staffNumber,
        String name,
        String unitName,
        boolean sent,
        boolean opened,
        boolean clicked,
        boolean reported) {}
