package jp.mamori.incident;

/**
 * The part of the escalation the body's emergency response plan decides beyond the fixed stages
 * (issue 11 point 4): whether the 情報セキュリティ責任者 of the reporter's unit and the
 * 情報システム管理者 of the affected information systems are told at the first stage. Both start off,
 * so a plan saved before the matrix existed escalates as it did.
 *
 * @param securityOfficer tell the 情報セキュリティ責任者 of the reporter's unit (and the units above it)
 * @param systemAdministrators tell the 情報システム管理者 for the units that own the affected
 *     information systems (assets of kind ① named in the report or linked from the register)
 */
public record EscalationMatrix(boolean securityOfficer, boolean systemAdministrators) {
    /** Neither: the stages as they were before the matrix. */
    public static EscalationMatrix none() {
        return new EscalationMatrix(false, false);
    }
}
