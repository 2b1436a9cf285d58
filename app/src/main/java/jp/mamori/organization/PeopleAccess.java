package jp.mamori.organization;

import java.util.HashSet;
import java.util.Set;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may register and change people, for the handlers' {@code @PreAuthorize("@peopleAccess.…")}:
 * body-wide managers, and 情報セキュリティ責任者・管理者 for the units their scope covers. Everyone
 * signed in reads the directory. A refusal throws {@link NotAllowedException} naming the reason, as
 * the pages always said it; an unknown id passes, so that the handler answers 404.
 */
@Component("peopleAccess")
public class PeopleAccess {
    private final Access access;
    private final PersonRepository people;
    private final Units units;

    PeopleAccess(Access access, PersonRepository people, Units units) {
        this.access = access;
        this.people = people;
        this.units = units;
    }

    /** May register people at all (the unit itself is checked on the record). */
    public boolean mayCreate() {
        if (!managesSomeUnit()) {
            throw new NotAllowedException("organization.notAllowed.unit");
        }
        return true;
    }

    /** May change the person: manages the person's unit. */
    public boolean mayChange(long personId) {
        people.find(personId).ifPresent(person -> requireManages(person.unitId()));
        return true;
    }

    /** Manages the unit: body-wide managers, and 情報セキュリティ責任者・管理者 whose scope covers it. */
    public boolean canManage(long unitId) {
        return access.canManageUnit(unitId);
    }

    /** Manages every unit: the body-wide managers. */
    public boolean managesEveryUnit() {
        return access.isBodyWideManager();
    }

    /** Refuses unless the user manages the unit (a person's new unit, checked on the record). */
    public void requireManages(long unitId) {
        if (!access.canManageUnit(unitId)) {
            throw new NotAllowedException("organization.notAllowed.unit");
        }
    }

    /** Body-wide managers, and anyone holding 情報セキュリティ責任者 or 管理者 for some unit. */
    public boolean managesSomeUnit() {
        return access.isBodyWideManager() || !managedUnits().isEmpty();
    }

    /** The units a unit-scoped 情報セキュリティ責任者・管理者 covers, with the units below them. */
    public Set<Long> managedUnits() {
        Set<Long> managed = new HashSet<>();
        Access.current()
                .ifPresent(user -> user.grants().stream()
                        .filter(g -> g.role() == Role.SECURITY_OFFICER || g.role() == Role.SECURITY_MANAGER)
                        .filter(g -> g.unitId() != null)
                        .forEach(g -> managed.addAll(units.selfAndBelow(g.unitId()))));
        return managed;
    }
}
