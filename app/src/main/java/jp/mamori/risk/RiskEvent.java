package jp.mamori.risk;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Something that happened in the risk register, for the audit trail: a risk registered, changed,
 * assessed, accepted or closed; the matrix changed. The details are derived from each record's
 * components.
 */
@AuditableEvent.SubjectType("risk")
public sealed interface RiskEvent extends AuditableEvent {

    @AuditableEvent.Action("risk.registered")
    record RiskRegistered(
            @AuditableEvent.Subject String reference, String actor, String title, String unit, String threat)
            implements RiskEvent {}

    /** Audit event {@code risk.changed}: the old → new values of what changed. */
    @AuditableEvent.Action("risk.changed")
    record RiskChanged(@AuditableEvent.Subject String reference, String actor, Map<String, String> changes)
            implements RiskEvent {
        public RiskChanged {
            changes = AuditableEvent.inOrder(changes);
        }
    }

    /** Audit event {@code risk.assessed}: grades, levels, treatment and measures of the assessment. */
    @AuditableEvent.Action("risk.assessed")
    record RiskAssessed(
            @AuditableEvent.Subject String reference,
            String actor,
            int assessment,
            String inherent,
            String treatment,
            String measures,
            String residual)
            implements RiskEvent {}

    /** Audit event {@code risk.accepted}: the residual risk accepted, the assessment frozen. */
    @AuditableEvent.Action("risk.accepted")
    record RiskAccepted(
            @AuditableEvent.Subject String reference, String actor, int assessment, String residual, String comment)
            implements RiskEvent {}

    @AuditableEvent.Action("risk.closed")
    record RiskClosed(@AuditableEvent.Subject String reference, String actor, String reason) implements RiskEvent {}

    /** Audit event {@code risk.matrix.changed}: the matrix before and after, in words. */
    @AuditableEvent.SubjectType("risk-matrix")
    @AuditableEvent.Action("risk.matrix.changed")
    record MatrixChanged(@AuditableEvent.Subject String matrix, String actor, String before, String after)
            implements RiskEvent {}
}
