package jp.mamori.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code policy.acknowledgement.confirmed}: a person confirmed having read a revision
 * in force; the details name the person, the document, the revision and its content hash.
 */
record ConfirmationRecorded(
        long revisionId, long documentId, long personId, String contentHash, String channel, String actor)
        implements AuditableEvent {
    @Override
    public String action() {
        return "policy.acknowledgement.confirmed";
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
        Map<String, String> details = new LinkedHashMap<>();
        details.put("documentId", Long.toString(documentId));
        details.put("personId", Long.toString(personId));
        details.put("contentHash", contentHash);
        details.put("channel", channel);
        return java.util.Collections.unmodifiableMap(details);
    }
}
