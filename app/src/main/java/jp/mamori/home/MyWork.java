package jp.mamori.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.Directory;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import jp.mamori.shared.UnitHierarchy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Collects a person's work list from every {@link TaskSource} bean. A source that fails is left
 * out (and logged by its class name) so one module's fault does not take the home page down; the
 * list then says it is incomplete. Deliberately not one transaction: on PostgreSQL a failed statement
 * would abort it and take every later source with it.
 */
@Service
public class MyWork {
    private static final Logger log = LoggerFactory.getLogger(MyWork.class);

    private final List<TaskSource> sources;
    private final Directory directory;
    private final UnitHierarchy units;
    private final Clock clock;
    private final int soonDays;

    MyWork(
            List<TaskSource> sources,
            Directory directory,
            UnitHierarchy units,
            Clock clock,
            @Value("${mamori.home.soon-days:7}") int soonDays) {
        this.sources = List.copyOf(sources);
        this.directory = directory;
        this.units = units;
        this.clock = clock;
        this.soonDays = soonDays;
    }

    /** The signed-in person's list today; empty for an account without a person (the administrator). */
    public WorkList mine() {
        LocalDate today = LocalDate.now(clock);
        CurrentUser user = Access.current().orElse(null);
        if (user == null || user.personId() == null) {
            return new WorkList(today, List.of(), true);
        }
        return of(TaskHolder.of(user.personId(), user.grants(), units), today);
    }

    /** A person's list on a day, with the roles the organisation gives them that day (the digest). */
    public WorkList of(long personId, LocalDate day) {
        return of(TaskHolder.of(personId, directory.grantsOn(personId, day), units), day);
    }

    WorkList of(TaskHolder holder, LocalDate day) {
        List<WorkItem> items = new ArrayList<>();
        boolean complete = true;
        if (holder.grants().isEmpty()) {
            return new WorkList(day, items, true); // not in post: nothing is asked of them
        }
        for (TaskSource source : sources) {
            try {
                for (Task task : source.tasksFor(holder, day)) {
                    items.add(WorkItem.of(task, day, soonDays));
                }
            } catch (RuntimeException e) {
                complete = false;
                log.warn("task source {} failed: {}", source.getClass().getSimpleName(), e.toString());
            }
        }
        items.sort(WorkItem.ORDER);
        return new WorkList(day, items, complete);
    }

    int soonDays() {
        return soonDays;
    }
}
