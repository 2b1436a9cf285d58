package jp.mamori.notification;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A notice as stored: the text sent, when it was read, and how its mail went. */
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

    public boolean unread() {
        return readAt == null;
    }
}
