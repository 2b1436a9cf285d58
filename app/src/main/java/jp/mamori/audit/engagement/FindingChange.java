package jp.mamori.audit.engagement;

import java.time.OffsetDateTime;

/**
 * One step of a finding's history: an edit (EDITED) or the withdrawal (WITHDRAWN, with the reason),
 * with the finding as it read before.
 */
public record FindingChange(
        long id,
        long findingId,
        String kind,
        String changedBy,
        OffsetDateTime changedAt,
        String reason,
        String before) {
    public String messageKey() {
        return "aud.finding.change." + kind;
    }
}
