package jp.mamori.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.SegregationOfDuties;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import jp.mamori.system.SystemRegister;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The auditor's independence (segregation of duties): nobody audits a unit they belong to (or a unit
 * above or below it), a unit they manage (情報セキュリティ責任者・管理者 or a CISO-level role whose
 * scope covers it), or a system they administer (its 情報システム管理者). Each refusal names the
 * person, what they would audit and why, so the page can show the reason.
 */
@Component
public class Independence {
    private static final List<Role> MANAGING = List.of(
            Role.SECURITY_OFFICER, Role.SECURITY_MANAGER, Role.CISO, Role.DEPUTY_CISO, Role.CHIEF_SECURITY_OFFICER);

    private final Directory directory;
    private final SegregationOfDuties duties;
    private final UnitHierarchy units;
    private final SystemRegister systems;

    Independence(Directory directory, SegregationOfDuties duties, UnitHierarchy units, SystemRegister systems) {
        this.directory = directory;
        this.duties = duties;
        this.units = units;
        this.systems = systems;
    }

    /** The first reason the person may not audit these units and systems on that day, if any. */
    public Optional<Problem> problem(
            long personId, Collection<Long> unitIds, Collection<Long> systemIds, LocalDate day) {
        String who = directory.person(personId).map(PersonSummary::name).orElse("#" + personId);
        List<RoleGrant> grants = directory.grantsOn(personId, day);
        for (long unitId : unitIds) {
            String unit = directory.unit(unitId).map(UnitSummary::name).orElse("#" + unitId);
            try {
                duties.checkAudit(personId, unitId, day);
            } catch (NotAllowedException e) {
                return Optional.of(Problem.of("team", "aud.independence.ownUnit", who, unit));
            }
            for (RoleGrant g : grants) {
                if (MANAGING.contains(g.role())
                        && (g.isBodyWide()
                                || units.selfAndDescendants(g.unitId()).contains(unitId))) {
                    return Optional.of(Problem.of(
                            "team",
                            "aud.independence.manages",
                            who,
                            unit,
                            new DefaultMessageSourceResolvable(g.role().messageKey())));
                }
            }
        }
        for (long systemId : systemIds) {
            if (systems.administrators(systemId).contains(personId)) {
                String system = systems.system(systemId)
                        .map(SystemRegister.SystemProfile::name)
                        .orElse("#" + systemId);
                return Optional.of(Problem.of("team", "aud.independence.administers", who, system));
            }
        }
        return Optional.empty();
    }
}
