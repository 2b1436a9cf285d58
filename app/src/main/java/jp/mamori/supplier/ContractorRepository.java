package jp.mamori.supplier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** The tables of contractors and contracts ({@code sup_contractor}, {@code sup_contract} and theirs). */
@Repository
class ContractorRepository {
    private final JdbcClient jdbc;

    ContractorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values of a contractor as saved. */
    record ContractorValues(
            String name, String address, String contactName, String contactPhone, String contactEmail, String note) {}

    /** The values of a contract as saved. */
    record ContractValues(
            String title,
            String work,
            long unitId,
            @Nullable Long responsiblePersonId,
            LocalDate startsOn,
            LocalDate endsOn,
            Place place,
            String information) {}

    // ---- contractors

    List<Contractor> contractors() {
        Map<Long, List<Certification>> certs = new HashMap<>();
        var certification = RecordRowMapper.of(Certification.class);
        jdbc.sql("select * from sup_certification order by expires_on, id").query(rs -> {
            certs.computeIfAbsent(rs.getLong("contractor_id"), k -> new ArrayList<>())
                    .add(certification.mapRow(rs, 0));
        });
        return jdbc.sql("select * from sup_contractor order by name")
                .query((rs, n) -> contractor(rs, certs.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    Optional<Contractor> contractor(long id) {
        List<Certification> certs = jdbc.sql(
                        "select * from sup_certification where contractor_id = :id order by expires_on, id")
                .param("id", id)
                .query(RecordRowMapper.of(Certification.class))
                .list();
        return jdbc.sql("select * from sup_contractor where id = :id")
                .param("id", id)
                .query((rs, n) -> contractor(rs, certs))
                .optional();
    }

    Optional<Long> contractorNamed(String name) {
        return jdbc.sql("select id from sup_contractor where name = :n")
                .param("n", name)
                .query(Long.class)
                .optional();
    }

    long insertContractor(ContractorValues v, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_contractor (name, address, contact_name, contact_phone, contact_email, note,
                            created_at, created_by, updated_at, updated_by)
                        values (:name, :address, :contactName, :contactPhone, :contactEmail, :note, :now, :actor, :now,
                            :actor)
                        """)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void updateContractor(long id, ContractorValues v, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_contractor set name = :name, address = :address, contact_name = :contactName,
                            contact_phone = :contactPhone, contact_email = :contactEmail, note = :note,
                            updated_at = :now, updated_by = :actor where id = :id
                        """)
                .param("id", id)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    long addCertification(long contractorId, CertificationKind kind, String label, String number, LocalDate expires) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_certification (contractor_id, kind, label, number, expires_on)
                        values (:c, :k, :l, :n, :e)
                        """)
                .param("c", contractorId)
                .param("k", kind.name())
                .param("l", label)
                .param("n", number)
                .param("e", expires)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void removeCertification(long contractorId, long id) {
        jdbc.sql("delete from sup_certification where contractor_id = :c and id = :id")
                .param("c", contractorId)
                .param("id", id)
                .update();
    }

    /** Certifications that expire between the two days (inclusive), with their contractor's id. */
    List<Map.Entry<Long, Certification>> certificationsExpiring(LocalDate from, LocalDate to) {
        var certification = RecordRowMapper.of(Certification.class);
        return jdbc.sql("""
                        select * from sup_certification where expires_on >= :from and expires_on <= :to
                        order by expires_on, id
                        """)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> Map.entry(rs.getLong("contractor_id"), certification.mapRow(rs, n)))
                .list();
    }

    private static Contractor contractor(ResultSet rs, List<Certification> certs) throws SQLException {
        return new Contractor(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                rs.getString("note"),
                certs,
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("updated_by"));
    }

    // ---- contracts

    Optional<Long> unitOfContract(long contractId) {
        return RegisterTables.unitOf(jdbc, "sup_contract", contractId);
    }

    List<Contract> contracts() {
        return assemble(null, null);
    }

    List<Contract> contractsOf(long contractorId) {
        return assemble(contractorId, null);
    }

    /** The contracts that name the incident (by its id). */
    List<Long> contractsNaming(String incidentId) {
        return jdbc.sql("select contract_id from sup_contract_incident where incident_id = :i order by contract_id")
                .param("i", incidentId)
                .query(Long.class)
                .list();
    }

    Optional<Contract> contract(long id) {
        return assemble(null, id).stream().findFirst();
    }

    /** Contracts that touch the asset, by id. */
    List<Long> contractsWithAsset(String assetNumber) {
        return jdbc.sql("select contract_id from sup_contract_asset where asset_number = :n order by contract_id")
                .param("n", assetNumber)
                .query(Long.class)
                .list();
    }

    long insertContract(long contractorId, ContractValues v, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_contract (contractor_id, title, work, unit_id, responsible_person_id, starts_on,
                            ends_on, place, information, certificate_note, created_at, created_by, updated_at,
                            updated_by)
                        values (:c, :title, :work, :unitId, :responsiblePersonId, :startsOn, :endsOn, :place,
                            :information, '', :now, :actor, :now, :actor)
                        """)
                .param("c", contractorId)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void updateContract(long id, ContractValues v, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_contract set title = :title, work = :work, unit_id = :unitId,
                            responsible_person_id = :responsiblePersonId, starts_on = :startsOn, ends_on = :endsOn,
                            place = :place, information = :information, updated_at = :now, updated_by = :actor
                        where id = :id
                        """)
                .param("id", id)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    void touch(long id, String actor, OffsetDateTime now) {
        jdbc.sql("update sup_contract set updated_at = :now, updated_by = :actor where id = :id")
                .param("id", id)
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    void replaceAssets(long id, List<String> numbers) {
        RegisterTables.replaceAssets(jdbc, "sup_contract_asset", "contract_id", id, numbers);
    }

    void markClauses(long id, Map<String, Boolean> marks) {
        jdbc.sql("delete from sup_contract_clause where contract_id = :id")
                .param("id", id)
                .update();
        marks.forEach((code, present) -> jdbc.sql(
                        "insert into sup_contract_clause (contract_id, clause_code, present) values (:id, :c, :p)")
                .param("id", id)
                .param("c", code)
                .param("p", present)
                .update());
    }

    long addSubcontractor(long id, String name, String work, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_subcontractor (contract_id, name, work, added_by, added_at)
                        values (:id, :name, :work, :actor, :now)
                        """)
                .param("id", id)
                .param("name", name)
                .param("work", work)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void approveSubcontractor(long id, long subId, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_subcontractor set approved_by = :actor, approved_at = :now
                        where contract_id = :id and id = :sub
                        """)
                .param("id", id)
                .param("sub", subId)
                .param("actor", actor)
                .param("now", now)
                .update();
    }

    void end(long id, LocalDate endedOn) {
        jdbc.sql("update sup_contract set ended_on = :d where id = :id")
                .param("id", id)
                .param("d", endedOn)
                .update();
    }

    void recordCertificate(long id, CertificateKind kind, LocalDate on, String note, String actor) {
        jdbc.sql("""
                        update sup_contract set certificate_kind = :k, certificate_on = :on, certificate_note = :note,
                            certificate_by = :actor where id = :id
                        """)
                .param("id", id)
                .param("k", kind.name())
                .param("on", on)
                .param("note", note)
                .param("actor", actor)
                .update();
    }

    void linkIncident(long id, String reference, String incidentId, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        insert into sup_contract_incident (contract_id, reference, incident_id, linked_by, linked_at)
                        values (:id, :r, :i, :actor, :now)
                        """)
                .param("id", id)
                .param("r", reference)
                .param("i", incidentId)
                .param("actor", actor)
                .param("now", now)
                .update();
    }

    // ---- contract files

    long addFile(long id, String name, String type, String sha256, byte[] content, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_contract_file (contract_id, file_name, content_type, sha256, size_bytes,
                            added_by, added_at)
                        values (:id, :name, :type, :hash, :size, :actor, :now)
                        """)
                .param("id", id)
                .param("name", name)
                .param("type", type)
                .param("hash", sha256)
                .param("size", content.length)
                .param("actor", actor)
                .param("now", now)
                .update(keys, "id");
        long fileId = keys.getKeyAs(Long.class);
        jdbc.sql("insert into sup_contract_file_content (file_id, content) values (:f, :c)")
                .param("f", fileId)
                .param("c", content)
                .update();
        return fileId;
    }

    Optional<byte[]> fileContent(long fileId) {
        return jdbc.sql("select content from sup_contract_file_content where file_id = :f")
                .param("f", fileId)
                .query((rs, n) -> rs.getBytes("content"))
                .optional();
    }

    // ---- clauses

    List<Clause> clauses() {
        return jdbc.sql("select * from sup_clause order by position, code")
                .query(RecordRowMapper.of(Clause.class))
                .list();
    }

    void saveClause(Clause c) {
        int updated = jdbc.sql("""
                        update sup_clause set title = :t, description = :d, required = :r, active = :a, position = :p
                        where code = :c
                        """)
                .param("c", c.code())
                .param("t", c.title())
                .param("d", c.description())
                .param("r", c.required())
                .param("a", c.active())
                .param("p", c.position())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into sup_clause (code, title, description, required, active, position)
                            values (:c, :t, :d, :r, :a, :p)
                            """)
                    .param("c", c.code())
                    .param("t", c.title())
                    .param("d", c.description())
                    .param("r", c.required())
                    .param("a", c.active())
                    .param("p", c.position())
                    .update();
        }
    }

    // ---- assembly

    private List<Contract> assemble(@Nullable Long contractorId, @Nullable Long only) {
        String where = " where (cast(:only as bigint) is null or contract_id = :only)";
        Map<Long, List<String>> assets = RegisterTables.children(
                jdbc,
                "select contract_id, asset_number from sup_contract_asset",
                "contract_id",
                only,
                "asset_number",
                (rs, n) -> rs.getString("asset_number"));
        Map<Long, List<Subcontractor>> subs = RegisterTables.children(
                jdbc,
                "select * from sup_subcontractor",
                "contract_id",
                only,
                "id",
                (rs, n) -> new Subcontractor(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("work"),
                        rs.getString("added_by"),
                        rs.getString("approved_by"),
                        rs.getObject("approved_at", OffsetDateTime.class)));
        Map<Long, Map<String, Boolean>> marks = new HashMap<>();
        jdbc.sql("select contract_id, clause_code, present from sup_contract_clause" + where)
                .param("only", only)
                .query(rs -> {
                    marks.computeIfAbsent(rs.getLong("contract_id"), k -> new HashMap<>())
                            .put(rs.getString("clause_code"), rs.getBoolean("present"));
                });
        Map<Long, List<ContractFile>> files = RegisterTables.children(
                jdbc,
                "select * from sup_contract_file",
                "contract_id",
                only,
                "id",
                RecordRowMapper.of(ContractFile.class));
        Map<Long, List<LinkedIncident>> incidents = RegisterTables.children(
                jdbc,
                "select contract_id, reference, incident_id from sup_contract_incident",
                "contract_id",
                only,
                "linked_at, reference",
                (rs, n) -> new LinkedIncident(rs.getString("reference"), rs.getString("incident_id"), ""));
        return jdbc.sql("""
                        select k.*, c.name as contractor_name from sup_contract k
                        join sup_contractor c on c.id = k.contractor_id
                        where (cast(:only as bigint) is null or k.id = :only)
                          and (cast(:contractor as bigint) is null or k.contractor_id = :contractor)
                        order by c.name, k.starts_on, k.id
                        """)
                .param("only", only)
                .param("contractor", contractorId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long resp = rs.getLong("responsible_person_id");
                    Long responsible = rs.wasNull() ? null : resp;
                    String kind = rs.getString("certificate_kind");
                    return new Contract(
                            id,
                            rs.getLong("contractor_id"),
                            rs.getString("contractor_name"),
                            rs.getString("title"),
                            rs.getString("work"),
                            rs.getLong("unit_id"),
                            responsible,
                            rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class),
                            Place.valueOf(rs.getString("place")),
                            rs.getString("information"),
                            rs.getObject("ended_on", LocalDate.class),
                            kind == null ? null : CertificateKind.valueOf(kind),
                            rs.getObject("certificate_on", LocalDate.class),
                            rs.getString("certificate_note"),
                            assets.getOrDefault(id, List.of()),
                            subs.getOrDefault(id, List.of()),
                            marks.getOrDefault(id, Map.of()),
                            files.getOrDefault(id, List.of()),
                            incidents.getOrDefault(id, List.of()),
                            rs.getObject("updated_at", OffsetDateTime.class),
                            rs.getString("updated_by"));
                })
                .list();
    }
}
