package jp.mamori.premises;

/**
 * What the body allows for carrying out an asset of one confidentiality class: never, with the
 * approval of the unit's 情報セキュリティ管理者, or with that and the CISO's.
 */
public enum CarryOutRule {
    NEVER,
    MANAGER,
    CISO;

    public String messageKey() {
        return "prm.carryOut.rule." + name();
    }
}
