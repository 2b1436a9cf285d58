package jp.mamori.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.BodyClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Mail settings, the outbox schedule and the schedule of every {@link Reminder} — only in the
 * running server, never in a command-line run.
 */
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

    /** Runs each {@link Reminder} bean on its own cron (Japan time); {@code -} leaves it off. */
    @Component
    @ConditionalOnWebApplication
    static class ReminderSchedule implements SchedulingConfigurer {
        private final List<Reminder<?>> reminders;
        private final Reminders rounds;
        private final Clock clock;

        ReminderSchedule(List<Reminder<?>> reminders, Reminders rounds, Clock clock) {
            this.reminders = reminders;
            this.rounds = rounds;
            this.clock = clock;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            for (Reminder<?> reminder : reminders) {
                if (!reminder.cron().equals("-")) {
                    registrar.addCronTask(new CronTask(
                            () -> rounds.runDue(reminder, LocalDate.now(clock)),
                            new CronTrigger(reminder.cron(), BodyClock.ZONE)));
                }
            }
        }
    }
}
