package jp.mamori.incident;

import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code incident-regime.chosen}: a body-wide manager stated the body's legal regime for
 * breach reporting, with the reason (for a 共済組合, whose regime is the body's own decision).
 */
@AuditableEvent.SubjectType("incident-regime")
@AuditableEvent.Action("incident-regime.chosen")
public record RegimeChosen(int seq, String actor, Regime regime, String previous, String reason)
        implements AuditableEvent {
    @Override
    public String subjectId() {
        return Integer.toString(seq);
    }
}
