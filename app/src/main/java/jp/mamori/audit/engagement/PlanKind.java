package jp.mamori.audit.engagement;

/** 中期監査計画 (several fiscal years) or 年度監査計画 (one fiscal year, under a medium-term plan). */
public enum PlanKind {
    MEDIUM_TERM,
    ANNUAL;

    public String messageKey() {
        return "aud.plan.kind." + name();
    }
}
