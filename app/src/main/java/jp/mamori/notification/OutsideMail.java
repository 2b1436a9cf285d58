package jp.mamori.notification;

/**
 * One mail to an address outside the body's directory — a contractor's contact, for instance — sent
 * through the same outbox as the notices (after the sender's transaction commits, with retries). It
 * is shown on nobody's お知らせ page and carries no link into mamori, which the addressee cannot open.
 *
 * @param address the one address it goes to
 * @param topic a stable dotted name of what it is about, as for {@link Notice#topic()}
 * @param subject one line, the mail subject
 * @param body plain text, already in the words the addressee will read; no secrets
 */
public record OutsideMail(String address, String topic, String subject, String body) {
    /** The longest body the outbox keeps. */
    public static final int MAX_BODY = 4000;

    public OutsideMail {
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            throw new IllegalArgumentException("not a mail address");
        }
        if (subject.isBlank() || subject.length() > 300 || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a mail needs a one-line subject of at most 300 characters");
        }
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("a mail body has at most " + MAX_BODY + " characters");
        }
    }
}
