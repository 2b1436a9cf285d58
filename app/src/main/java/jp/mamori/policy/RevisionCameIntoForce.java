package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code policy.revision.in-force}: the 施行日 of an approved revision has come, so it is
 * now the revision in force of its document (and the one before it is superseded). Published once
 * per revision, inside a transaction: at the final approval when the 施行日 is today or earlier, else
 * by {@link InForceClock} on the day. Acknowledgement campaigns may start from it.
 */
record RevisionCameIntoForce(
        long documentId, long revisionId, int number, LocalDate effectiveOn, String contentHash, String actor)
        implements AuditableEvent {
    @Override
    public String action() {
        return "policy.revision.in-force";
    }

    @Override
    public String subjectType() {
        return "policy-revision";
    }

    @Override
    public String subjectId() {
        return Long.toString(revisionId);
    }

    @Override
    public Map<String, String> details() {
        return Map.of(
                "documentId", Long.toString(documentId),
                "number", Integer.toString(number),
                "effectiveOn", effectiveOn.toString(),
                "contentHash", contentHash);
    }
}
