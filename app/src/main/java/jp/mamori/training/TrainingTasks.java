package jp.mamori.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.Role;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import jp.mamori.shared.Wareki;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training module's part of a person's work list: the courses of this 年度 they still owe
 * ({@code training.course}, due on the course's or their own due date), and for the CISO a yearly
 * plan of this or a later 年度 waiting for their approval ({@code training.plan-approval}, due on
 * the 1 April it starts; a plan the committee approves is recorded by the office instead).
 */
@Component
class TrainingTasks implements TaskSource {
    private final OwedTraining owed;
    private final JdbcClient jdbc;

    TrainingTasks(OwedTraining owed, JdbcClient jdbc) {
        this.owed = owed;
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (holder.holds(Role.CISO)) {
            jdbc.sql("""
                            select fiscal_year, title from trn_plan
                            where state = 'DRAFT' and approval_by = 'CISO' and fiscal_year >= :year
                            """)
                    .param("year", Wareki.fiscalYearOf(today))
                    .query((rs, n) -> new Task(
                            "training.plan-approval",
                            rs.getString(2),
                            LocalDate.of(rs.getInt(1), 4, 1),
                            "/training?year=" + rs.getInt(1)))
                    .list()
                    .forEach(tasks::add);
        }
        owed.owedBy(holder.personId()).stream()
                .map(o -> new Task("training.course", o.courseTitle(), o.dueDate(), "/training/mine"))
                .forEach(tasks::add);
        return tasks;
    }
}
