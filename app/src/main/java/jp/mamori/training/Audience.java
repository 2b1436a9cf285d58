package jp.mamori.training;

import java.util.List;
import java.util.Set;
import jp.mamori.shared.Role;

/**
 * Who a course is for. Everyone in post when {@code allStaff}; otherwise whoever holds one of the
 * roles, belongs to one of the units (or a unit below it) or to one of the employment categories.
 * With {@code newHiresOnly}, only people whose 着任日 falls in the plan's 年度 are included.
 */
public record Audience(
        boolean allStaff, boolean newHiresOnly, Set<Role> roles, Set<Long> unitIds, Set<Long> categoryIds) {
    public Audience {
        roles = Set.copyOf(roles);
        unitIds = Set.copyOf(unitIds);
        categoryIds = Set.copyOf(categoryIds);
    }

    public static Audience everyone() {
        return new Audience(true, false, Set.of(), Set.of(), Set.of());
    }

    public boolean targetsSomeone() {
        return allStaff || !roles.isEmpty() || !unitIds.isEmpty() || !categoryIds.isEmpty();
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
