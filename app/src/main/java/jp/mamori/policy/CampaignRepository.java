package jp.mamori.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of acknowledgement campaigns, confirmations and reminders ({@code pol_ack_*}). */
@Repository
public class CampaignRepository {
    private static final String CAMPAIGN_SQL =
            "select id, document_id, revision_id, audience, due_on, note, started_by,"
                    + " started_at, closed_by, closed_at, last_reminded_on from pol_ack_campaign ";

    /** One person's confirmation of one revision. */
    public record Confirmation(
            long id,
            long revisionId,
            long documentId,
            long personId,
            String contentHash,
            String login,
            OffsetDateTime confirmedAt,
            String channel) {}

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(AcknowledgementCampaign campaign) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into pol_ack_campaign (document_id, revision_id, audience, due_on, note, started_by,
                            started_at)
                        values (:document, :revision, :audience, :due, :note, :by, :at)
                        """)
                .param("document", campaign.documentId())
                .param("revision", campaign.revisionId())
                .param("audience", campaign.audience().kind())
                .param("due", campaign.dueOn())
                .param("note", campaign.note())
                .param("by", campaign.startedBy())
                .param("at", campaign.startedAt())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (Long ref : campaign.audience().ids()) {
            jdbc.sql("insert into pol_ack_campaign_scope (campaign_id, ref_id) values (:id, :ref)")
                    .param("id", id)
                    .param("ref", ref)
                    .update();
        }
        return id;
    }

    Optional<AcknowledgementCampaign> find(long id) {
        return jdbc.sql(CAMPAIGN_SQL + "where id = :id")
                .param("id", id)
                .query((rs, n) -> campaign(rs))
                .optional();
    }

    /** Every campaign, newest first. */
    List<AcknowledgementCampaign> all() {
        return jdbc.sql(CAMPAIGN_SQL + "order by started_at desc, id desc")
                .query((rs, n) -> campaign(rs))
                .list();
    }

    /** The campaigns not closed, oldest first. */
    List<AcknowledgementCampaign> notClosed() {
        return jdbc.sql(CAMPAIGN_SQL + "where closed_at is null order by started_at, id")
                .query((rs, n) -> campaign(rs))
                .list();
    }

    List<AcknowledgementCampaign> ofRevision(long revisionId) {
        return jdbc.sql(CAMPAIGN_SQL + "where revision_id = :revision order by started_at desc, id desc")
                .param("revision", revisionId)
                .query((rs, n) -> campaign(rs))
                .list();
    }

    void close(AcknowledgementCampaign closed) {
        jdbc.sql("update pol_ack_campaign set closed_by = :by, closed_at = :at where id = :id")
                .param("by", closed.closedBy())
                .param("at", closed.closedAt())
                .param("id", closed.id())
                .update();
    }

    /** Notes the day of the campaign's last reminder round, shown on its page. */
    void markReminded(long campaignId, LocalDate day) {
        jdbc.sql("update pol_ack_campaign set last_reminded_on = :day where id = :id")
                .param("day", day)
                .param("id", campaignId)
                .update();
    }

    void reminder(long campaignId, long personId, OffsetDateTime at, String by) {
        jdbc.sql("insert into pol_ack_reminder (campaign_id, person_id, sent_at, sent_by) values (:c, :p, :at, :by)")
                .param("c", campaignId)
                .param("p", personId)
                .param("at", at)
                .param("by", by)
                .update();
    }

    /** The time of the last reminder per person of the campaign. */
    Map<Long, OffsetDateTime> lastReminders(long campaignId) {
        Map<Long, OffsetDateTime> last = new HashMap<>();
        jdbc.sql("select person_id, max(sent_at) as last_at from pol_ack_reminder where campaign_id = :c"
                        + " group by person_id")
                .param("c", campaignId)
                .query(rs -> {
                    last.put(rs.getLong("person_id"), rs.getObject("last_at", OffsetDateTime.class));
                });
        return last;
    }

    /** Inserts the confirmation unless the person confirmed the revision already; returns the stored one. */
    Confirmation confirm(Confirmation confirmation) {
        Optional<Confirmation> existing = confirmation(confirmation.revisionId(), confirmation.personId());
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                        insert into pol_ack_confirmation (revision_id, document_id, person_id, content_hash, login,
                            confirmed_at, channel)
                        values (:revision, :document, :person, :hash, :login, :at, :channel)
                        """)
                .param("revision", confirmation.revisionId())
                .param("document", confirmation.documentId())
                .param("person", confirmation.personId())
                .param("hash", confirmation.contentHash())
                .param("login", confirmation.login())
                .param("at", confirmation.confirmedAt())
                .param("channel", confirmation.channel())
                .update();
        return confirmation(confirmation.revisionId(), confirmation.personId()).orElseThrow();
    }

    Optional<Confirmation> confirmation(long revisionId, long personId) {
        return jdbc.sql("select * from pol_ack_confirmation where revision_id = :revision and person_id = :person")
                .param("revision", revisionId)
                .param("person", personId)
                .query((rs, n) -> confirmation(rs))
                .optional();
    }

    /** The people who confirmed the revision. */
    Set<Long> confirmedBy(long revisionId) {
        return new HashSet<>(jdbc.sql("select person_id from pol_ack_confirmation where revision_id = :revision")
                .param("revision", revisionId)
                .query(Long.class)
                .list());
    }

    /** Everything the person confirmed, newest first. */
    List<Confirmation> confirmationsOf(long personId) {
        return jdbc.sql(
                        "select * from pol_ack_confirmation where person_id = :person order by confirmed_at desc, id desc")
                .param("person", personId)
                .query((rs, n) -> confirmation(rs))
                .list();
    }

    private AcknowledgementCampaign campaign(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String kind = rs.getString("audience");
        List<Long> ids = new ArrayList<>(
                jdbc.sql("select ref_id from pol_ack_campaign_scope where campaign_id = :id order by ref_id")
                        .param("id", id)
                        .query(Long.class)
                        .list());
        return new AcknowledgementCampaign(
                id,
                rs.getLong("document_id"),
                rs.getLong("revision_id"),
                CampaignAudience.of(kind, ids),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("note"),
                rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("last_reminded_on", LocalDate.class));
    }

    private static Confirmation confirmation(ResultSet rs) throws SQLException {
        return new Confirmation(
                rs.getLong("id"),
                rs.getLong("revision_id"),
                rs.getLong("document_id"),
                rs.getLong("person_id"),
                rs.getString("content_hash").strip(),
                rs.getString("login"),
                rs.getObject("confirmed_at", OffsetDateTime.class),
                rs.getString("channel"));
    }
}
