package jp.mamori.home;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's work list on a day, most urgent first.
 *
 * @param complete false when a source could not answer (its tasks are missing; the log names it)
 */
public record WorkList(LocalDate asOf, List<WorkItem> items, boolean complete) {
    public WorkList {
        items = List.copyOf(items);
    }

    public long count(Urgency urgency) {
        return items.stream().filter(i -> i.urgency() == urgency).count();
    }

    public long overdue() {
        return count(Urgency.OVERDUE);
    }

    public long dueSoon() {
        return count(Urgency.DUE_SOON);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
