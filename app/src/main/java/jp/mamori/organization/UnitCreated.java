package jp.mamori.organization;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code unit.created}: the details hold the values it was given or, for a change, each
 * changed field as {@code old → new}.
 */
public record UnitCreated(long unitId, String actor, Map<String, String> details) implements AuditableEvent {
    public UnitCreated {
        details = Changes.frozen(details);
    }

    @Override
    public String action() {
        return "unit.created";
    }

    @Override
    public String subjectType() {
        return "unit";
    }

    @Override
    public String subjectId() {
        return Long.toString(unitId);
    }
}
