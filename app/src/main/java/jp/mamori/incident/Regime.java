package jp.mamori.incident;

/**
 * The legal regime under which the body reports a personal-data breach to the 個人情報保護委員会. It
 * decides which rule set applies ({@link ReportingRules#forRegime}), which reasons and provisions the
 * page and the report cite, and the report's layout. 番号法 applies under both.
 *
 * <p>A 地方公共団体の機関 and a 地方独立行政法人 are 行政機関等; a company is a 個人情報取扱事業者. Which of the
 * two a 共済組合 is, is the body's own decision: the product asks and shows what follows.
 */
public enum Regime {
    /** 行政機関等: 個人情報保護法 第68条, 施行規則 第43条・第44条 (保有個人情報, more than 100 people). */
    PUBLIC_BODY,
    /** 個人情報取扱事業者: 個人情報保護法 第26条, 施行規則 第7条・第8条 (個人データ, more than 1,000 people). */
    BUSINESS;

    public String messageKey() {
        return "incident.regime." + name();
    }

    /** The article of the law that puts the duty to report on the body. */
    public String article() {
        return this == PUBLIC_BODY ? "個人情報保護法第68条" : "個人情報保護法第26条";
    }
}
