package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.Role;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supplier module's part of a person's work list, for the contracts they are responsible for and
 * the contracts of the units they are 情報セキュリティ管理者 of: a contractor's certification that
 * expires within {@code mamori.supplier.certification-notice-days} (or has expired) while a contract
 * runs ({@code supplier.certification-expiry}, due on its expiry date), and a contract that ended
 * without its return/destruction certificate ({@code supplier.certificate-missing}, due on its last
 * day). One query each.
 */
@Component
class SupplierTasks implements TaskSource {
    private final JdbcClient jdbc;
    private final int noticeDays;

    SupplierTasks(JdbcClient jdbc, @Value("${mamori.supplier.certification-notice-days:60}") int noticeDays) {
        this.jdbc = jdbc;
        this.noticeDays = noticeDays;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        boolean everywhere = holder.holdsBodyWide(Role.SECURITY_MANAGER);
        Set<Long> managed = holder.unitsOf(Role.SECURITY_MANAGER);
        String mine = everywhere
                ? "1 = 1"
                : managed.isEmpty()
                        ? "k.responsible_person_id = :person"
                        : "(k.responsible_person_id = :person or k.unit_id in (:units))";
        var expiring =
                jdbc.sql("""
                        select distinct c.id, c.name, s.label, s.expires_on
                        from sup_certification s
                        join sup_contractor c on c.id = s.contractor_id
                        join sup_contract k on k.contractor_id = c.id
                        where s.expires_on <= :until and k.ended_on is null and k.ends_on >= :day
                          and k.starts_on <= :day and\s""" + mine).param("until", today.plusDays(noticeDays)).param("day", today);
        var missing = jdbc.sql("""
                        select k.id, k.contractor_id, c.name, k.title, k.ends_on, k.ended_on
                        from sup_contract k join sup_contractor c on c.id = k.contractor_id
                        where k.certificate_kind is null and (k.ended_on is not null or k.ends_on < :day)
                          and\s""" + mine).param("day", today);
        if (!everywhere) {
            expiring = expiring.param("person", holder.personId());
            missing = missing.param("person", holder.personId());
            if (!managed.isEmpty()) {
                expiring = expiring.param("units", managed);
                missing = missing.param("units", managed);
            }
        }
        List<Task> tasks = new ArrayList<>();
        expiring.query((rs, n) -> new Task(
                        "supplier.certification-expiry",
                        rs.getString(2) + " " + rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        "/contractors/" + rs.getLong(1)))
                .list()
                .forEach(tasks::add);
        missing.query((rs, n) -> {
                    LocalDate ended = rs.getObject(6, LocalDate.class);
                    return new Task(
                            "supplier.certificate-missing",
                            rs.getString(3) + " " + rs.getString(4),
                            ended != null ? ended : rs.getObject(5, LocalDate.class),
                            "/contractors/" + rs.getLong(2) + "/contracts/" + rs.getLong(1));
                })
                .list()
                .forEach(tasks::add);
        return tasks;
    }
}
