package jp.mamori.asset;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ledger file that cannot be read at all: not an .xlsx workbook, too large, a zip bomb, broken.
 * Carries a message key of the {@code i18n/asset-ledger} bundle; the CLI exits with 2.
 */
public class LedgerUnreadableException extends Exception {
    private final String messageKey;
    private final List<Object> args;

    LedgerUnreadableException(String messageKey, List<Object> args, @Nullable Throwable cause) {
        super(messageKey + " " + args, cause);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
