package jp.mamori.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The person a {@link TaskSource} is asked about: their organisation person id, the role grants they
 * hold on the day, and for each unit a grant names, that unit with every unit below it (expanded once
 * by {@link #of}, so no source asks the organisation again).
 *
 * @param reach for each unit id of a unit-scoped grant, the unit and all units below it
 */
public record TaskHolder(long personId, List<RoleGrant> grants, Map<Long, Set<Long>> reach) {
    public TaskHolder {
        grants = List.copyOf(grants);
        reach = Map.copyOf(reach);
    }

    /** The person with their grants, each unit-scoped grant expanded through the hierarchy. */
    public static TaskHolder of(long personId, List<RoleGrant> grants, UnitHierarchy units) {
        Map<Long, Set<Long>> reach = new HashMap<>();
        for (RoleGrant g : grants) {
            if (g.unitId() != null && !reach.containsKey(g.unitId())) {
                reach.put(g.unitId(), Set.copyOf(units.selfAndDescendants(g.unitId())));
            }
        }
        return new TaskHolder(personId, grants, reach);
    }

    /** True when the person holds the role anywhere. */
    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** True when the person holds the role for the whole body. */
    public boolean holdsBodyWide(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role && g.isBodyWide());
    }

    /**
     * The units the person holds the role for, with every unit below them; empty when they hold it
     * only for the whole body (check {@link #holdsBodyWide} first) or not at all.
     */
    public Set<Long> unitsOf(Role role) {
        Set<Long> ids = new HashSet<>();
        for (RoleGrant g : grants) {
            if (g.role() == role && g.unitId() != null) {
                ids.addAll(reach.getOrDefault(g.unitId(), Set.of(g.unitId())));
            }
        }
        return ids;
    }

    /** True when the role is held for the whole body or for a unit that covers the given unit. */
    public boolean holdsFor(Role role, long unitId) {
        return holdsBodyWide(role) || unitsOf(role).contains(unitId);
    }
}
