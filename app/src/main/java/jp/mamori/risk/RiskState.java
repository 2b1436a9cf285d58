package jp.mamori.risk;

/** Where a risk stands; the lifecycle is explained on {@link Risk}. */
public enum RiskState {
    /** 特定済: registered, not yet assessed. */
    IDENTIFIED,
    /** 評価済: assessed and treated; the residual risk waits for acceptance. */
    ASSESSED,
    /** 受容済: the CISO accepted the residual risk; the assessment is frozen. */
    ACCEPTED,
    /** 終了: the risk no longer exists (asset disposed of, activity stopped). */
    CLOSED;

    public String messageKey() {
        return "risk.state." + name();
    }
}
