package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.shared.RecordParams;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the SNS account register ({@code sup_sns_*}). */
@Repository
class SnsAccountRepository {
    private final JdbcClient jdbc;

    SnsAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values of an account as saved. */
    record Values(
            String platform,
            String account,
            String purpose,
            String procedureDocument,
            String postingRules,
            long unitId,
            long responsibleId,
            List<Long> deputies,
            String credentialHolder,
            boolean secondFactor,
            String announcedAt) {}

    List<SnsAccount> all() {
        return load(null);
    }

    Optional<SnsAccount> find(long id) {
        return load(id).stream().findFirst();
    }

    Optional<Long> named(String platform, String account) {
        return jdbc.sql("select id from sup_sns_account where platform = :p and account = :a")
                .param("p", platform)
                .param("a", account)
                .query(Long.class)
                .optional();
    }

    Optional<Long> unitOf(long id) {
        return RegisterTables.unitOf(jdbc, "sup_sns_account", id);
    }

    long insert(Values v, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sup_sns_account (platform, account, purpose, procedure_document, posting_rules,
                            unit_id, responsible_id, credential_holder, second_factor, announced_at, created_at,
                            created_by, updated_at, updated_by)
                        values (:platform, :account, :purpose, :procedureDocument, :postingRules, :unitId, :responsibleId,
                            :credentialHolder, :secondFactor, :announcedAt, :now, :actor, :now, :actor)
                        """)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceDeputies(id, v.deputies());
        return id;
    }

    void update(long id, Values v, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_sns_account set platform = :platform, account = :account, purpose = :purpose,
                            procedure_document = :procedureDocument, posting_rules = :postingRules, unit_id = :unitId,
                            responsible_id = :responsibleId, credential_holder = :credentialHolder,
                            second_factor = :secondFactor, announced_at = :announcedAt, updated_at = :now,
                            updated_by = :actor where id = :id
                        """)
                .param("id", id)
                .params(RecordParams.of(v))
                .param("now", now)
                .param("actor", actor)
                .update();
        replaceDeputies(id, v.deputies());
    }

    private void replaceDeputies(long id, List<Long> people) {
        jdbc.sql("delete from sup_sns_deputy where account_id = :id")
                .param("id", id)
                .update();
        for (long p : people) {
            jdbc.sql("insert into sup_sns_deputy (account_id, person_id) values (:id, :p)")
                    .param("id", id)
                    .param("p", p)
                    .update();
        }
    }

    void reviewed(long id, LocalDate on, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update sup_sns_account set last_reviewed_on = :on, updated_at = :now, updated_by = :actor
                        where id = :id
                        """)
                .param("id", id)
                .param("on", on)
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** The accounts that name the incident (by its id). */
    List<Long> accountsNaming(String incidentId) {
        return jdbc.sql("select account_id from sup_sns_incident where incident_id = :i order by account_id")
                .param("i", incidentId)
                .query(Long.class)
                .list();
    }

    void linkIncident(long id, LinkedIncident incident, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        insert into sup_sns_incident (account_id, reference, incident_id, kind, linked_by, linked_at)
                        values (:id, :r, :i, :k, :actor, :now)
                        """)
                .param("id", id)
                .param("r", incident.reference())
                .param("i", incident.incidentId())
                .param("k", incident.kind())
                .param("actor", actor)
                .param("now", now)
                .update();
    }

    private List<SnsAccount> load(@Nullable Long only) {
        Map<Long, List<Long>> deputies = RegisterTables.children(
                jdbc,
                "select account_id, person_id from sup_sns_deputy",
                "account_id",
                only,
                "person_id",
                (rs, n) -> rs.getLong("person_id"));
        Map<Long, List<LinkedIncident>> incidents = RegisterTables.children(
                jdbc,
                "select account_id, reference, incident_id, kind from sup_sns_incident",
                "account_id",
                only,
                "linked_at, reference",
                (rs, n) -> new LinkedIncident(
                        rs.getString("reference"), rs.getString("incident_id"), rs.getString("kind")));
        return jdbc.sql("select * from sup_sns_account where (cast(:only as bigint) is null or id = :only)"
                        + " order by platform, account")
                .param("only", only)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new SnsAccount(
                            id,
                            rs.getString("platform"),
                            rs.getString("account"),
                            rs.getString("purpose"),
                            rs.getString("procedure_document"),
                            rs.getString("posting_rules"),
                            rs.getLong("unit_id"),
                            rs.getLong("responsible_id"),
                            deputies.getOrDefault(id, List.of()),
                            rs.getString("credential_holder"),
                            rs.getBoolean("second_factor"),
                            rs.getString("announced_at"),
                            rs.getObject("last_reviewed_on", LocalDate.class),
                            incidents.getOrDefault(id, List.of()),
                            rs.getObject("updated_at", OffsetDateTime.class),
                            rs.getString("updated_by"));
                })
                .list();
    }
}
