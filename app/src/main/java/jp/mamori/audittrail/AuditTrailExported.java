package jp.mamori.audittrail;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Someone exported (part of) the audit trail: the format, how many entries, and the filter used. */
public record AuditTrailExported(String actor, Map<String, String> details) implements AuditableEvent {
    @Override
    public String action() {
        return "audit-trail.exported";
    }

    @Override
    public String subjectType() {
        return "audit-trail";
    }

    @Override
    public String subjectId() {
        return "";
    }
}
