package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.RecordParams;
import jp.mamori.shared.RecordRowMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the cloud service register ({@code sup_cloud_*}). */
@Repository
class CloudServiceRepository {
    private final JdbcClient jdbc;

    CloudServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CloudService> all() {
        return load(null);
    }

    Optional<CloudService> find(long id) {
        return load(id).stream().findFirst();
    }

    Optional<Long> named(String name) {
        return jdbc.sql("select id from sup_cloud_service where name = :n")
                .param("n", name)
                .query(Long.class)
                .optional();
    }

    List<Long> holding(String assetNumber) {
        return jdbc.sql("select service_id from sup_cloud_asset where asset_number = :n order by service_id")
                .param("n", assetNumber)
                .query(Long.class)
                .list();
    }

    Optional<Long> unitOf(long id) {
        return RegisterTables.unitOf(jdbc, "sup_cloud_service", id);
    }

    long insert(CloudServiceDraft d, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_cloud_service (name, provider, ismap_number, ismap_expires_on, data_location,
                            terms_reviewed_on, terms_reviewed_by, max_confidentiality, exit_plan, unit_id, created_at,
                            created_by, updated_at, updated_by)
                        values (:name, :provider, :ismapNumber, :ismapExpiresOn, :dataLocation, :termsReviewedOn,
                            :termsReviewedBy, :maxConfidentiality, :exitPlan, :unitId, :now, :actor, :now, :actor)
                        """)
                .params(RecordParams.of(d))
                .param("now", now)
                .param("actor", actor)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceAssets(id, d.assets());
        return id;
    }

    void update(long id, CloudServiceDraft d, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_cloud_service set name = :name, provider = :provider, ismap_number = :ismapNumber,
                            ismap_expires_on = :ismapExpiresOn, data_location = :dataLocation,
                            terms_reviewed_on = :termsReviewedOn, terms_reviewed_by = :termsReviewedBy,
                            max_confidentiality = :maxConfidentiality, exit_plan = :exitPlan, unit_id = :unitId,
                            updated_at = :now, updated_by = :actor where id = :id
                        """)
                .param("id", id)
                .params(RecordParams.of(d))
                .param("now", now)
                .param("actor", actor)
                .update();
        replaceAssets(id, d.assets());
    }

    private void replaceAssets(long id, List<String> numbers) {
        RegisterTables.replaceAssets(jdbc, "sup_cloud_asset", "service_id", id, numbers);
    }

    void approve(long id, int level, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_cloud_service set approved_by = :a, approved_at = :now, approved_level = :l
                        where id = :id
                        """)
                .param("id", id)
                .param("a", actor)
                .param("now", now)
                .param("l", level)
                .update();
    }

    long addTermsFile(long id, Upload u, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_cloud_terms_file (service_id, file_name, content_type, sha256, size_bytes,
                            added_by, added_at)
                        values (:id, :name, :type, :hash, :size, :actor, :now)
                        """)
                .param("id", id)
                .param("name", u.fileName())
                .param("type", u.contentType())
                .param("hash", u.sha256())
                .param("size", u.content().length)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        long fileId = keys.getKeyAs(Long.class);
        jdbc.sql("insert into sup_cloud_terms_content (file_id, content) values (:f, :c)")
                .param("f", fileId)
                .param("c", u.content())
                .update();
        return fileId;
    }

    Optional<byte[]> termsContent(long fileId) {
        return jdbc.sql("select content from sup_cloud_terms_content where file_id = :f")
                .param("f", fileId)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    private List<CloudService> load(@Nullable Long only) {
        Map<Long, List<String>> assets = RegisterTables.children(
                jdbc,
                "select service_id, asset_number from sup_cloud_asset",
                "service_id",
                only,
                "asset_number",
                (rs, n) -> rs.getString("asset_number"));
        Map<Long, List<ContractFile>> files = RegisterTables.children(
                jdbc,
                "select * from sup_cloud_terms_file",
                "service_id",
                only,
                "id",
                RecordRowMapper.of(ContractFile.class));
        return jdbc.sql(
                        "select * from sup_cloud_service where (cast(:only as bigint) is null or id = :only) order by name")
                .param("only", only)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    int level = rs.getInt("approved_level");
                    Integer approvedLevel = rs.wasNull() ? null : level;
                    return new CloudService(
                            id,
                            rs.getString("name"),
                            rs.getString("provider"),
                            rs.getString("ismap_number"),
                            rs.getObject("ismap_expires_on", LocalDate.class),
                            rs.getString("data_location"),
                            rs.getObject("terms_reviewed_on", LocalDate.class),
                            rs.getString("terms_reviewed_by"),
                            rs.getInt("max_confidentiality"),
                            rs.getString("exit_plan"),
                            rs.getLong("unit_id"),
                            rs.getString("approved_by"),
                            rs.getObject("approved_at", OffsetDateTime.class),
                            approvedLevel,
                            assets.getOrDefault(id, List.of()),
                            files.getOrDefault(id, List.of()),
                            rs.getObject("updated_at", OffsetDateTime.class),
                            rs.getString("updated_by"));
                })
                .list();
    }
}
