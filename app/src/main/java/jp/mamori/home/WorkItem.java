package jp.mamori.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import jp.mamori.shared.Task;
import org.jspecify.annotations.Nullable;

/**
 * One line of a person's work list: a source's {@link Task} with its urgency on the day.
 *
 * @param daysLeft days from the day to the due date (negative once past), null without a due date
 */
public record WorkItem(
        String kind,
        String subject,
        @Nullable LocalDate dueOn,
        String link,
        Urgency urgency,
        @Nullable Long daysLeft) {

    /** Most urgent first: overdue, due soon, later; then the earliest due date, then kind and subject. */
    static final Comparator<WorkItem> ORDER = Comparator.comparing(WorkItem::urgency)
            .thenComparing(WorkItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::kind)
            .thenComparing(WorkItem::subject);

    static WorkItem of(Task task, LocalDate today, int soonDays) {
        return new WorkItem(
                task.kind(),
                task.subject(),
                task.dueOn(),
                task.link(),
                Urgency.of(task.dueOn(), today, soonDays),
                task.dueOn() == null ? null : ChronoUnit.DAYS.between(today, task.dueOn()));
    }

    /** The message key naming the kind of task, such as {@code home.kind.policy.approval}. */
    public String kindKey() {
        return "home.kind." + kind;
    }
}
