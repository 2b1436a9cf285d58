package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.revision.returned}: an approver returned the revision to draft; the details hold the step and the comment. */
record RevisionReturned(long revisionId, String actor, Map<String, String> details) implements AuditableEvent {
    RevisionReturned {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.revision.returned";
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
