package jp.mamori.control.catalogue;

/**
 * How an information system is provided, declared on the system's page of the statement of
 * applicability (the asset register does not record it): a cloud service (外部サービス) or a system
 * run by a contractor (業務委託).
 */
public enum SystemType {
    CLOUD,
    OUTSOURCED;

    public String messageKey() {
        return "control.systemType." + name();
    }
}
