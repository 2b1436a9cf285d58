package jp.mamori.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Role;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The policy module's part of a person's work list: revisions waiting for their approval step
 * ({@code policy.approval}, due on the planned 施行日), revisions in force they have not confirmed
 * ({@code policy.acknowledgement}, due on the campaign's due date; restricted documents only for their
 * readers), and documents whose review is due
 * within {@code mamori.policy.review.notice-days} for their 情報セキュリティ責任者 and the 統括
 * ({@code policy.review}).
 */
@Component
class PolicyTasks implements TaskSource {
    private final JdbcClient jdbc;
    private final CampaignRepository campaigns;
    private final PolicyRepository documents;
    private final PolicyAccess policyAccess;
    private final ReviewRepository reviewRows;
    private final Directory directory;
    private final int reviewNoticeDays;

    PolicyTasks(
            JdbcClient jdbc,
            CampaignRepository campaigns,
            PolicyRepository documents,
            PolicyAccess policyAccess,
            ReviewRepository reviewRows,
            Directory directory,
            @Value("${mamori.policy.review.notice-days:30}") int reviewNoticeDays) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.documents = documents;
        this.policyAccess = policyAccess;
        this.reviewRows = reviewRows;
        this.directory = directory;
        this.reviewNoticeDays = reviewNoticeDays;
    }

    @Override
    public List<Task> tasksFor(TaskHolder holder, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        approvals(holder, tasks);
        acknowledgements(holder, today, tasks);
        if (holder.holds(Role.SECURITY_OFFICER) || holder.holds(Role.CHIEF_SECURITY_OFFICER)) {
            reviews(holder, today, tasks);
        }
        return tasks;
    }

    /**
     * The reviews due within the notice days for the documents the person follows, computed as
     * {@link PolicyReviews} does (cycle, last concluded review, 施行日 of the revision in force, or the
     * day the document was created) from four grouped queries instead of each document's timeline.
     */
    private void reviews(TaskHolder holder, LocalDate today, List<Task> tasks) {
        Map<Long, Integer> cycles = reviewRows.cycles();
        Map<Long, LocalDate> last = reviewRows.lastConcluded();
        Map<Long, Long> open = reviewRows.openReviews();
        Map<Long, LocalDate> inForceSince = new HashMap<>();
        jdbc.sql("""
                        select document_id, max(effective_on) from pol_revision
                        where state = 'APPROVED' and effective_on <= :day group by document_id
                        """)
                .param("day", today)
                .query((rs, n) -> inForceSince.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        LocalDate until = today.plusDays(reviewNoticeDays);
        for (PolicyDocument d : documents.all()) {
            if (!holder.holds(Role.CHIEF_SECURITY_OFFICER)
                    && !holder.holdsFor(Role.SECURITY_OFFICER, d.ownerUnitId())) {
                continue;
            }
            LocalDate from = ReviewCycle.countedFrom(
                    last.get(d.id()),
                    inForceSince.get(d.id()),
                    d.createdAt().atZoneSameInstant(BodyClock.ZONE).toLocalDate());
            LocalDate dueOn = ReviewCycle.dueOn(from, cycles.getOrDefault(d.id(), ReviewCycle.DEFAULT_MONTHS));
            if (!dueOn.isAfter(until)) {
                Long review = open.get(d.id());
                tasks.add(new Task(
                        "policy.review",
                        d.title(),
                        dueOn,
                        review == null ? "/policy-reviews" : "/policy-reviews/" + review));
            }
        }
    }

    private record InApproval(
            long documentId,
            long revisionId,
            String title,
            int number,
            long ownerUnitId,
            String chain,
            @Nullable Long author,
            int decided,
            int mine,
            @Nullable LocalDate effectiveOn) {}

    /** One query: every revision in approval with the count of steps given and whether the person gave one. */
    private void approvals(TaskHolder holder, List<Task> tasks) {
        List<InApproval> waiting = jdbc.sql("""
                        select r.document_id, r.id, d.title, r.revision_no, d.owner_unit_id, r.approval_chain,
                               r.author_person_id, r.effective_on,
                               (select count(*) from pol_approval a where a.revision_id = r.id) decided,
                               (select count(*) from pol_approval a where a.revision_id = r.id
                                   and a.person_id = :person) mine
                        from pol_revision r join pol_document d on d.id = r.document_id
                        where r.state = 'IN_APPROVAL'
                        """)
                .param("person", holder.personId())
                .query((rs, n) -> new InApproval(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getObject(7, Long.class),
                        rs.getInt("decided"),
                        rs.getInt("mine"),
                        rs.getObject(8, LocalDate.class)))
                .list();
        for (InApproval r : waiting) {
            String[] chain = r.chain().split(",");
            if (r.decided() >= chain.length || r.mine() > 0 || Objects.equals(r.author(), holder.personId())) {
                continue;
            }
            Role next = Role.valueOf(chain[r.decided()].trim());
            // the committee's step is taken by a decision (議決), not by a person's approval
            if (next != Revision.COMMITTEE_STEP && holder.holdsFor(next, r.ownerUnitId())) {
                tasks.add(new Task(
                        "policy.approval",
                        r.title() + "（第" + r.number() + "版）",
                        r.effectiveOn(),
                        "/policies/" + r.documentId() + "/revisions/" + r.revisionId()));
            }
        }
    }

    /**
     * The open campaigns whose audience covers the person, then one query for those whose revision
     * is still the one in force and not yet confirmed by them (earliest due campaign per revision).
     */
    private void acknowledgements(TaskHolder holder, LocalDate today, List<Task> tasks) {
        List<AcknowledgementCampaign> open = campaigns.notClosed();
        if (open.isEmpty()) {
            return;
        }
        Optional<PersonSummary> person = directory.person(holder.personId());
        if (person.isEmpty()) {
            return;
        }
        List<UnitSummary> unitList = directory.units();
        Map<Long, AcknowledgementCampaign> byRevision = new HashMap<>();
        for (AcknowledgementCampaign c : open) {
            if (c.audience().select(List.of(person.get()), unitList).isEmpty()) {
                continue;
            }
            AcknowledgementCampaign seen = byRevision.get(c.revisionId());
            if (seen == null
                    || (c.dueOn() != null && (seen.dueOn() == null || c.dueOn().isBefore(seen.dueOn())))) {
                byRevision.put(c.revisionId(), c);
            }
        }
        if (byRevision.isEmpty()) {
            return;
        }
        record Owed(long documentId, long revisionId, String title, boolean restricted) {}
        List<Owed> owed = jdbc.sql("""
                        select r.document_id, r.id, d.title, d.audience
                        from pol_revision r join pol_document d on d.id = r.document_id
                        where r.id in (:revisions) and r.state = 'APPROVED' and r.effective_on <= :day
                          and not exists (select 1 from pol_revision n
                                          where n.document_id = r.document_id and n.state = 'APPROVED'
                                            and n.effective_on <= :day
                                            and (n.effective_on > r.effective_on
                                                 or (n.effective_on = r.effective_on and n.revision_no > r.revision_no)))
                          and not exists (select 1 from pol_ack_confirmation k
                                          where k.revision_id = r.id and k.person_id = :person)
                        """)
                .param("revisions", byRevision.keySet())
                .param("day", today)
                .param("person", holder.personId())
                .query((rs, n) ->
                        new Owed(rs.getLong(1), rs.getLong(2), rs.getString(3), "RESTRICTED".equals(rs.getString(4))))
                .list();
        Set<Long> added = new HashSet<>();
        @Nullable Reader reader = null;
        for (Owed o : owed) {
            if (o.restricted()) {
                // as on the person's own list: a restricted document only for those who may read it
                if (reader == null) {
                    reader = policyAccess.readerFor(holder.personId(), today);
                }
                Optional<PolicyDocument> document = documents.find(o.documentId());
                if (document.isEmpty() || !ReadingRule.allows(reader, document.get())) {
                    continue;
                }
            }
            if (added.add(o.revisionId())) {
                AcknowledgementCampaign c = byRevision.get(o.revisionId());
                tasks.add(new Task(
                        "policy.acknowledgement",
                        o.title(),
                        c == null ? null : c.dueOn(),
                        "/policies/" + o.documentId() + "/revisions/" + o.revisionId()));
            }
        }
    }
}
