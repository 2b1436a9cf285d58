package jp.mamori.organization;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code person.created}: the details hold the values it was given or, for a change, each
 * changed field as {@code old → new}.
 */
public record PersonCreated(long personId, String actor, Map<String, String> details) implements AuditableEvent {
    public PersonCreated {
        details = Changes.frozen(details);
    }

    @Override
    public String action() {
        return "person.created";
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
