package jp.mamori.control.catalogue;

import java.util.List;
import java.util.Set;
import jp.mamori.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the control module ({@code mamori.controls.*}).
 *
 * @param approval the ordered approval chain (決裁ルート) of a tailored catalogue version (default:
 *     統括情報セキュリティ責任者, then CISO, as for the 対策基準 in the policy module)
 * @param exceptionDecider the role that decides exceptions (例外措置), with a fresh second factor
 *     (default CISO)
 * @param reminderDays how many days before an exception ends its requester and the decider are
 *     reminded (default 30)
 */
@ConfigurationProperties("mamori.controls")
public record ControlSettings(
        @DefaultValue({"CHIEF_SECURITY_OFFICER", "CISO"}) List<Role> approval,
        @DefaultValue("CISO") Role exceptionDecider,
        @DefaultValue("30") int reminderDays) {
    public ControlSettings {
        if (approval.isEmpty()) {
            throw new IllegalArgumentException("mamori.controls.approval needs at least one role");
        }
        if (Set.copyOf(approval).size() != approval.size()) {
            throw new IllegalArgumentException("mamori.controls.approval names a role twice: " + approval);
        }
        if (approval.contains(Role.STAFF) || exceptionDecider == Role.STAFF) {
            throw new IllegalArgumentException("mamori.controls cannot give approval to STAFF");
        }
        if (reminderDays < 1 || reminderDays > 365) {
            throw new IllegalArgumentException("mamori.controls.reminder-days must lie between 1 and 365");
        }
        approval = List.copyOf(approval);
    }

    static ControlSettings defaults() {
        return new ControlSettings(List.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO), Role.CISO, 30);
    }
}
