package jp.mamori.organization;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A unit may not be placed under itself or under any unit below it: the tree would become a loop
 * and the unit would vanish from it.
 */
final class NoCycleRule {
    private NoCycleRule() {}

    /**
     * True when moving the unit under the new parent keeps the tree a tree.
     *
     * @param selfAndBelow the unit and every unit below it, before the move
     */
    static boolean allows(Set<Long> selfAndBelow, @Nullable Long newParentId) {
        return newParentId == null || !selfAndBelow.contains(newParentId);
    }
}
