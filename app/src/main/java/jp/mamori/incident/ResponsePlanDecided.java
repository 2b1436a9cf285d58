package jp.mamori.incident;

import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code incident-response-plan.decided}: the CISO's 決裁 on a draft of the emergency
 * response plan — {@code IN_FORCE} (approved, in force from now) or {@code RETURNED} — with who drafted
 * it and the CISO's note.
 */
@AuditableEvent.SubjectType("incident-response-plan")
@AuditableEvent.Action("incident-response-plan.decided")
public record ResponsePlanDecided(int version, String actor, String decision, String draftedBy, String note)
        implements AuditableEvent {
    @Override
    public String subjectId() {
        return Integer.toString(version);
    }
}
