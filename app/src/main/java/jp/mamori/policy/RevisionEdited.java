package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.revision.edited}: the text or dates of a draft changed; the details name the changed fields. */
record RevisionEdited(long revisionId, String actor, Map<String, String> details) implements AuditableEvent {
    RevisionEdited {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.revision.edited";
    }

    @Override
    public String subjectType() {
        return "policy-revision";
    }

    @Override
    public String subjectId() {
        return Long.toString(revisionId);
    }
}
