package jp.mamori.control.catalogue;

import java.util.Set;
import jp.mamori.shared.Role;

/** Who decides a step: login, name and the roles they hold. */
public record Approver(String login, String name, Set<Role> roles) {
    public Approver {
        roles = Set.copyOf(roles);
    }
}
