package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.document.changed}: a document's title, place, owner or visibility changed; the details hold each change as {@code old → new}. */
record PolicyDocumentChanged(long documentId, String actor, Map<String, String> details) implements AuditableEvent {
    PolicyDocumentChanged {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.document.changed";
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
