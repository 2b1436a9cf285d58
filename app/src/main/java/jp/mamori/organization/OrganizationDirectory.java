package jp.mamori.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Directory} other modules read, straight from the organisation tables. */
@Service
@Transactional(readOnly = true)
class OrganizationDirectory implements Directory {
    private static final String PERSON_SQL =
            "select id, staff_number, name, kana, email, unit_id, category_id, in_post_from, in_post_to from org_person ";
    private static final String PERSON_COLUMNS_P =
            "select p.id, p.staff_number, p.name, p.kana, p.email, p.unit_id, p.category_id, p.in_post_from, p.in_post_to ";

    /** Ids per {@code in (...)} list of the set queries (well under any driver's parameter limit). */
    private static final int ID_CHUNK = 500;

    private final JdbcClient jdbc;
    private final UnitMemberships memberships;

    private final Units units;
    private final Categories categories;

    private final Clock clock;

    OrganizationDirectory(
            JdbcClient jdbc, UnitMemberships memberships, Units units, Categories categories, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.memberships = memberships;
        this.units = units;
        this.categories = categories;
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
    public Map<Long, List<RoleGrant>> grantsOn(Collection<Long> personIds, LocalDate day) {
        Map<Long, List<RoleGrant>> result = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            Map<Long, Long> currentUnit = new HashMap<>();
            jdbc.sql("""
                            select id, unit_id from org_person
                            where id in (:ids) and in_post_from <= :day and (in_post_to is null or in_post_to >= :day)
                            """)
                    .param("ids", chunk)
                    .param("day", day)
                    .query((rs, n) -> currentUnit.put(rs.getLong(1), rs.getLong(2)))
                    .list();
            if (currentUnit.isEmpty()) {
                continue;
            }
            Map<Long, List<RoleGrant>> grants = new HashMap<>();
            jdbc.sql("""
                            select person_id, role, unit_id from org_role_assignment
                            where person_id in (:ids) and valid_from <= :day and (valid_to is null or valid_to >= :day)
                            order by id
                            """)
                    .param("ids", List.copyOf(currentUnit.keySet()))
                    .param("day", day)
                    .query((rs, n) -> grants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RoleGrant(Role.valueOf(rs.getString(2)), rs.getObject(3, Long.class))))
                    .list();
            Map<Long, Long> unitOnDay = memberships.unitsOn(currentUnit.keySet(), day);
            for (Map.Entry<Long, Long> person : currentUnit.entrySet()) {
                List<RoleGrant> held = grants.getOrDefault(person.getKey(), new ArrayList<>());
                held.add(new RoleGrant(Role.STAFF, unitOnDay.getOrDefault(person.getKey(), person.getValue())));
                result.put(person.getKey(), List.copyOf(held));
            }
        }
        for (Long id : ids) {
            result.putIfAbsent(id, List.of());
        }
        return result;
    }

    @Override
    public Optional<PersonInPost> inPost(long personId, LocalDate day) {
        record Row(
                String name,
                long unitId,
                @Nullable Long unitOn,
                @Nullable String role,
                @Nullable Long roleUnit) {}
        List<Row> rows = jdbc.sql("""
                        select p.name, p.unit_id,
                               (select m.unit_id from org_person_unit m
                                where m.person_id = p.id and m.valid_from <= :day
                                  and (m.valid_to is null or m.valid_to >= :day)
                                order by m.valid_from desc, m.id desc
                                fetch first 1 rows only) as unit_on,
                               r.role, r.unit_id as role_unit
                        from org_person p
                        left join org_role_assignment r on r.person_id = p.id and r.valid_from <= :day
                                                        and (r.valid_to is null or r.valid_to >= :day)
                        where p.id = :id and p.in_post_from <= :day and (p.in_post_to is null or p.in_post_to >= :day)
                        order by r.id
                        """)
                .param("id", personId)
                .param("day", day)
                .query((rs, n) -> new Row(
                        rs.getString("name"),
                        rs.getLong("unit_id"),
                        rs.getObject("unit_on", Long.class),
                        rs.getString("role"),
                        rs.getObject("role_unit", Long.class)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<RoleGrant> grants = new ArrayList<>();
        for (Row row : rows) {
            if (row.role() != null) {
                grants.add(new RoleGrant(Role.valueOf(row.role()), row.roleUnit()));
            }
        }
        Row first = rows.get(0);
        grants.add(new RoleGrant(Role.STAFF, first.unitOn() == null ? first.unitId() : first.unitOn()));
        return Optional.of(new PersonInPost(personId, first.name(), grants));
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

    @Override
    public List<PersonSummary> peopleInPost(LocalDate day) {
        return jdbc.sql(PERSON_COLUMNS_P
                        + "from org_person p join org_unit u on u.id = p.unit_id "
                        + "where p.in_post_from <= :day and (p.in_post_to is null or p.in_post_to >= :day) "
                        + "order by u.code, p.kana, p.id")
                .param("day", day)
                .query((rs, n) -> summary(rs))
                .list();
    }

    @Override
    public List<PersonSummary> holdersFor(Role role, long unitId, LocalDate day) {
        if (role == Role.STAFF) {
            return peopleInPost(day).stream().filter(p -> p.unitId() == unitId).toList();
        }
        List<PersonSummary> nearestFirst = new ArrayList<>();
        List<Unit> path = new ArrayList<>(units.path(unitId));
        Collections.reverse(path);
        for (Unit unit : path) {
            addNew(nearestFirst, holdersWhere(role, "and a.unit_id = :unit ", unit.id(), day));
        }
        addNew(nearestFirst, holdersWhere(role, "and a.unit_id is null ", null, day));
        return List.copyOf(nearestFirst);
    }

    @Override
    public List<PersonSummary> holders(Role role, LocalDate day) {
        if (role == Role.STAFF) {
            return peopleInPost(day);
        }
        List<PersonSummary> all = new ArrayList<>();
        addNew(all, holdersWhere(role, "", null, day));
        return List.copyOf(all);
    }

    private List<PersonSummary> holdersWhere(Role role, String scope, @Nullable Long unitId, LocalDate day) {
        var statement = jdbc.sql(PERSON_COLUMNS_P
                        + "from org_role_assignment a join org_person p on p.id = a.person_id "
                        + "where a.role = :role and a.valid_from <= :day "
                        + "and (a.valid_to is null or a.valid_to >= :day) "
                        + "and p.in_post_from <= :day and (p.in_post_to is null or p.in_post_to >= :day) "
                        + scope
                        + "order by p.kana, p.id")
                .param("role", role.name())
                .param("day", day);
        if (unitId != null) {
            statement = statement.param("unit", unitId);
        }
        return statement.query((rs, n) -> summary(rs)).list();
    }

    private static void addNew(List<PersonSummary> into, List<PersonSummary> found) {
        for (PersonSummary person : found) {
            if (into.stream().noneMatch(p -> p.id() == person.id())) {
                into.add(person);
            }
        }
    }

    @Override
    public Optional<UnitSummary> unit(long unitId) {
        return units().stream().filter(u -> u.id() == unitId).findFirst();
    }

    @Override
    public Optional<UnitSummary> unitByCodeOrName(String text) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<UnitSummary> all = units();
        Optional<UnitSummary> byCode =
                all.stream().filter(u -> u.code().equals(wanted)).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        List<UnitSummary> byName =
                all.stream().filter(u -> u.name().strip().equals(wanted)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    @Override
    public List<UnitSummary> units() {
        return units.tree().stream()
                .map(UnitNode::unit)
                .map(u -> new UnitSummary(u.id(), u.code(), u.name(), u.parentId()))
                .toList();
    }

    @Override
    public List<CategorySummary> categories() {
        return categories.all().stream()
                .map(c -> new CategorySummary(c.id(), c.name(), c.active()))
                .toList();
    }

    /** The unit the person belonged to on that day (from the membership history; else the current unit). */
    long unitOn(PersonSummary person, LocalDate day) {
        return memberships.unitOn(person.id(), day).orElse(person.unitId());
    }

    private PersonSummary summary(ResultSet rs) throws SQLException {
        LocalDate from = rs.getObject("in_post_from", LocalDate.class);
        LocalDate to = rs.getObject("in_post_to", LocalDate.class);
        return new PersonSummary(
                rs.getLong("id"),
                rs.getString("staff_number"),
                rs.getString("name"),
                rs.getString("kana"),
                rs.getString("email"),
                rs.getLong("unit_id"),
                rs.getLong("category_id"),
                InPost.on(from, to, LocalDate.now(clock)));
    }
}
