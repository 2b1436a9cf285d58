package jp.mamori.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report facts of each incident, one row per incident in {@code inc_report_facts}. */
@Repository
class ReportFactsRepository {
    private final JdbcClient jdbc;

    ReportFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportFacts> find(IncidentId id) {
        return jdbc.sql("""
                        select occurred_on, data_items, secondary_damage, response_to_people, publication,
                               cause_so_far, measures_so_far, other_notes, contact
                        from inc_report_facts where incident_id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new ReportFacts(
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("data_items"),
                        rs.getString("secondary_damage"),
                        rs.getString("response_to_people"),
                        rs.getString("publication"),
                        rs.getString("cause_so_far"),
                        rs.getString("measures_so_far"),
                        rs.getString("other_notes"),
                        rs.getString("contact")))
                .optional();
    }

    void save(IncidentId id, ReportFacts facts, String by, OffsetDateTime at) {
        boolean exists = jdbc.sql("select count(*) from inc_report_facts where incident_id = :id")
                        .param("id", id.value())
                        .query(Integer.class)
                        .single()
                > 0;
        String sql = exists ? """
                  update inc_report_facts set occurred_on = :occurredOn, data_items = :dataItems,
                    secondary_damage = :secondaryDamage, response_to_people = :responseToPeople,
                    publication = :publication, cause_so_far = :causeSoFar, measures_so_far = :measuresSoFar,
                    other_notes = :otherNotes, contact = :contact, updated_by = :by, updated_at = :at
                  where incident_id = :id""" : """
                  insert into inc_report_facts (incident_id, occurred_on, data_items, secondary_damage,
                    response_to_people, publication, cause_so_far, measures_so_far, other_notes, contact,
                    updated_by, updated_at)
                  values (:id, :occurredOn, :dataItems, :secondaryDamage, :responseToPeople, :publication,
                    :causeSoFar, :measuresSoFar, :otherNotes, :contact, :by, :at)""";
        jdbc.sql(sql)
                .param("id", id.value())
                .param("occurredOn", facts.occurredOn(), java.sql.Types.DATE)
                .param("dataItems", facts.dataItems())
                .param("secondaryDamage", facts.secondaryDamage())
                .param("responseToPeople", facts.responseToPeople())
                .param("publication", facts.publication())
                .param("causeSoFar", facts.causeSoFar())
                .param("measuresSoFar", facts.measuresSoFar())
                .param("otherNotes", facts.otherNotes())
                .param("contact", facts.contact())
                .param("by", by)
                .param("at", at)
                .update();
    }
}
