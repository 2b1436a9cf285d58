package jp.mamori.system;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.RecordParams;
import jp.mamori.shared.RecordRowMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the 情報システム台帳 ({@code sys_*}): a system with its people, held assets and devices. */
@Repository
class SystemRepository {
    private static final String SYSTEM_COLUMNS =
            "id, asset_number, purpose, zone, cloud_service, contractor, rto_hours, backup, updated_at, updated_by";

    private final JdbcClient jdbc;

    SystemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values of a system row, before its people, assets and devices are added. */
    private record Row(
            long id,
            String assetNumber,
            String purpose,
            SystemZone zone,
            boolean cloudService,
            String contractor,
            @Nullable Integer rtoHours,
            String backup,
            OffsetDateTime updatedAt,
            String updatedBy) {}

    /** Every system, by 管理番号 (four queries whatever the number of systems). */
    List<RegisteredSystem> all() {
        List<Row> rows = jdbc.sql("select " + SYSTEM_COLUMNS + " from sys_system order by asset_number")
                .query(RecordRowMapper.of(Row.class))
                .list();
        return assemble(rows, null);
    }

    Optional<RegisteredSystem> find(long id) {
        List<Row> rows = jdbc.sql("select " + SYSTEM_COLUMNS + " from sys_system where id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(Row.class))
                .list();
        return assemble(rows, id).stream().findFirst();
    }

    Optional<Long> idOfAsset(String assetNumber) {
        return jdbc.sql("select id from sys_system where asset_number = :n")
                .param("n", assetNumber)
                .query(Long.class)
                .optional();
    }

    /** Ids of the systems that name the person as 管理者 or 担当者. */
    List<Long> systemsOf(long personId) {
        return jdbc.sql("select distinct system_id from sys_system_person where person_id = :p order by system_id")
                .param("p", personId)
                .query(Long.class)
                .list();
    }

    private List<RegisteredSystem> assemble(List<Row> rows, @Nullable Long only) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String where = " where (cast(:only as bigint) is null or system_id = :only)";
        Map<Long, List<Long>> admins = new HashMap<>();
        Map<Long, List<Long>> staff = new HashMap<>();
        jdbc.sql("select system_id, role, person_id from sys_system_person" + where + " order by person_id")
                .param("only", only)
                .query(rs -> {
                    var target = "ADMINISTRATOR".equals(rs.getString("role")) ? admins : staff;
                    target.computeIfAbsent(rs.getLong("system_id"), k -> new ArrayList<>())
                            .add(rs.getLong("person_id"));
                });
        Map<Long, List<String>> held = new HashMap<>();
        jdbc.sql("select system_id, asset_number from sys_held_asset" + where + " order by asset_number")
                .param("only", only)
                .query(rs -> {
                    held.computeIfAbsent(rs.getLong("system_id"), k -> new ArrayList<>())
                            .add(rs.getString("asset_number"));
                });
        Map<Long, List<Device>> devices = new HashMap<>();
        jdbc.sql("""
                        select id, system_id, name, kind, location, quantity, multi_factor_sign_in,
                            removable_media_blocked from sys_device""" + where + " order by id").param("only", only).query(rs -> {
            devices.computeIfAbsent(rs.getLong("system_id"), k -> new ArrayList<>())
                    .add(new Device(
                            rs.getLong("id"),
                            rs.getString("name"),
                            DeviceKind.valueOf(rs.getString("kind")),
                            rs.getString("location"),
                            rs.getInt("quantity"),
                            rs.getBoolean("multi_factor_sign_in"),
                            rs.getBoolean("removable_media_blocked")));
        });
        return rows.stream()
                .map(r -> new RegisteredSystem(
                        r.id(),
                        r.assetNumber(),
                        r.purpose(),
                        r.zone(),
                        r.cloudService(),
                        r.contractor(),
                        r.rtoHours(),
                        r.backup(),
                        admins.getOrDefault(r.id(), List.of()),
                        staff.getOrDefault(r.id(), List.of()),
                        held.getOrDefault(r.id(), List.of()),
                        devices.getOrDefault(r.id(), List.of()),
                        r.updatedAt(),
                        r.updatedBy()))
                .toList();
    }

    /** The values stored on the system row itself. */
    record Values(
            String assetNumber,
            String purpose,
            SystemZone zone,
            boolean cloudService,
            String contractor,
            @Nullable Integer rtoHours,
            String backup) {}

    long insert(Values v, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sys_system (asset_number, purpose, zone, cloud_service, contractor, rto_hours, backup,
                            created_at, created_by, updated_at, updated_by)
                        values (:assetNumber, :purpose, :zone, :cloudService, :contractor, :rtoHours, :backup, :now, :actor,
                            :now, :actor)
                        """)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, Values v, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sys_system set asset_number = :assetNumber, purpose = :purpose, zone = :zone,
                            cloud_service = :cloudService, contractor = :contractor, rto_hours = :rtoHours,
                            backup = :backup,
                            updated_at = :now, updated_by = :actor
                        where id = :id
                        """)
                .param("id", id)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    void replacePeople(long id, PersonRole role, List<Long> personIds) {
        jdbc.sql("delete from sys_system_person where system_id = :id and role = :role")
                .param("id", id)
                .param("role", role.name())
                .update();
        for (Long p : personIds) {
            jdbc.sql("insert into sys_system_person (system_id, role, person_id) values (:id, :role, :p)")
                    .param("id", id)
                    .param("role", role.name())
                    .param("p", p)
                    .update();
        }
    }

    void replaceHeldAssets(long id, List<String> numbers) {
        jdbc.sql("delete from sys_held_asset where system_id = :id")
                .param("id", id)
                .update();
        for (String n : numbers) {
            jdbc.sql("insert into sys_held_asset (system_id, asset_number) values (:id, :n)")
                    .param("id", id)
                    .param("n", n)
                    .update();
        }
    }

    void replaceDevices(long id, List<Device> devices) {
        jdbc.sql("delete from sys_device where system_id = :id").param("id", id).update();
        devices.forEach(d -> addDevice(id, d));
    }

    long addDevice(long systemId, Device d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sys_device (system_id, name, kind, location, quantity, multi_factor_sign_in,
                            removable_media_blocked)
                        values (:s, :name, :kind, :location, :quantity, :mfa, :media)
                        """)
                .param("s", systemId)
                .param("name", d.name())
                .param("kind", d.kind().name())
                .param("location", d.location())
                .param("quantity", d.quantity())
                .param("mfa", d.multiFactorSignIn())
                .param("media", d.removableMediaBlocked())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    boolean removeDevice(long systemId, long deviceId) {
        return jdbc.sql("delete from sys_device where system_id = :s and id = :d")
                        .param("s", systemId)
                        .param("d", deviceId)
                        .update()
                > 0;
    }

    void touch(long id, String actor, OffsetDateTime now) {
        jdbc.sql("update sys_system set updated_at = :now, updated_by = :actor where id = :id")
                .param("id", id)
                .param("now", now)
                .param("actor", actor)
                .update();
    }
}
