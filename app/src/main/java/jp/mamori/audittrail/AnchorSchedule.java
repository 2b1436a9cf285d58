package jp.mamori.audittrail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Takes the day's anchor just after midnight Japan time, and at start-up when the day has none yet
 * (a server that was down at midnight). The commands never take one: they do not write.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class AnchorSchedule {
    private static final Logger log = LoggerFactory.getLogger(AnchorSchedule.class);
    private final Anchors anchors;

    AnchorSchedule(Anchors anchors) {
        this.anchors = anchors;
    }

    @Scheduled(cron = "${mamori.audit.anchor-cron:0 0 0 * * *}", zone = "Asia/Tokyo")
    void daily() {
        take();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        take();
    }

    private void take() {
        try {
            anchors.takeToday();
        } catch (RuntimeException e) {
            // the next run (or start) tries again; verify names the day as not covered meanwhile
            log.error("the audit trail's anchor of today could not be taken: {}", e.getMessage());
        }
    }
}
