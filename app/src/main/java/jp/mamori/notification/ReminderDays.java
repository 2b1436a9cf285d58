package jp.mamori.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ntf_reminder_day table: on which days a reminder has run for a subject. Claiming inserts the
 * day's row and relies on the primary key, so among several nodes exactly one wins; on
 * PostgreSQL a second node's insert waits for the first one's transaction and then does nothing.
 */
@Repository
class ReminderDays {
    private final JdbcClient jdbc;

    ReminderDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for exactly one caller per reminder, subject and day. */
    boolean claim(String reminder, String subject, LocalDate day, OffsetDateTime at) {
        return jdbc.sql("""
                                insert into ntf_reminder_day (reminder, subject, reminded_on, claimed_at)
                                values (:reminder, :subject, :day, :at)
                                on conflict do nothing
                                """)
                        .param("reminder", reminder)
                        .param("subject", subject)
                        .param("day", day)
                        .param("at", at)
                        .update()
                > 0;
    }
}
