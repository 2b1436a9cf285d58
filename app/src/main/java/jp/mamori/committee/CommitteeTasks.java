package jp.mamori.committee;

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
 * The committee's part of a person's work list: minutes written and waiting for the approval of
 * the chair of the meeting's day ({@code committee.minutes-approval}, no due date), and the planned
 * meetings a member or the chair is to attend ({@code committee.meeting}, due on the meeting day).
 * One query each.
 */
@Component
class CommitteeTasks implements TaskSource {
    private final JdbcClient jdbc;

    CommitteeTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        jdbc.sql("""
                        select m.id, m.title from cmt_meeting m
                        where m.state = 'HELD' and m.minutes <> ''
                          and (select c.person_id from cmt_chair_term c where c.from_date <= m.held_on
                               order by c.from_date desc, c.id desc fetch first 1 rows only) = :person
                        """)
                .param("person", holder.personId())
                .query((rs, n) -> new Task(
                        "committee.minutes-approval", rs.getString(2), null, "/committee/meetings/" + rs.getLong(1)))
                .list()
                .forEach(tasks::add);
        boolean chairToday = jdbc.sql("""
                        select count(*) from (select person_id from cmt_chair_term where from_date <= :d
                                              order by from_date desc, id desc fetch first 1 rows only) t
                        where t.person_id = :person
                        """)
                        .param("d", today)
                        .param("person", holder.personId())
                        .query(Integer.class)
                        .single()
                > 0;
        if (chairToday || holder.holds(Role.COMMITTEE_MEMBER)) {
            jdbc.sql("select id, title, held_on from cmt_meeting where state = 'PLANNED' and held_on >= :d")
                    .param("d", today)
                    .query((rs, n) -> new Task(
                            "committee.meeting",
                            rs.getString(2),
                            rs.getObject(3, LocalDate.class),
                            "/committee/meetings/" + rs.getLong(1)))
                    .list()
                    .forEach(tasks::add);
        }
        return tasks;
    }
}
