package jp.mamori.policy;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code policy.document.access-refused}: someone asked for a document they may not
 * read (and was told it does not exist). {@code entryPoint} names where: page, api, search, print …
 */
record PolicyDocumentAccessRefused(long documentId, String actor, String entryPoint) implements AuditableEvent {
    @Override
    public String action() {
        return "policy.document.access-refused";
    }

    @Override
    public String subjectType() {
        return "policy-document";
    }

    @Override
    public String subjectId() {
        return Long.toString(documentId);
    }

    @Override
    public Map<String, String> details() {
        return Map.of("entryPoint", entryPoint);
    }
}
