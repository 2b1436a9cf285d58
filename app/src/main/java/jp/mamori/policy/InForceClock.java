package jp.mamori.policy;

import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.policy.PolicyEvent.RevisionCameIntoForce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Announces revisions whose 施行日 has come ({@link RevisionCameIntoForce}) shortly after midnight
 * Japan time and once at start-up (for days the server was down). Which revision is in force never
 * depends on this job: it only tells listeners such as acknowledgement campaigns that the day came.
 * Several nodes may run it; a revision is announced once (conditional update).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class InForceClock {
    private static final Logger log = LoggerFactory.getLogger(InForceClock.class);
    private final Revisions revisions;

    private final Clock clock;

    InForceClock(Revisions revisions, Clock clock) {
        this.clock = clock;
        this.revisions = revisions;
    }

    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Tokyo")
    void daily() {
        announce();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        announce();
    }

    private void announce() {
        int count = revisions.announceDue(LocalDate.now(clock));
        if (count > 0) {
            log.info("{} policy revision(s) came into force today", count);
        }
    }
}
