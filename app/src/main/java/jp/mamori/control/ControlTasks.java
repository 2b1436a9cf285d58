package jp.mamori.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.control.catalogue.ControlSettings;
import jp.mamori.shared.Role;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The control module's part of a person's work list: exceptions (例外措置) waiting for a decision, for
 * the holders of the decider role ({@code control.exception-decision}, due on the first day asked
 * for), and approved exceptions that end within {@code mamori.controls.reminder-days} or have ended
 * without renewal, for their requester and the 情報セキュリティ管理者 of the unit
 * ({@code control.exception-expiry}, due on the last day). One query each.
 */
@Component
class ControlTasks implements TaskSource {
    private final JdbcClient jdbc;
    private final ControlSettings settings;

    ControlTasks(JdbcClient jdbc, ControlSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (holder.holds(settings.exceptionDecider())) {
            jdbc.sql("select id, reference, measure_title, starts_on from ctl_exception where state = 'REQUESTED'")
                    .query((rs, n) -> new Task(
                            "control.exception-decision",
                            rs.getString(2) + " " + rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            "/exceptions/" + rs.getString(2)))
                    .list()
                    .forEach(tasks::add);
        }
        boolean everywhere = holder.holdsBodyWide(Role.SECURITY_MANAGER);
        Set<Long> managed = holder.unitsOf(Role.SECURITY_MANAGER);
        String scope = everywhere
                ? ""
                : managed.isEmpty()
                        ? " and e.requested_by_person = :person"
                        : " and (e.requested_by_person = :person or e.unit_id in (:units))";
        var query = jdbc.sql("""
                        select e.id, e.reference, e.measure_title, e.ends_on from ctl_exception e
                        where e.state = 'APPROVED' and e.ends_on <= :until
                          and not exists (select 1 from ctl_exception r
                                          where r.renews_id = e.id and r.state = 'REQUESTED')""" + scope).param("until", today.plusDays(settings.reminderDays()));
        if (!everywhere) {
            query = query.param("person", holder.personId());
            if (!managed.isEmpty()) {
                query = query.param("units", managed);
            }
        }
        query.query((rs, n) -> new Task(
                        "control.exception-expiry",
                        rs.getString(2) + " " + rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        "/exceptions/" + rs.getString(2)))
                .list()
                .forEach(tasks::add);
        return tasks;
    }
}
