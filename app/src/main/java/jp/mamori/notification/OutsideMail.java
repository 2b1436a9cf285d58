package jp.mamori.notification;

import java.util.Arrays;
import java.util.List;

/**
 * One mail to an address outside the body's directory — a contractor's contact, for instance — sent
 * through the same outbox as the notices (after the sender's transaction commits, with retries). It
 * is shown on nobody's お知らせ page and carries no link into mamori, which the addressee cannot open.
 * It may carry files (a questionnaire workbook, say): they are stored in the outbox with the mail, so
 * a restart before it goes out loses nothing, and they are bounded in number and size.
 *
 * @param address the one address it goes to
 * @param topic a stable dotted name of what it is about, as for {@link Notice#topic()}
 * @param subject one line, the mail subject
 * @param body plain text, already in the words the addressee will read; no secrets
 * @param attachments the files sent with it, in order (none for most mails)
 */
public record OutsideMail(String address, String topic, String subject, String body, List<Attachment> attachments) {
    /** The longest body the outbox keeps. */
    public static final int MAX_BODY = 4000;

    /** The most files one mail carries. */
    public static final int MAX_ATTACHMENTS = 5;

    /** The most bytes the files of one mail add up to (mail servers commonly refuse much larger mails). */
    public static final int MAX_ATTACHMENT_BYTES = 3 * 1024 * 1024;

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
        attachments = List.copyOf(attachments);
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new IllegalArgumentException("a mail carries at most " + MAX_ATTACHMENTS + " files");
        }
        long bytes = attachments.stream().mapToLong(a -> a.content().length).sum();
        if (bytes > MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException(
                    "the files of a mail add up to at most " + MAX_ATTACHMENT_BYTES + " bytes");
        }
    }

    /** A mail without files. */
    public OutsideMail(String address, String topic, String subject, String body) {
        this(address, topic, subject, body, List.of());
    }

    /** The same mail with this file added. */
    public OutsideMail with(Attachment attachment) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.add(attachment);
        return new OutsideMail(address, topic, subject, body, all);
    }

    /**
     * A file sent with the mail.
     *
     * @param fileName the name the addressee sees, Japanese allowed (sent encoded as RFC 2231 says);
     *     no path, no control characters, at most 200 characters
     * @param contentType its media type, e.g. {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}
     * @param content its bytes (copied)
     */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            if (fileName.isBlank()
                    || fileName.length() > 200
                    || fileName.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\')) {
                throw new IllegalArgumentException("an attachment needs a plain file name of at most 200 characters");
            }
            if (!contentType.matches("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
                    || contentType.length() > 100) {
                throw new IllegalArgumentException("not a media type");
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment a
                    && a.fileName.equals(fileName)
                    && a.contentType.equals(contentType)
                    && Arrays.equals(a.content, content);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
