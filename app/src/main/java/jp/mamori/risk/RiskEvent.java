package jp.mamori.risk;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Something that happened in the risk register, for the audit trail: a risk registered, changed,
 * assessed, accepted or closed; the matrix changed. The details are derived from each record's
 * components.
 */
public sealed interface RiskEvent extends AuditableEvent {

    /** Audit event {@code risk.registered}. */
    record RiskRegistered(
            @AuditableEvent.Subject String reference, String actor, String title, String unit, String threat)
            implements RiskEvent {
        @Override
        public String action() {
            return "risk.registered";
        }
    }

    /** Audit event {@code risk.changed}: the old → new values of what changed. */
    record RiskChanged(@AuditableEvent.Subject String reference, String actor, Map<String, String> changes)
            implements RiskEvent {
        public RiskChanged {
            changes = Map.copyOf(changes);
        }

        @Override
        public String action() {
            return "risk.changed";
        }
    }

    /** Audit event {@code risk.assessed}: grades, levels, treatment and measures of the assessment. */
    record RiskAssessed(
            @AuditableEvent.Subject String reference,
            String actor,
            int assessment,
            String inherent,
            String treatment,
            String measures,
            String residual)
            implements RiskEvent {
        @Override
        public String action() {
            return "risk.assessed";
        }
    }

    /** Audit event {@code risk.accepted}: the residual risk accepted, the assessment frozen. */
    record RiskAccepted(
            @AuditableEvent.Subject String reference, String actor, int assessment, String residual, String comment)
            implements RiskEvent {
        @Override
        public String action() {
            return "risk.accepted";
        }
    }

    /** Audit event {@code risk.closed}. */
    record RiskClosed(@AuditableEvent.Subject String reference, String actor, String reason) implements RiskEvent {
        @Override
        public String action() {
            return "risk.closed";
        }
    }

    /** Audit event {@code risk.matrix.changed}: the matrix before and after, in words. */
    record MatrixChanged(@AuditableEvent.Subject String matrix, String actor, String before, String after)
            implements RiskEvent {
        @Override
        public String action() {
            return "risk.matrix.changed";
        }
    }

    @Override
    default String subjectType() {
        return this instanceof MatrixChanged ? "risk-matrix" : "risk";
    }
}
