package jp.mamori.incident;

import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code incident-regime.chosen}: a body-wide manager stated the body's legal regime for
 * breach reporting, with the reason (for a 共済組合, whose regime is the body's own decision).
 */
public record RegimeChosen(int seq, String actor, Regime regime, String previous, String reason)
        implements AuditableEvent {
    @Override
    public String action() {
        return "incident-regime.chosen";
    }

    @Override
    public String subjectType() {
        return "incident-regime";
    }

    @Override
    public String subjectId() {
        return Integer.toString(seq);
    }
}
