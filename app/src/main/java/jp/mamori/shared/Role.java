package jp.mamori.shared;

/**
 * The guideline's role catalogue. Japanese and English names live in the message bundles under
 * {@code role.<NAME>}; the glossary (docs/glossary.md) maps each to its Japanese term.
 */
public enum Role {
    /** 最高情報セキュリティ責任者 (CISO). */
    CISO(true),
    /** 副CISO. */
    DEPUTY_CISO(true),
    /** 統括情報セキュリティ責任者. */
    CHIEF_SECURITY_OFFICER(true),
    /** 情報セキュリティ責任者 (head of a department). */
    SECURITY_OFFICER(false),
    /** 情報セキュリティ管理者 (head of a section). */
    SECURITY_MANAGER(false),
    /** 情報システム管理者. */
    SYSTEM_ADMINISTRATOR(false),
    /** 情報システム担当者. */
    SYSTEM_STAFF(false),
    /** 情報セキュリティ委員会委員. */
    COMMITTEE_MEMBER(false),
    /** CSIRT member. */
    CSIRT(false),
    /** 監査人 (internal or external auditor). */
    AUDITOR(false),
    /** 監査統括責任者: plans and directs the information security audits. */
    AUDIT_DIRECTOR(false),
    /** 職員等: everyone in post. */
    STAFF(false);

    private final boolean cisoLevel;

    Role(boolean cisoLevel) {
        this.cisoLevel = cisoLevel;
    }

    /** True for the roles that must sign in with a second factor: CISO, 副CISO and 統括. */
    public boolean isCisoLevel() {
        return cisoLevel;
    }

    /** The message key of this role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
