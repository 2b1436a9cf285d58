package jp.mamori.organization;

import java.time.LocalDate;

/**
 * One role assignment as the pages show it: who holds it, for which scope (empty = the whole body)
 * and its state today — {@code CURRENT}, {@code FUTURE} or {@code ENDED}.
 */
record AssignmentRow(RoleAssignment assignment, Person person, String scopeName, String state) {
    static String stateOf(RoleAssignment assignment, LocalDate today) {
        if (assignment.validOn(today)) {
            return "CURRENT";
        }
        return assignment.validFrom().isAfter(today) ? "FUTURE" : "ENDED";
    }

    public boolean current() {
        return "CURRENT".equals(state);
    }

    public boolean endable() {
        return !assignment.isEnded() && !"ENDED".equals(state);
    }
}
