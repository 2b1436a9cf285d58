package jp.mamori.audit.engagement;

/** The auditor's result for one checklist item. */
public enum CheckResult {
    CONFORMS,
    DEVIATES,
    NOT_APPLICABLE;

    public String messageKey() {
        return "aud.check.result." + name();
    }
}
