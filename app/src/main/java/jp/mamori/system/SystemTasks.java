package jp.mamori.system;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import jp.mamori.shared.Wareki;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The yearly review (棚卸し) of a system's accounts not yet recorded for this 年度, for the system's
 * 管理者 ({@code system.account-review}, due on the last day of the 年度). One query.
 */
@Component
class SystemTasks implements TaskSource {
    private final JdbcClient jdbc;

    SystemTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        int year = Wareki.fiscalYearOf(today);
        LocalDate yearEnd = LocalDate.of(year + 1, 3, 31);
        return jdbc.sql("""
                        select s.id, s.asset_number from sys_system s
                        join sys_system_person p on p.system_id = s.id
                        where p.role = 'ADMINISTRATOR' and p.person_id = :person
                          and not exists (select 1 from sys_account_review r
                                          where r.system_id = s.id and r.fiscal_year = :year)
                        """)
                .param("person", holder.personId())
                .param("year", year)
                .query((rs, n) -> new Task(
                        "system.account-review",
                        rs.getString(2),
                        yearEnd,
                        "/systems/" + rs.getLong(1) + "/accounts/review"))
                .list();
    }
}
