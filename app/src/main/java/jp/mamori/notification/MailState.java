package jp.mamori.notification;

/** Where a notice stands with mail: not to be mailed, waiting in the outbox, sent, or given up. */
public enum MailState {
    NONE,
    PENDING,
    SENT,
    FAILED
}
