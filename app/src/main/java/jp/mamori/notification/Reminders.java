package jp.mamori.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs {@link Reminder}s: the scheduled round of every reminder bean (see
 * {@code NotificationConfiguration}) and the reminder button of a module. Each subject's day is
 * claimed in ntf_reminder_day in the transaction that sends its notices, so a day is reminded
 * once whatever the number of nodes, and a failed round leaves the day free.
 */
@Service
public class Reminders {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ReminderDays days;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(ReminderDays days, Notifications notifications, PlatformTransactionManager transactions, Clock clock) {
        this.days = days;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The scheduled round on a day: every subject due whose day this node claims is reminded, one
     * transaction per subject. Returns the number of people reminded.
     */
    public <T> int runDue(Reminder<T> reminder, LocalDate day) {
        int sent = 0;
        for (T subject : reminder.due(day)) {
            Integer people = transaction.execute(status -> {
                if (!days.claim(reminder.name(), reminder.key(subject), day, OffsetDateTime.now(clock))) {
                    return 0;
                }
                return send(reminder, subject, new Reminder.Round(day, Reminder.Round.SCHEDULE, "system"));
            });
            sent += people == null ? 0 : people;
        }
        if (sent > 0) {
            log.info("{}: {} reminder(s) sent", reminder.name(), sent);
        }
        return sent;
    }

    /**
     * Reminds about one subject now (the button), whether or not the day was claimed, and claims
     * the day so the schedule does not remind again on it. Call inside the caller's transaction.
     * Returns the number of people reminded.
     */
    public <T> int remindNow(Reminder<T> reminder, T subject, String actor) {
        LocalDate day = LocalDate.now(clock);
        days.claim(reminder.name(), reminder.key(subject), day, OffsetDateTime.now(clock));
        return send(reminder, subject, new Reminder.Round(day, Reminder.Round.BUTTON, actor));
    }

    /** Claims the day for a subject without reminding: true for exactly one caller per day. */
    public boolean claimDay(String reminder, String key, LocalDate day) {
        return days.claim(reminder, key, day, OffsetDateTime.now(clock));
    }

    private <T> int send(Reminder<T> reminder, T subject, Reminder.Round round) {
        List<Long> people = List.copyOf(reminder.recipients(subject));
        reminder.reminded(subject, people, round);
        for (long person : people) {
            notifications.send(reminder.notice(subject, person));
        }
        reminder.outsideMails(subject).forEach(notifications::mail);
        return people.size();
    }
}
