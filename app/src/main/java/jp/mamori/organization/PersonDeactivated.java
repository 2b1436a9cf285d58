package jp.mamori.organization;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code person.deactivated}: the details hold the values it was given or, for a change, each
 * changed field as {@code old → new}.
 */
public record PersonDeactivated(long personId, String actor, Map<String, String> details) implements AuditableEvent {
    public PersonDeactivated {
        details = Changes.frozen(details);
    }

    @Override
    public String action() {
        return "person.deactivated";
    }

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return Long.toString(personId);
    }
}
