package jp.mamori.shared;

/**
 * The request is refused because the node is busy with the same kind of work (for example, the
 * person already runs an import, or every import slot is taken): answered with 429 and a
 * "try again" message; nothing was done. The message key says what to wait for.
 */
public class BusyException extends RuntimeException {
    private final String messageKey;

    public BusyException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
