package jp.mamori.organization;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code role-assignment.created}: the details hold the values it was given or, for a change, each
 * changed field as {@code old → new}.
 */
public record RoleAssigned(long assignmentId, String actor, Map<String, String> details) implements AuditableEvent {
    public RoleAssigned {
        details = Changes.frozen(details);
    }

    @Override
    public String action() {
        return "role-assignment.created";
    }

    @Override
    public String subjectType() {
        return "role-assignment";
    }

    @Override
    public String subjectId() {
        return Long.toString(assignmentId);
    }
}
