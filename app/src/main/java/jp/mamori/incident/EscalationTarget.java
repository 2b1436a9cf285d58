package jp.mamori.incident;

import jp.mamori.shared.Role;

/**
 * One role to tell about an incident, at a stage of the escalation (1 first). The next layer turns a
 * target into people with the organization module's role holders.
 *
 * @param scope whether the role is looked up for the reporter's unit (and the units above it) or for
 *     the whole body
 */
public record EscalationTarget(int stage, Role role, Scope scope) {
    public enum Scope {
        /** The holder of the role for the reporter's unit. */
        REPORTERS_UNIT,
        /** The body-wide holders of the role. */
        BODY,
        /**
         * The holders of the role for the units owning the affected information systems (assets of
         * kind ① named in the report or linked from the register).
         */
        AFFECTED_SYSTEMS
    }

    public EscalationTarget {
        if (stage < 1) {
            throw new IllegalArgumentException("escalation stages start at 1: " + stage);
        }
    }
}
