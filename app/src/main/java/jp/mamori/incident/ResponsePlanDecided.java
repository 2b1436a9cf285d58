package jp.mamori.incident;

import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code incident-response-plan.decided}: the CISO's 決裁 on a draft of the emergency
 * response plan — {@code IN_FORCE} (approved, in force from now) or {@code RETURNED} — with who drafted
 * it and the CISO's note.
 */
public record ResponsePlanDecided(int version, String actor, String decision, String draftedBy, String note)
        implements AuditableEvent {
    @Override
    public String action() {
        return "incident-response-plan.decided";
    }

    @Override
    public String subjectType() {
        return "incident-response-plan";
    }

    @Override
    public String subjectId() {
        return Integer.toString(version);
    }
}
