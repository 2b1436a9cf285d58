package jp.mamori.audit;

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
 * The audit module's part of a person's work list, for the units they hold 情報セキュリティ管理者 or
 * 情報セキュリティ責任者 for: open corrective actions ({@code audit.corrective-action}, due on their
 * due date) and the self-inspection answers of open campaigns their units have not submitted
 * ({@code audit.self-inspection}, due on the campaign's due date). And audit plans (監査計画) submitted
 * for approval, for the holders of the approver's role — the CISO, or the committee's members
 * ({@code audit.plan-approval}, due on the 1 April the plan starts). One query each.
 */
@Component
class AuditTasks implements TaskSource {
    private static final List<Role> OWNERS = List.of(Role.SECURITY_MANAGER, Role.SECURITY_OFFICER);

    private final JdbcClient jdbc;

    AuditTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        List<String> approvers = new ArrayList<>();
        if (holder.holds(Role.CISO)) {
            approvers.add("CISO");
        }
        if (holder.holds(Role.COMMITTEE_MEMBER)) {
            approvers.add("COMMITTEE");
        }
        if (!approvers.isEmpty()) {
            jdbc.sql("select id, title, year_from from aud_plan where state = 'SUBMITTED' and approver in (:approvers)")
                    .param("approvers", approvers)
                    .query((rs, n) -> new Task(
                            "audit.plan-approval",
                            rs.getString(2),
                            LocalDate.of(rs.getInt(3), 4, 1),
                            "/audits/plans/" + rs.getLong(1)))
                    .list()
                    .forEach(tasks::add);
        }
        boolean everywhere = OWNERS.stream().anyMatch(holder::holdsBodyWide);
        Set<Long> owned = new HashSet<>();
        OWNERS.forEach(role -> owned.addAll(holder.unitsOf(role)));
        if (!everywhere && owned.isEmpty()) {
            return tasks;
        }
        String where = everywhere ? "" : " and x.unit_id in (:units)";
        var actions = jdbc.sql("select x.id, x.title, x.due_date from aud_action x where x.state = 'OPEN'" + where);
        var inspections = jdbc.sql("""
                select i.id, i.title, i.due_date, x.unit_id from aud_inspection i
                join aud_inspection_unit x on x.inspection_id = i.id
                where i.state = 'OPEN' and x.submitted_at is null""" + where);
        if (!everywhere) {
            actions = actions.param("units", owned);
            inspections = inspections.param("units", owned);
        }
        actions.query((rs, n) -> new Task(
                        "audit.corrective-action",
                        "CA-" + rs.getLong(1) + " " + rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        "/corrective-actions/" + rs.getLong(1)))
                .list()
                .forEach(tasks::add);
        inspections
                .query((rs, n) -> new Task(
                        "audit.self-inspection",
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        "/self-inspections/" + rs.getLong(1) + "/units/" + rs.getLong(4)))
                .list()
                .forEach(tasks::add);
        return tasks;
    }
}
