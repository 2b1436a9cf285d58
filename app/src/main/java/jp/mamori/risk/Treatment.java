package jp.mamori.risk;

/** How a risk is treated (リスク対応). */
public enum Treatment {
    /** 低減: measures of the catalogue bring the likelihood or the impact down; names at least one. */
    REDUCE,
    /** 受容: the risk is borne as it is. */
    ACCEPT,
    /** 移転: insurance or a contract moves the consequences to someone else. */
    TRANSFER,
    /** 回避: the activity that causes the risk is stopped. */
    AVOID;

    public String messageKey() {
        return "risk.treatment." + name();
    }
}
