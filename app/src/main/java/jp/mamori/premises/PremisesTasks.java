package jp.mamori.premises;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.Role;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The premises module's part of a person's work list: carry-outs (持ち出し) waiting for their approval
 * step — the 情報セキュリティ管理者・責任者 of the asset's unit, then the CISO or 副CISO where the class
 * needs it ({@code premises.carry-out-approval}, due on the day it goes out) — and what they carried
 * out and have not brought back ({@code premises.carry-out-return}, due on the return day). Never
 * their own request to approve. One query.
 */
@Component
class PremisesTasks implements TaskSource {
    private final JdbcClient jdbc;

    PremisesTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        Set<Long> managed = new HashSet<>();
        managed.addAll(holder.unitsOf(Role.SECURITY_MANAGER));
        managed.addAll(holder.unitsOf(Role.SECURITY_OFFICER));
        boolean ciso = holder.holds(Role.CISO) || holder.holds(Role.DEPUTY_CISO);
        StringBuilder sql = new StringBuilder("""
                select id, asset_number, description, state, out_on, due_back, requester_id from prm_carry_out
                where (state = 'APPROVED' and returned_on is null and requester_id = :person)""");
        if (!managed.isEmpty()) {
            sql.append(" or (state = 'REQUESTED' and requester_id <> :person and unit_id in (:units))");
        }
        if (ciso) {
            sql.append(" or (state = 'AWAITING_CISO' and requester_id <> :person)");
        }
        var query = jdbc.sql(sql.toString()).param("person", holder.personId());
        if (!managed.isEmpty()) {
            query = query.param("units", managed);
        }
        List<Task> tasks = new ArrayList<>();
        query.query((rs, n) -> {
                    boolean approved = rs.getString("state").equals("APPROVED");
                    return new Task(
                            approved ? "premises.carry-out-return" : "premises.carry-out-approval",
                            rs.getString("asset_number") + " " + rs.getString("description"),
                            rs.getObject(approved ? "due_back" : "out_on", LocalDate.class),
                            "/carry-outs/" + rs.getLong("id"));
                })
                .list()
                .forEach(tasks::add);
        return tasks;
    }
}
