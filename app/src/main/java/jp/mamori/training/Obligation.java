package jp.mamori.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One course one person has to complete in the year: the due date (from the course, or from their
 * 着任日 when they joined late) and when they completed it, if they did.
 */
public record Obligation(
        long courseId,
        String courseTitle,
        CourseKind kind,
        Member member,
        LocalDate dueDate,
        @Nullable LocalDate completedOn) {

    public boolean completed() {
        return completedOn != null;
    }

    public boolean overdue(LocalDate today) {
        return completedOn == null && dueDate.isBefore(today);
    }
}
