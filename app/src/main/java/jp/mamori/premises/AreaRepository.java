package jp.mamori.premises;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.RecordRowMapper;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the area register and the entry log ({@code prm_area*}, {@code prm_permit}, {@code prm_entry}, {@code prm_equipment}). */
@Repository
class AreaRepository {
    private static final String ENTRY_COLUMNS = "id, area_id, person_id, visitor_name, company, purpose, escort_id,"
            + " entered_at, exited_at, source, recorded_by";

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String code, String name, AreaLevel level, long unitId, String description) {}

    List<Area> all() {
        return assemble(jdbc.sql("select id, code, name, level, unit_id, description from prm_area order by code")
                .query(RecordRowMapper.of(Row.class))
                .list());
    }

    Optional<Area> find(long id) {
        return assemble(jdbc.sql("select id, code, name, level, unit_id, description from prm_area where id = :id")
                        .param("id", id)
                        .query(RecordRowMapper.of(Row.class))
                        .list())
                .stream()
                .findFirst();
    }

    Optional<Area> byCode(String code) {
        return jdbc.sql("select id from prm_area where code = :c")
                .param("c", code)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    private List<Area> assemble(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> assets = new HashMap<>();
        jdbc.sql("select area_id, asset_number from prm_area_asset order by asset_number")
                .query(rs -> {
                    assets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        Map<Long, List<Long>> systems = new HashMap<>();
        jdbc.sql("select area_id, system_id from prm_area_system order by system_id")
                .query(rs -> {
                    systems.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        Map<Long, List<Permit>> permits = new HashMap<>();
        var permit = RecordRowMapper.of(Permit.class);
        jdbc.sql("select id, area_id, person_id, role, valid_from, valid_to, granted_by from prm_permit order by id")
                .query(rs -> {
                    permits.computeIfAbsent(rs.getLong("area_id"), k -> new ArrayList<>())
                            .add(permit.mapRow(rs, 0));
                });
        return rows.stream()
                .map(r -> new Area(
                        r.id(),
                        r.code(),
                        r.name(),
                        r.level(),
                        r.unitId(),
                        r.description(),
                        assets.getOrDefault(r.id(), List.of()),
                        systems.getOrDefault(r.id(), List.of()),
                        permits.getOrDefault(r.id(), List.of())))
                .toList();
    }

    long insert(AreaDraft d, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_area (code, name, level, unit_id, description, created_at, created_by,
                            updated_at, updated_by)
                        values (:code, :name, :level, :unit, :description, :now, :actor, :now, :actor)
                        """)
                .param("code", d.code())
                .param("name", d.name())
                .param("level", String.valueOf(d.level()))
                .param("unit", d.unitId())
                .param("description", d.description())
                .param("now", now)
                .param("actor", actor)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceLinks(id, d);
        return id;
    }

    void update(long id, AreaDraft d, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update prm_area set code = :code, name = :name, level = :level, unit_id = :unit,
                            description = :description, updated_at = :now, updated_by = :actor where id = :id
                        """)
                .param("code", d.code())
                .param("name", d.name())
                .param("level", String.valueOf(d.level()))
                .param("unit", d.unitId())
                .param("description", d.description())
                .param("now", now)
                .param("actor", actor)
                .param("id", id)
                .update();
        replaceLinks(id, d);
    }

    private void replaceLinks(long id, AreaDraft d) {
        jdbc.sql("delete from prm_area_asset where area_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from prm_area_system where area_id = :id")
                .param("id", id)
                .update();
        for (String a : d.assets()) {
            jdbc.sql("insert into prm_area_asset (area_id, asset_number) values (:id, :a)")
                    .param("id", id)
                    .param("a", a)
                    .update();
        }
        for (Long s : d.systems()) {
            jdbc.sql("insert into prm_area_system (area_id, system_id) values (:id, :s)")
                    .param("id", id)
                    .param("s", s)
                    .update();
        }
    }

    long insertPermit(
            long areaId,
            @Nullable Long personId,
            @Nullable Role role,
            LocalDate from,
            @Nullable LocalDate to,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_permit (area_id, person_id, role, valid_from, valid_to, granted_by, granted_at)
                        values (:a, :p, :r, :f, :t, :actor, :now)
                        """)
                .param("a", areaId)
                .param("p", personId)
                .param("r", role == null ? null : role.name())
                .param("f", from)
                .param("t", to)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void endPermit(long permitId, LocalDate lastDay) {
        jdbc.sql("update prm_permit set valid_to = :t where id = :id")
                .param("t", lastDay)
                .param("id", permitId)
                .update();
    }

    // --- entry log

    long insertEntry(
            long areaId,
            @Nullable Long personId,
            @Nullable String visitorName,
            String company,
            String purpose,
            @Nullable Long escortId,
            OffsetDateTime enteredAt,
            @Nullable OffsetDateTime exitedAt,
            String source,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_entry (area_id, person_id, visitor_name, company, purpose, escort_id, entered_at,
                            exited_at, source, recorded_by, recorded_at)
                        values (:a, :p, :v, :c, :purpose, :e, :in, :out, :source, :actor, :now)
                        """)
                .param("a", areaId)
                .param("p", personId)
                .param("v", visitorName)
                .param("c", company)
                .param("purpose", purpose)
                .param("e", escortId)
                .param("in", enteredAt)
                .param("out", exitedAt)
                .param("source", source)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Entry> entry(long id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from prm_entry where id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(Entry.class))
                .optional();
    }

    /** The latest stay of the person in the area with no exit, if any. */
    Optional<Entry> openEntry(long areaId, long personId) {
        return jdbc.sql("select " + ENTRY_COLUMNS
                        + " from prm_entry where area_id = :a and person_id = :p and exited_at is null"
                        + " order by entered_at desc, id desc limit 1")
                .param("a", areaId)
                .param("p", personId)
                .query(RecordRowMapper.of(Entry.class))
                .optional();
    }

    void recordExit(long entryId, OffsetDateTime exitedAt) {
        jdbc.sql("update prm_entry set exited_at = :t where id = :id")
                .param("t", exitedAt)
                .param("id", entryId)
                .update();
    }

    /** The area's stays entered in [from, to), latest first, at most {@code limit}. */
    List<Entry> entries(long areaId, OffsetDateTime from, OffsetDateTime to, int offset, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS
                        + " from prm_entry where area_id = :a and entered_at >= :f and entered_at < :t"
                        + " order by entered_at desc, id desc limit :l offset :o")
                .param("a", areaId)
                .param("f", from)
                .param("t", to)
                .param("l", limit)
                .param("o", offset)
                .query(RecordRowMapper.of(Entry.class))
                .list();
    }

    long countEntries(long areaId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("select count(*) from prm_entry where area_id = :a and entered_at >= :f and entered_at < :t")
                .param("a", areaId)
                .param("f", from)
                .param("t", to)
                .query(Long.class)
                .single();
    }

    long insertEquipment(
            long areaId,
            String direction,
            String item,
            @Nullable String assetNumber,
            String carriedBy,
            OffsetDateTime movedAt,
            String note,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prm_equipment (area_id, direction, item, asset_number, carried_by, moved_at, note,
                            recorded_by, recorded_at)
                        values (:a, :d, :i, :n, :c, :m, :note, :actor, :now)
                        """)
                .param("a", areaId)
                .param("d", direction)
                .param("i", item)
                .param("n", assetNumber)
                .param("c", carriedBy)
                .param("m", movedAt)
                .param("note", note)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<EquipmentMove> equipment(long areaId, int limit) {
        return jdbc.sql("""
                        select id, area_id, direction, item, asset_number, carried_by, moved_at, note, recorded_by
                        from prm_equipment where area_id = :a order by moved_at desc, id desc limit :l
                        """)
                .param("a", areaId)
                .param("l", limit)
                .query(RecordRowMapper.of(EquipmentMove.class))
                .list();
    }
}
