package jp.mamori.organization;

/**
 * Staff numbers of the fictional people in the dev sample organisation (架空市職員共済組合) that
 * demo accounts can be linked to. Only seeded in dev mode.
 */
public final class SampleOrganization {
    /** 見本 太郎: 最高情報セキュリティ責任者 (CISO). */
    public static final String DEMO_CISO_STAFF_NUMBER = "D0001";
    /** 試験 花子: 統括情報セキュリティ責任者. */
    public static final String DEMO_CHIEF_OFFICER_STAFF_NUMBER = "D0003";
    /** 模擬 一郎: 情報セキュリティ管理者 of 保険課 (unit-scoped). */
    public static final String DEMO_SECTION_MANAGER_STAFF_NUMBER = "D0010";
    /** 仮名 次郎: 情報システム管理者. */
    public static final String DEMO_SYSTEM_ADMINISTRATOR_STAFF_NUMBER = "D0020";
    /** 例示 監子: 監査人, in 監査室 (outside the units she audits). */
    public static final String DEMO_AUDITOR_STAFF_NUMBER = "D0025";
    /** 標本 三郎: a staff member (職員) without any role. */
    public static final String DEMO_STAFF_STAFF_NUMBER = "D0030";

    private SampleOrganization() {}
}
