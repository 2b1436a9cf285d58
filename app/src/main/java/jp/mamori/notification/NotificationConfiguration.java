package jp.mamori.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Mail settings, and the outbox schedule — only in the running server, never in a command-line run. */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

    @Configuration
    @EnableScheduling
    @ConditionalOnWebApplication
    static class Schedule {}

    /** Looks at the outbox every {@code mamori.mail.interval}. */
    @Component
    @ConditionalOnWebApplication
    static class OutboxSchedule {
        private final MailOutbox outbox;

        OutboxSchedule(MailOutbox outbox) {
            this.outbox = outbox;
        }

        @Scheduled(fixedDelayString = "${mamori.mail.interval:10s}", initialDelayString = "${mamori.mail.interval:10s}")
        void deliver() {
            outbox.deliver();
        }
    }
}
