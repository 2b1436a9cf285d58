package jp.mamori.notification;

import java.util.List;

/**
 * Sends notices. Call inside the business transaction: the notice is stored with it (and rolls
 * back with it); mail, when configured, goes out after the commit.
 */
public interface Notifications {
    /** Stores the notice for the person and queues a mail when SMTP is configured and they have an address. */
    void send(Notice notice);

    /**
     * Queues a mail to an address outside the directory when SMTP is configured; returns whether it
     * was queued (false when mail is off: nothing is stored then).
     */
    boolean mail(OutsideMail mail);

    /** {@link #send} for each notice, in order. */
    default void sendAll(List<Notice> notices) {
        notices.forEach(this::send);
    }
}
