package jp.mamori.notification;

/**
 * One notice to one person, with its text already in the words the reader will see (Japanese).
 *
 * @param personId the person it is for (the organisation's person id)
 * @param topic a stable dotted name of what it is about, such as {@code incident.escalated} or
 *     {@code policy.acknowledgement.reminder}; used for filtering and in the audit trail
 * @param title one line, shown in the list and as the mail subject
 * @param body plain text, shown on the page and as the mail body; no secrets
 * @param link the path in mamori the notice points to, such as {@code /incidents/12}, or empty
 */
public record Notice(long personId, String topic, String title, String body, String link) {
    public Notice {
        if (title.isBlank()) {
            throw new IllegalArgumentException("a notice needs a title");
        }
        if (!link.isEmpty() && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
            throw new IllegalArgumentException("a notice links only inside mamori: " + link);
        }
    }
}
