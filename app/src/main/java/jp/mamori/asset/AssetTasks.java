package jp.mamori.asset;

import java.time.LocalDate;
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
 * Disposals waiting for a second person's approval, for the 情報セキュリティ管理者・責任者 of the
 * asset's owner unit ({@code asset.disposal-approval}, due on the planned disposal day). The
 * requester is named on the page and may not approve. One query.
 */
@Component
class AssetTasks implements TaskSource {
    private final JdbcClient jdbc;

    AssetTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        Set<Long> managed = new HashSet<>(holder.unitsOf(Role.SECURITY_MANAGER));
        managed.addAll(holder.unitsOf(Role.SECURITY_OFFICER));
        if (managed.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select asset_number, name, disposal_date from ast_asset
                        where status = 'IN_USE' and disposal_requested_by is not null
                          and disposal_approved_by is null and owner_unit_id in (:units)
                        """)
                .param("units", managed)
                .query((rs, n) -> new Task(
                        "asset.disposal-approval",
                        rs.getString(1) + " " + rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        "/assets/" + rs.getString(1)))
                .list();
    }
}
