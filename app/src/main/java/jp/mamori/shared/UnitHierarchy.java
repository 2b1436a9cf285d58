package jp.mamori.shared;

import java.util.Set;

/** Answers which units lie under a unit; implemented by the organization module. */
public interface UnitHierarchy {
    /** The unit itself and every unit below it, at any depth. */
    Set<Long> selfAndDescendants(long unitId);
}
