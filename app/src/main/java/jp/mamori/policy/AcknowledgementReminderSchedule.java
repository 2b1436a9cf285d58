package jp.mamori.policy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled reminder round of acknowledgement campaigns: by default every Monday at 09:00
 * Japan time, every open campaign whose due date lies at most
 * {@code mamori.policy.acknowledgement.remind-within-days} (14) days ahead or has passed reminds
 * the people who have not confirmed. Campaigns without a due date are reminded only by the button.
 * {@code mamori.policy.acknowledgement.reminder-cron=-} switches the schedule off. Several nodes
 * may run it: each campaign is reminded at most once a day.
 */
@Component
@ConditionalOnWebApplication
class AcknowledgementReminderSchedule {
    private static final Logger log = LoggerFactory.getLogger(AcknowledgementReminderSchedule.class);

    private final Acknowledgements acknowledgements;
    private final int withinDays;

    AcknowledgementReminderSchedule(
            Acknowledgements acknowledgements,
            @Value("${mamori.policy.acknowledgement.remind-within-days:14}") int withinDays) {
        this.acknowledgements = acknowledgements;
        this.withinDays = withinDays;
    }

    @Scheduled(cron = "${mamori.policy.acknowledgement.reminder-cron:0 0 9 * * MON}", zone = "Asia/Tokyo")
    void run() {
        int sent = acknowledgements.remindDue(PolicyTime.today(), withinDays);
        if (sent > 0) {
            log.info("{} acknowledgement reminder(s) sent", sent);
        }
    }
}
