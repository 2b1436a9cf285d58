package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Set;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.UnitHierarchy;
import org.springframework.stereotype.Service;

/** The {@link SegregationOfDuties} bean: the two rules, applied to the directory as it stands. */
@Service
class SegregationRules implements SegregationOfDuties {
    private final OrganizationDirectory directory;
    private final UnitHierarchy units;

    SegregationRules(OrganizationDirectory directory, UnitHierarchy units) {
        this.directory = directory;
        this.units = units;
    }

    @Override
    public void checkApproval(long requesterPersonId, long approverPersonId) {
        NoSelfApproval.check(requesterPersonId, approverPersonId);
    }

    @Override
    public void checkAudit(long auditorPersonId, long auditedUnitId, LocalDate day) {
        PersonSummary auditor =
                directory.person(auditorPersonId).orElseThrow(() -> new NotFoundException("person", auditorPersonId));
        if (!directory.inPostOn(auditorPersonId, day)) {
            return;
        }
        long own = directory.unitOn(auditor, day);
        NoAuditOfOwnUnit.check(
                own, units.selfAndDescendants(own), auditedUnitId, units.selfAndDescendants(auditedUnitId));
    }

    /** Nobody approves their own request. */
    static final class NoSelfApproval {
        private NoSelfApproval() {}

        static void check(long requester, long approver) {
            if (requester == approver) {
                throw new NotAllowedException("sod.selfApproval");
            }
        }
    }

    /**
     * An auditor does not audit the unit they belong to: not their unit, not a unit above it (which
     * contains it), not a unit below it.
     */
    static final class NoAuditOfOwnUnit {
        private NoAuditOfOwnUnit() {}

        static void check(long ownUnit, Set<Long> ownAndBelow, long auditedUnit, Set<Long> auditedAndBelow) {
            if (ownAndBelow.contains(auditedUnit) || auditedAndBelow.contains(ownUnit)) {
                throw new NotAllowedException("sod.auditOwnUnit");
            }
        }
    }
}
