package jp.mamori.organization;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code employment-category.changed}: the details hold the values it was given or, for a change, each
 * changed field as {@code old → new}.
 */
public record CategoryChanged(long categoryId, String actor, Map<String, String> details) implements AuditableEvent {
    public CategoryChanged {
        details = Changes.frozen(details);
    }

    @Override
    public String action() {
        return "employment-category.changed";
    }

    @Override
    public String subjectType() {
        return "employment-category";
    }

    @Override
    public String subjectId() {
        return Long.toString(categoryId);
    }
}
