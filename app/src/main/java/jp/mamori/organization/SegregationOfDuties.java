package jp.mamori.organization;

import java.time.LocalDate;

/** The segregation-of-duties checks other modules call before they let an approval or an audit go ahead. */
public interface SegregationOfDuties {
    /** Throws NotAllowedException("sod.selfApproval") when approver == requester. */
    void checkApproval(long requesterPersonId, long approverPersonId);

    /**
     * Throws NotAllowedException("sod.auditOwnUnit") when the auditor belongs to the audited unit (or
     * a unit below it) on that day — or when the audited unit lies below the auditor's own unit.
     */
    void checkAudit(long auditorPersonId, long auditedUnitId, LocalDate day);
}
