package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.revision.submitted}: a draft went to approval; the details hold the approval chain. */
record RevisionSubmitted(long revisionId, String actor, Map<String, String> details) implements AuditableEvent {
    RevisionSubmitted {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.revision.submitted";
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
