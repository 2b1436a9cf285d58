package jp.mamori.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Role assignments joined with their holders and scopes, for the pages. */
@Component
public class RoleHolders {
    private final RoleAssignments assignments;
    private final People people;
    private final UnitRepository units;

    private final Clock clock;

    RoleHolders(RoleAssignments assignments, People people, UnitRepository units, Clock clock) {
        this.clock = clock;
        this.assignments = assignments;
        this.people = people;
        this.units = units;
    }

    /** Assignments scoped to the unit that hold today or start later. */
    @Transactional(readOnly = true)
    public List<AssignmentRow> ofUnit(long unitId) {
        return rows(assignments.ofUnit(unitId)).stream()
                .filter(r -> !"ENDED".equals(r.state()))
                .toList();
    }

    /** Every assignment of the person, the whole history. */
    @Transactional(readOnly = true)
    public List<AssignmentRow> ofPerson(long personId) {
        return rows(assignments.ofPerson(personId));
    }

    /** One assignment as the pages show it. */
    @Transactional(readOnly = true)
    public AssignmentRow row(long assignmentId) {
        return rows(List.of(assignments.get(assignmentId))).get(0);
    }

    /** Every role of the catalogue but 職員等, each with its whole history of assignments. */
    @Transactional(readOnly = true)
    public Map<Role, List<AssignmentRow>> byRole() {
        Map<Role, List<AssignmentRow>> byRole = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (role != Role.STAFF) {
                byRole.put(role, new java.util.ArrayList<>());
            }
        }
        for (AssignmentRow row : rows(assignments.all())) {
            byRole.get(row.assignment().role()).add(row);
        }
        return byRole;
    }

    private List<AssignmentRow> rows(List<RoleAssignment> list) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Person> holders =
                people.byIds(list.stream().map(RoleAssignment::personId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        return list.stream()
                .filter(a -> holders.containsKey(a.personId()))
                .map(a -> new AssignmentRow(
                        a,
                        holders.get(a.personId()),
                        a.unitId() == null ? "" : unitNames.getOrDefault(a.unitId(), ""),
                        AssignmentRow.stateOf(a, today)))
                .toList();
    }
}
