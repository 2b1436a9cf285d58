package jp.mamori.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Directory} other modules read, straight from the organisation tables. */
@Service
@Transactional(readOnly = true)
class OrganizationDirectory implements Directory {
    private static final String PERSON_SQL =
            "select id, staff_number, name, kana, email, unit_id, in_post_from, in_post_to from org_person ";

    private final JdbcClient jdbc;
    private final UnitMemberships memberships;

    OrganizationDirectory(JdbcClient jdbc, UnitMemberships memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    @Override
    public Optional<PersonSummary> person(long personId) {
        return jdbc.sql(PERSON_SQL + "where id = :id")
                .param("id", personId)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    @Override
    public Optional<PersonSummary> personByStaffNumber(String staffNumber) {
        return jdbc.sql(PERSON_SQL + "where staff_number = :no")
                .param("no", staffNumber)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    @Override
    public List<RoleGrant> grantsOn(long personId, LocalDate day) {
        Optional<PersonSummary> person = person(personId);
        if (person.isEmpty() || !inPostOn(personId, day)) {
            return List.of();
        }
        List<RoleGrant> grants = new ArrayList<>(jdbc.sql("""
                        select role, unit_id from org_role_assignment
                        where person_id = :id and valid_from <= :day and (valid_to is null or valid_to >= :day)
                        order by id
                        """)
                .param("id", personId)
                .param("day", day)
                .query((rs, n) ->
                        new RoleGrant(Role.valueOf(rs.getString("role")), rs.getObject("unit_id", Long.class)))
                .list());
        grants.add(new RoleGrant(Role.STAFF, unitOn(person.get(), day)));
        return List.copyOf(grants);
    }

    @Override
    public boolean inPostOn(long personId, LocalDate day) {
        return jdbc.sql("""
                        select count(*) from org_person
                        where id = :id and in_post_from <= :day and (in_post_to is null or in_post_to >= :day)
                        """)
                        .param("id", personId)
                        .param("day", day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The unit the person belonged to on that day (from the membership history; else the current unit). */
    long unitOn(PersonSummary person, LocalDate day) {
        return memberships.unitOn(person.id(), day).orElse(person.unitId());
    }

    private static PersonSummary summary(ResultSet rs) throws SQLException {
        LocalDate from = rs.getObject("in_post_from", LocalDate.class);
        LocalDate to = rs.getObject("in_post_to", LocalDate.class);
        return new PersonSummary(
                rs.getLong("id"),
                rs.getString("staff_number"),
                rs.getString("name"),
                rs.getString("kana"),
                rs.getString("email"),
                rs.getLong("unit_id"),
                InPost.on(from, to, BodyTime.today()));
    }
}
