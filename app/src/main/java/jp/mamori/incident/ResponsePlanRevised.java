package jp.mamori.incident;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code incident-response-plan.revised}: a body-wide manager saved a new version of the
 * emergency response plan. The details give the version, the reason and each changed setting as
 * {@code old → new}, and which checklist steps were added, removed or reworded (by key).
 */
@AuditableEvent.SubjectType("incident-response-plan")
@AuditableEvent.Action("incident-response-plan.revised")
public record ResponsePlanRevised(int version, String actor, Map<String, String> details) implements AuditableEvent {
    public ResponsePlanRevised {
        details = AuditableEvent.inOrder(details);
    }

    @Override
    public String subjectId() {
        return Integer.toString(version);
    }
}
