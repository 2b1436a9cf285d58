package jp.mamori.training;

import java.time.LocalDate;

/**
 * A course of a year's plan.
 *
 * @param dueDate the day everyone in the audience should have completed it by
 * @param newHireDays days after their 着任日 a person who joins late (or, for a new-hire course, every
 *     new hire) has to complete it
 * @param passMark the lowest score (percent of right answers) that passes the test
 * @param published true once it reaches its audience (the plan must be approved first)
 */
public record Course(
        long id,
        long planId,
        int fiscalYear,
        String title,
        CourseKind kind,
        String description,
        LocalDate dueDate,
        int newHireDays,
        Audience audience,
        String materialMarkdown,
        int passMark,
        boolean published) {

    /** The due date of someone who came into post on that day. */
    public LocalDate dueFor(LocalDate inPostFrom) {
        LocalDate own = inPostFrom.plusDays(newHireDays);
        if (audience.newHiresOnly()) {
            return own;
        }
        return own.isAfter(dueDate) ? own : dueDate;
    }
}
