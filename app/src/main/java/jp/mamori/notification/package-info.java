/**
 * Notices to people: always shown in the product (the お知らせ page and the count in the header),
 * and also sent by mail when SMTP is configured. Modules call {@link Notifications#send}; delivery
 * by mail happens after the sender's transaction commits, from an outbox, with retries.
 */
@NullMarked
package jp.mamori.notification;

import org.jspecify.annotations.NullMarked;
