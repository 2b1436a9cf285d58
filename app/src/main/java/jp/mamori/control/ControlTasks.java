package jp.mamori.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.control.catalogue.ControlSettings;
import jp.mamori.control.exceptions.ControlException;
import jp.mamori.control.exceptions.Exceptions;
import jp.mamori.shared.Role;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The control module's part of a person's work list: exceptions (例外措置) waiting for a decision, for
 * the holders of the decider role ({@code control.exception-decision}, due on the first day asked
 * for) — except those above the committee threshold ({@code mamori.controls.exception-committee.*})
 * without a carried committee decision yet: these go to the people who prepare the committee's
 * decisions, the body-wide CISO, 副CISO and 統括 ({@code control.exception-committee}: a decision of
 * the 情報セキュリティ委員会 is needed first), and come back to the decider once it is carried —, and
 * approved exceptions that end within {@code mamori.controls.reminder-days} or have ended
 * without renewal, for their requester and the 情報セキュリティ管理者 of the unit
 * ({@code control.exception-expiry}, due on the last day). One query each.
 */
@Component
class ControlTasks implements TaskSource {
    private static final List<Role> COMMITTEE_PREPARERS =
            List.of(Role.CISO, Role.DEPUTY_CISO, Role.CHIEF_SECURITY_OFFICER);

    private final JdbcClient jdbc;
    private final ControlSettings settings;
    private final Exceptions exceptions;

    ControlTasks(JdbcClient jdbc, ControlSettings settings, Exceptions exceptions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.exceptions = exceptions;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        boolean decider = holder.holds(settings.exceptionDecider());
        // the committee's decisions are prepared by the body-wide managers (committee.Committee#mayManage)
        boolean preparesCommittee = COMMITTEE_PREPARERS.stream().anyMatch(holder::holdsBodyWide);
        if (decider || preparesCommittee) {
            for (Exceptions.Waiting w : exceptions.waiting()) {
                ControlException e = w.exception();
                String subject = e.reference() + " " + e.measureTitle();
                String link = "/exceptions/" + e.reference();
                if (w.route() == Exceptions.Route.COMMITTEE) {
                    if (preparesCommittee) {
                        tasks.add(new Task("control.exception-committee", subject, e.startsOn(), link));
                    }
                } else if (decider) {
                    tasks.add(new Task("control.exception-decision", subject, e.startsOn(), link));
                }
            }
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
