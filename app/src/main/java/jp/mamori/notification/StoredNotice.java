package jp.mamori.notification;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A notice as stored: the text sent, when it was read, and how its mail went.
 *
 * @param personId the person it is for; 0 for a mail to an address outside the directory
 */
public record StoredNotice(
        long id,
        long personId,
        String topic,
        String title,
        String body,
        String link,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime readAt,
        MailState mailState,
        @Nullable String mailTo,
        int mailAttempts,
        @Nullable OffsetDateTime mailSentAt,
        @Nullable String mailError) {

    /** A mail to an address outside the directory ({@link OutsideMail}), not a person's notice. */
    public boolean outside() {
        return personId == 0;
    }

    public boolean unread() {
        return readAt == null;
    }
}
