package jp.mamori.policy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.policy.PolicyEvent.CampaignReminded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The reminder of acknowledgement campaigns: by default every Monday at 09:00 Japan time
 * ({@code mamori.policy.acknowledgement.reminder-cron}, {@code -} switches it off), every open
 * campaign whose due date lies at most {@code mamori.policy.acknowledgement.remind-within-days} (14)
 * days ahead or has passed reminds the people who have not confirmed. Campaigns without a due date
 * are reminded only by the button. The notification module claims each campaign's day once across
 * nodes.
 */
@Component
class AcknowledgementReminder implements Reminder<AcknowledgementReminder.Due> {
    /** A campaign to remind about, with its document, the revision in force and who has confirmed. */
    record Due(
            AcknowledgementCampaign campaign, PolicyDocument document, Revision revision, CampaignProgress progress) {}

    private final Acknowledgements acknowledgements;
    private final CampaignRepository repository;
    private final ApplicationEventPublisher events;
    private final String cron;
    private final int withinDays;
    private final Clock clock;

    AcknowledgementReminder(
            Acknowledgements acknowledgements,
            CampaignRepository repository,
            ApplicationEventPublisher events,
            @Value("${mamori.policy.acknowledgement.reminder-cron:0 0 9 * * MON}") String cron,
            @Value("${mamori.policy.acknowledgement.remind-within-days:14}") int withinDays,
            Clock clock) {
        this.clock = clock;
        this.acknowledgements = acknowledgements;
        this.repository = repository;
        this.events = events;
        this.cron = cron;
        this.withinDays = withinDays;
    }

    @Override
    public String name() {
        return "policy.acknowledgement";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<Due> due(java.time.LocalDate day) {
        return acknowledgements.dueForReminder(day, withinDays);
    }

    @Override
    public String key(Due due) {
        return Long.toString(due.campaign().id());
    }

    @Override
    public List<Long> recipients(Due due) {
        return List.copyOf(due.progress().pendingIds());
    }

    @Override
    public Notice notice(Due due, long personId) {
        return acknowledgements.notice(
                personId,
                "policy.acknowledgement.reminder",
                "policy.ack.notice.reminder",
                due.document(),
                due.revision(),
                due.campaign().dueOn());
    }

    /** Records each reminder for the not-confirmed list, the day for the campaign page, and the audit event. */
    @Override
    public void reminded(Due due, List<Long> people, Round round) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (long person : people) {
            repository.reminder(due.campaign().id(), person, now, round.actor());
        }
        repository.markReminded(due.campaign().id(), round.day());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("revisionId", Long.toString(due.revision().id()));
        details.put("trigger", round.trigger());
        details.put("reminded", Integer.toString(people.size()));
        details.put("targeted", Integer.toString(due.progress().total().targeted()));
        details.put("confirmed", Integer.toString(due.progress().total().confirmed()));
        events.publishEvent(new CampaignReminded(due.campaign().id(), round.actor(), details));
    }
}
