package jp.mamori.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of which unit a person belonged to ({@code org_person_unit}). A move closes the
 * current membership the day before the move and opens a new one from that day; a second move on
 * the same day just corrects the open one.
 */
@Repository
class UnitMemberships {
    private final JdbcClient jdbc;

    UnitMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(long personId, long unitId, LocalDate from) {
        jdbc.sql("insert into org_person_unit (person_id, unit_id, valid_from) values (:person, :unit, :from)")
                .param("person", personId)
                .param("unit", unitId)
                .param("from", from)
                .update();
    }

    /** Records that the person belongs to {@code unitId} from {@code day} on. */
    void move(long personId, long unitId, LocalDate day) {
        Optional<Long> sameDay = jdbc.sql(
                        "select id from org_person_unit where person_id = :person and valid_to is null and valid_from >= :day")
                .param("person", personId)
                .param("day", day)
                .query(Long.class)
                .optional();
        if (sameDay.isPresent()) {
            jdbc.sql("update org_person_unit set unit_id = :unit where id = :id")
                    .param("unit", unitId)
                    .param("id", sameDay.get())
                    .update();
            return;
        }
        jdbc.sql("update org_person_unit set valid_to = :last where person_id = :person and valid_to is null")
                .param("last", day.minusDays(1))
                .param("person", personId)
                .update();
        start(personId, unitId, day);
    }

    /** The unit the person belonged to on that day, if the history covers it. */
    /**
     * {@link #unitOn} for many people in one query: person id to the unit of the membership
     * {@code unitOn} would choose; people without a membership on the day are absent.
     */
    Map<Long, Long> unitsOn(Collection<Long> personIds, LocalDate day) {
        Map<Long, Long> units = new HashMap<>();
        if (personIds.isEmpty()) {
            return units;
        }
        jdbc.sql("""
                        select person_id, unit_id from org_person_unit
                        where person_id in (:people) and valid_from <= :day and (valid_to is null or valid_to >= :day)
                        order by person_id, valid_from desc, id desc
                        """)
                .param("people", List.copyOf(personIds))
                .param("day", day)
                .query((rs, n) -> units.putIfAbsent(rs.getLong(1), rs.getLong(2)))
                .list();
        return units;
    }

    Optional<Long> unitOn(long personId, LocalDate day) {
        return jdbc.sql("""
                        select unit_id from org_person_unit
                        where person_id = :person and valid_from <= :day and (valid_to is null or valid_to >= :day)
                        order by valid_from desc, id desc
                        """).param("person", personId).param("day", day).query(Long.class).list().stream()
                .findFirst();
    }
}
