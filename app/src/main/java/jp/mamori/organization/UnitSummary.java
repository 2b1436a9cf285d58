package jp.mamori.organization;

import org.jspecify.annotations.Nullable;

/**
 * A unit (所属) as other modules see it.
 *
 * @param id the unit's id
 * @param code the body's own unit code, unique
 * @param name 所属名
 * @param parentId the unit above, or null for a top unit
 */
public record UnitSummary(
        long id, String code, String name, @Nullable Long parentId) {}
