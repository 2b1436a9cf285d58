package jp.mamori.control;

import java.util.Arrays;
import java.util.List;

/**
 * Implementation status of an applicable measure (実施状況). 対象外 needs a reason and approval. 例外
 * ({@link #EXCEPTION}) is never recorded: it is shown while an approved exception (例外措置) to the
 * measure holds for the unit.
 */
public enum ImplementationStatus {
    IMPLEMENTED,
    PARTIAL,
    NOT_IMPLEMENTED,
    NOT_APPLICABLE,
    EXCEPTION;

    public String messageKey() {
        return "control.status." + name();
    }

    /** The statuses a manager may record (all but 例外). */
    public static List<ImplementationStatus> recordable() {
        return Arrays.stream(values()).filter(s -> s != EXCEPTION).toList();
    }
}
