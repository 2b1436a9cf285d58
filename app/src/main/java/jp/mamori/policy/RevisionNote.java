package jp.mamori.policy;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of a revision's history: {@code DRAFTED}, {@code EDITED}, {@code SUBMITTED},
 * {@code APPROVED} (with its step) or {@code RETURNED} (with the approver's comment).
 */
record RevisionNote(
        String kind,
        String login,
        String personName,
        @Nullable Integer step,
        String comment,
        OffsetDateTime at) {
    public String messageKey() {
        return "policy.note." + kind;
    }
}
