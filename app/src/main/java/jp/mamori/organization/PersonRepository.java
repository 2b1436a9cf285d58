package jp.mamori.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** People in the {@code org_person} table, with their category name joined in. */
@Repository
class PersonRepository {
    private static final String SELECT = """
            select p.id, p.staff_number, p.name, p.kana, p.email, p.category_id, c.name as category, p.unit_id,
                   p.in_post_from, p.in_post_to, p.deactivated_at, p.deactivated_by
            from org_person p join org_employment_category c on c.id = p.category_id
            """;
    private final JdbcClient jdbc;
    private final UnitMemberships memberships;

    PersonRepository(JdbcClient jdbc, UnitMemberships memberships) {
        this.jdbc = jdbc;
        this.memberships = memberships;
    }

    Optional<Person> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id")
                .param("id", id)
                .query(PersonRepository::map)
                .optional();
    }

    Optional<Person> findByStaffNumber(String staffNumber) {
        return jdbc.sql(SELECT + " where p.staff_number = :no")
                .param("no", staffNumber)
                .query(PersonRepository::map)
                .optional();
    }

    List<Person> inUnit(long unitId) {
        return jdbc.sql(SELECT + " where p.unit_id = :unit order by p.kana, p.id")
                .param("unit", unitId)
                .query(PersonRepository::map)
                .list();
    }

    List<Person> byIds(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.id in (:ids)")
                .param("ids", ids)
                .query(PersonRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from org_person").query(Long.class).single();
    }

    /** One page of people matching the filter, ordered by フリガナ. */
    Page<Person> page(PersonFilter filter, Set<Long> unitIds, LocalDate today, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, unitIds, today, params);
        List<Person> items = jdbc.sql(
                        SELECT + where + " order by p.kana, p.id offset :offset rows fetch next :limit rows only")
                .params(params)
                .param("offset", page * size)
                .param("limit", size)
                .query(PersonRepository::map)
                .list();
        long total = jdbc.sql("select count(*) from org_person p join org_employment_category c on c.id = p.category_id"
                        + where)
                .params(params)
                .query(Long.class)
                .single();
        return new Page<>(items, page, size, total);
    }

    private static String where(PersonFilter filter, Set<Long> unitIds, LocalDate today, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.unitId() != null) {
            conditions.add("p.unit_id in (:units)");
            params.put("units", unitIds.isEmpty() ? Set.of(-1L) : unitIds);
        }
        if (filter.category() != null) {
            conditions.add("c.name = :category");
            params.put("category", filter.category());
        }
        if (filter.text() != null) {
            conditions.add("(lower(p.name) like :text or p.kana like :kana or lower(p.staff_number) like :text"
                    + " or lower(p.email) like :text)");
            String text = java.text.Normalizer.normalize(filter.text(), java.text.Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "")
                    .replace("%", "")
                    .replace("_", "");
            params.put("text", "%" + text + "%");
            params.put("kana", "%" + Kana.normalise(text) + "%");
        }
        switch (filter.status()) {
            case IN_POST -> {
                conditions.add("p.in_post_from <= :today and (p.in_post_to is null or p.in_post_to >= :today)");
                params.put("today", today);
            }
            case OUT_OF_POST -> {
                conditions.add("(p.in_post_from > :today or p.in_post_to < :today)");
                params.put("today", today);
            }
            case ALL -> {}
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    long insert(PersonDraft draft, long categoryId, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from, in_post_to,
                                                created_at, updated_at)
                        values (:no, :name, :kana, :email, :category, :unit, :from, :to, :now, :now)
                        """)
                .param("no", draft.staffNumber())
                .param("name", draft.name())
                .param("kana", draft.kana())
                .param("email", draft.email())
                .param("category", categoryId)
                .param("unit", draft.unitId())
                .param("from", draft.inPostFrom())
                .param("to", draft.inPostTo())
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        memberships.start(
                id,
                java.util.Objects.requireNonNull(draft.unitId()),
                java.util.Objects.requireNonNull(draft.inPostFrom()));
        return id;
    }

    /** Saves the draft; a change of unit is recorded in the membership history from today. */
    void update(long id, PersonDraft draft, long categoryId, OffsetDateTime now) {
        long unitBefore = jdbc.sql("select unit_id from org_person where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        if (draft.unitId() != null && unitBefore != draft.unitId()) {
            memberships.move(id, draft.unitId(), now.toLocalDate());
        }
        jdbc.sql("""
                        update org_person set staff_number = :no, name = :name, kana = :kana, email = :email,
                            category_id = :category, unit_id = :unit, in_post_from = :from, in_post_to = :to, updated_at = :now
                        where id = :id
                        """)
                .param("no", draft.staffNumber())
                .param("name", draft.name())
                .param("kana", draft.kana())
                .param("email", draft.email())
                .param("category", categoryId)
                .param("unit", draft.unitId())
                .param("from", draft.inPostFrom())
                .param("to", draft.inPostTo())
                .param("now", now)
                .param("id", id)
                .update();
    }

    void saveDeactivation(Person person, OffsetDateTime now) {
        jdbc.sql(
                        "update org_person set in_post_to = :to, deactivated_at = :at, deactivated_by = :by, updated_at = :now where id = :id")
                .param("to", person.inPostTo())
                .param("at", person.deactivatedAt())
                .param("by", person.deactivatedBy())
                .param("now", now)
                .param("id", person.id())
                .update();
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getLong("id"),
                rs.getString("staff_number"),
                rs.getString("name"),
                rs.getString("kana"),
                rs.getString("email"),
                rs.getLong("category_id"),
                rs.getString("category"),
                rs.getLong("unit_id"),
                rs.getObject("in_post_from", LocalDate.class),
                rs.getObject("in_post_to", LocalDate.class),
                rs.getObject("deactivated_at", OffsetDateTime.class),
                rs.getString("deactivated_by"));
    }
}
