package jp.mamori.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.Role;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statutory reports of open incidents not yet recorded as submitted — the 速報
 * ({@code incident.preliminary-report}) and the 確報 ({@code incident.final-report}) — for the people
 * reminded of them ({@link IncidentDeadlineReminder#ROLES}: CSIRT, 統括情報セキュリティ責任者, CISO),
 * once the report is {@link IncidentLine#SOON_DAYS} days or less away or past. The incidents come
 * from the one list query the deadline reminder uses. And a version of the emergency response plan
 * saved as a draft, for the CISO to approve or return ({@code incident.plan-approval}, no due date).
 */
@Component
class IncidentTasks implements TaskSource {
    private final IncidentService incidents;
    private final JdbcClient jdbc;

    IncidentTasks(IncidentService incidents, JdbcClient jdbc) {
        this.incidents = incidents;
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (holder.holds(Role.CISO)) {
            jdbc.sql("select version, note from inc_response_plan where status = 'DRAFT'")
                    .query((rs, n) -> new Task(
                            "incident.plan-approval",
                            "第" + rs.getInt(1) + "版" + (rs.getString(2).isBlank() ? "" : " " + rs.getString(2)),
                            null,
                            "/incidents/plan/versions/" + rs.getInt(1)))
                    .list()
                    .forEach(tasks::add);
        }
        if (IncidentDeadlineReminder.ROLES.stream().noneMatch(holder::holds)) {
            return tasks;
        }
        for (IncidentLine line : incidents.runningDeadlines()) {
            ReportDeadlines deadlines = line.decision().deadlines();
            if (deadlines == null) {
                continue;
            }
            String subject = line.summary().reference() + " " + line.summary().title();
            String link = "/incidents/" + line.summary().id().value();
            if (line.preliminaryDaysLeft() != null && line.preliminaryDaysLeft() <= IncidentLine.SOON_DAYS) {
                tasks.add(new Task("incident.preliminary-report", subject, deadlines.preliminaryReport(), link));
            }
            if (line.finalDaysLeft() != null && line.finalDaysLeft() <= IncidentLine.SOON_DAYS) {
                tasks.add(new Task("incident.final-report", subject, deadlines.finalReport(), link));
            }
        }
        return tasks;
    }
}
