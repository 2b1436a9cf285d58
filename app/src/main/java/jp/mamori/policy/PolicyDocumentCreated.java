package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.document.created}: a document was created; the details hold its tier, title, owner unit and visibility. */
record PolicyDocumentCreated(long documentId, String actor, Map<String, String> details) implements AuditableEvent {
    PolicyDocumentCreated {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.document.created";
    }

    @Override
    public String subjectType() {
        return "policy-document";
    }

    @Override
    public String subjectId() {
        return Long.toString(documentId);
    }
}
