package jp.mamori.shared;

/**
 * The signed-in user may not do this, or a rule forbids it (segregation of duties): answered with
 * 403. The message key names the rule for the user.
 */
public class NotAllowedException extends RuntimeException {
    private final String messageKey;

    public NotAllowedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
