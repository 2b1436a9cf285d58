package jp.mamori.organization;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code person.changed}: the details hold the values it was given or, for a change, each
 * changed field as {@code old → new}.
 */
public record PersonChanged(long personId, String actor, Map<String, String> details) implements AuditableEvent {
    public PersonChanged {
        details = Changes.frozen(details);
    }

    @Override
    public String action() {
        return "person.changed";
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
