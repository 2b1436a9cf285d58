package jp.mamori.incident;

import java.util.HashSet;
import java.util.Set;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on an incident. The reporter sees what they reported; CSIRT, auditors and the
 * body-wide roles (administrator, CISO, 副CISO, 統括) see every incident; a 情報セキュリティ責任者 or
 * 管理者 sees the incidents of the units their role covers (an incident belongs to the reporter's
 * unit). Working on an incident (triage, steps, checklist) is for CSIRT, the body-wide roles and the
 * unit's 責任者・管理者 — not for auditors, and not for the reporter as such.
 */
@Component("incidentAccess")
class IncidentAccess {
    private final Access access;
    private final UnitHierarchy units;

    IncidentAccess(Access access, UnitHierarchy units) {
        this.access = access;
        this.units = units;
    }

    /** Sees every incident of the body. */
    public boolean seesAll() {
        return access.canReadAll() || access.hasRole(Role.CSIRT.name());
    }

    public boolean canRead(Incident incident) {
        return canRead(incident.reportedBy(), incident.report().reporterUnitId());
    }

    public boolean canRead(IncidentSummary incident) {
        return canRead(incident.reportedBy(), incident.reporterUnitId());
    }

    private boolean canRead(String reportedBy, long unitId) {
        return Access.current()
                        .map(CurrentUser::login)
                        .filter(reportedBy::equals)
                        .isPresent()
                || seesAll()
                || access.canManageUnit(unitId);
    }

    public boolean canRespond(Incident incident) {
        return access.isBodyWideManager()
                || access.hasRole(Role.CSIRT.name())
                || access.canManageUnit(incident.report().reporterUnitId());
    }

    /** Edits the emergency response plan: the body-wide roles. */
    public boolean canManagePlan() {
        return access.isBodyWideManager();
    }

    /** What an incident list shows the signed-in user. */
    IncidentRepository.Scope scope() {
        if (seesAll()) {
            return IncidentRepository.Scope.everything();
        }
        if (Access.current()
                .map(u -> u.grants().stream().anyMatch(g -> isSectionRole(g) && g.isBodyWide()))
                .orElse(false)) {
            return IncidentRepository.Scope.everything();
        }
        return new IncidentRepository.Scope(false, Access.currentLogin(), managedUnits());
    }

    private Set<Long> managedUnits() {
        Set<Long> ids = new HashSet<>();
        Access.current()
                .ifPresent(u -> u.grants().stream()
                        .filter(g -> isSectionRole(g) && !g.isBodyWide())
                        .forEach(g ->
                                ids.addAll(units.selfAndDescendants(java.util.Objects.requireNonNull(g.unitId())))));
        return ids;
    }

    private static boolean isSectionRole(RoleGrant grant) {
        return grant.role() == Role.SECURITY_OFFICER || grant.role() == Role.SECURITY_MANAGER;
    }
}
