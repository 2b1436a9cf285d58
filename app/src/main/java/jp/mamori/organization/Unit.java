package jp.mamori.organization;

import org.jspecify.annotations.Nullable;

/**
 * An org unit (局・部・課・係 …): a unique code, a name, and the unit above it ({@code null} for a
 * top unit). Units form a tree of any depth; {@link NoCycleRule} keeps it one.
 */
public record Unit(
        long id, String code, String name, @Nullable Long parentId) {}
