package jp.mamori.policy;

import java.util.Set;
import java.util.TreeSet;
import jp.mamori.shared.Role;

/**
 * Who may read a document: an {@link Audience}, and for {@link Audience#RESTRICTED} the roles
 * (held anywhere) and the units (each with the units below it) that may read it.
 */
public record Visibility(Audience audience, Set<Role> roles, Set<Long> unitIds) {
    public Visibility {
        roles = Set.copyOf(roles);
        unitIds = Set.copyOf(unitIds);
        if (audience != Audience.RESTRICTED && (!roles.isEmpty() || !unitIds.isEmpty())) {
            throw new IllegalArgumentException("only a restricted document names roles or units");
        }
    }

    public static Visibility open(Audience audience) {
        return new Visibility(audience, Set.of(), Set.of());
    }

    public static Visibility restricted(Set<Role> roles, Set<Long> unitIds) {
        return new Visibility(Audience.RESTRICTED, roles, unitIds);
    }

    /** Roles in catalogue order, for display. */
    public Set<Role> sortedRoles() {
        return new TreeSet<>(roles);
    }

    /** Unit ids in ascending order, for display and storage. */
    public Set<Long> sortedUnitIds() {
        return new TreeSet<>(unitIds);
    }
}
