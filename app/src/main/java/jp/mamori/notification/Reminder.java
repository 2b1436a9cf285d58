package jp.mamori.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of reminder, written as one class (a Spring bean) by the module it belongs to: what is
 * due on a day, to whom it goes, and the text of the notice. {@link Reminders} does the rest for
 * every reminder alike: the schedule ({@link #cron()}, Japan time), claiming each subject's day
 * once across nodes, sending the notices (in the product and by mail through the outbox) in one
 * transaction with {@link #reminded}. See docs/notifications.md.
 *
 * @param <T> what one reminder is about (a campaign, an incident's deadline …), as the module
 *     describes it
 */
public interface Reminder<T> {
    /**
     * A stable dotted name, such as {@code policy.acknowledgement}: the key of the day claims (so
     * never change it once in use) and the name in the log.
     */
    String name();

    /**
     * When the scheduled round runs: a Spring cron expression read in Japan time, such as
     * {@code 0 0 9 * * MON}; {@code -} switches the schedule off (the module's button still works).
     * Read it from a setting so a body can change it.
     */
    String cron();

    /** What is due on the day: the subjects to remind about (each is reminded at most once a day). */
    List<T> due(LocalDate day);

    /** The subject's key for the day claim: its id, unique within this reminder. */
    String key(T subject);

    /** To whom: the people (organisation person ids) to remind about the subject. */
    List<Long> recipients(T subject);

    /** The notice one person receives: title and body already in Japanese, no secrets. */
    Notice notice(T subject, long personId);

    /**
     * Mails to addresses outside the directory about the subject (a contractor's contact …), sent
     * with the notices of the round through the outbox; none by default.
     */
    default List<OutsideMail> outsideMails(T subject) {
        return List.of();
    }

    /**
     * Called in the same transaction after the notices were sent: record the round, publish the
     * audit event. The default does nothing.
     */
    default void reminded(T subject, List<Long> people, Round round) {}

    /**
     * One reminder round of a subject.
     *
     * @param day the day claimed
     * @param trigger {@code schedule}, or {@code button} when someone started it by hand
     * @param actor login of who started it, {@code system} for the schedule
     */
    record Round(LocalDate day, String trigger, String actor) {
        public static final String SCHEDULE = "schedule";
        public static final String BUTTON = "button";
    }
}
