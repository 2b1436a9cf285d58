package jp.mamori.policy;

import org.jspecify.annotations.Nullable;

/**
 * The three tiers of the policy. The basic policy stands alone at the top, standards sit under it
 * and procedures under a standard; {@link #allowsParent} states that once.
 */
public enum PolicyTier {
    /** 基本方針: one per body, public by default. */
    BASIC_POLICY(Audience.PUBLIC),
    /** 対策基準: under the basic policy, read by all staff by default. */
    STANDARD(Audience.ALL_STAFF),
    /** 実施手順: under a standard, per system or unit, restricted by default. */
    PROCEDURE(Audience.RESTRICTED);

    private final Audience defaultAudience;

    PolicyTier(Audience defaultAudience) {
        this.defaultAudience = defaultAudience;
    }

    public Audience defaultAudience() {
        return defaultAudience;
    }

    /** The tier a document of this tier must hang under, or null for the basic policy. */
    @Nullable
    PolicyTier parentTier() {
        return switch (this) {
            case BASIC_POLICY -> null;
            case STANDARD -> BASIC_POLICY;
            case PROCEDURE -> STANDARD;
        };
    }

    /** True when a document of this tier may hang under a document of {@code parent} (null: no parent). */
    boolean allowsParent(@Nullable PolicyTier parent) {
        return parentTier() == parent;
    }

    public String messageKey() {
        return "policy.tier." + name();
    }
}
