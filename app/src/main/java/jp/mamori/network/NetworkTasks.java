package jp.mamori.network;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A zone model version submitted for approval, for the CISO-level roles that decide it
 * ({@code network.zone-approval}, no due date; the page refuses the person who submitted it). One
 * query.
 */
@Component
class NetworkTasks implements TaskSource {
    private final JdbcClient jdbc;

    NetworkTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        if (holder.grants().stream().noneMatch(g -> g.role().isCisoLevel())) {
            return List.of();
        }
        return jdbc.sql("select number, note from net_zone_version where state = 'IN_APPROVAL'")
                .query((rs, n) -> new Task(
                        "network.zone-approval",
                        "第" + rs.getInt(1) + "版" + (rs.getString(2).isBlank() ? "" : " " + rs.getString(2)),
                        null,
                        "/zones/versions/" + rs.getInt(1)))
                .list();
    }
}
