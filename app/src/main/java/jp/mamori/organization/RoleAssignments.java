package jp.mamori.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.OrganizationEvent.RoleAssigned;
import jp.mamori.organization.OrganizationEvent.RoleAssignmentEnded;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Giving and ending roles, and the full history of every assignment ever made. */
@Service
public class RoleAssignments {
    private static final String SELECT =
            "select id, person_id, role, unit_id, valid_from, valid_to, assigned_by, assigned_at, ended_by, ended_at from org_role_assignment ";
    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final UnitRepository units;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    RoleAssignments(
            JdbcClient jdbc,
            PersonRepository people,
            UnitRepository units,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public RoleAssignment get(long id) {
        return jdbc.sql(SELECT + "where id = :id")
                .param("id", id)
                .query(RoleAssignments::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("role-assignment", id));
    }

    /** Every assignment of the person, current and past, newest first. */
    @Transactional(readOnly = true)
    List<RoleAssignment> ofPerson(long personId) {
        return jdbc.sql(SELECT + "where person_id = :id order by valid_from desc, id desc")
                .param("id", personId)
                .query(RoleAssignments::map)
                .list();
    }

    /** Every assignment of the role, current and past. */
    @Transactional(readOnly = true)
    List<RoleAssignment> ofRole(Role role) {
        return jdbc.sql(SELECT + "where role = :role order by valid_from desc, id desc")
                .param("role", role.name())
                .query(RoleAssignments::map)
                .list();
    }

    /** Every assignment scoped to exactly this unit, current and past. */
    @Transactional(readOnly = true)
    List<RoleAssignment> ofUnit(long unitId) {
        return jdbc.sql(SELECT + "where unit_id = :unit order by role, valid_from desc, id desc")
                .param("unit", unitId)
                .query(RoleAssignments::map)
                .list();
    }

    @Transactional(readOnly = true)
    List<RoleAssignment> all() {
        return jdbc.sql(SELECT + "order by role, valid_from desc, id desc")
                .query(RoleAssignments::map)
                .list();
    }

    @Transactional
    public RoleAssignment assign(RoleAssignmentDraft draft) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        if (draft.personId() != null && people.find(draft.personId()).isEmpty()) {
            problems.add(Problem.of("personId", "organization.role.person.unknown"));
        }
        if (draft.unitId() != null && units.find(draft.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "organization.role.unit.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, unit_id, valid_from, valid_to, assigned_by, assigned_at)
                        values (:person, :role, :unit, :from, :to, :by, :at)
                        """)
                .param("person", draft.personId())
                .param("role", draft.role().name())
                .param("unit", draft.unitId())
                .param("from", draft.validFrom())
                .param("to", draft.validTo())
                .param("by", actor)
                .param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        events.publishEvent(new RoleAssigned(
                id,
                actor,
                Changes.start()
                        .value("personId", draft.personId())
                        .value("role", draft.role().name())
                        .value("unitId", draft.unitId())
                        .value("validFrom", draft.validFrom())
                        .value("validTo", draft.validTo())
                        .toMap()));
        return get(id);
    }

    /** Ends the assignment with {@code lastDay} as its last valid day; the record stays. */
    @Transactional
    public RoleAssignment end(long id, LocalDate lastDay) {
        RoleAssignment before = get(id);
        String actor = Access.currentLogin();
        RoleAssignment after = before.end(lastDay, actor, OffsetDateTime.now(clock));
        jdbc.sql("update org_role_assignment set valid_to = :to, ended_by = :by, ended_at = :at where id = :id")
                .param("to", after.validTo())
                .param("by", after.endedBy())
                .param("at", after.endedAt())
                .param("id", id)
                .update();
        events.publishEvent(new RoleAssignmentEnded(
                id,
                actor,
                Changes.start()
                        .value("personId", before.personId())
                        .value("role", before.role().name())
                        .field("validTo", before.validTo(), lastDay)
                        .toMap()));
        return get(id);
    }

    private static RoleAssignment map(ResultSet rs, int row) throws SQLException {
        return new RoleAssignment(
                rs.getLong("id"),
                rs.getLong("person_id"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("unit_id", Long.class),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("assigned_by"),
                rs.getObject("assigned_at", OffsetDateTime.class),
                rs.getString("ended_by"),
                rs.getObject("ended_at", OffsetDateTime.class));
    }
}
