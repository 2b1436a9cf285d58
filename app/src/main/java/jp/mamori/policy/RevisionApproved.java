package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.revision.approved}: one step of the approval was given; the last step also records the content hash. */
record RevisionApproved(long revisionId, String actor, Map<String, String> details) implements AuditableEvent {
    RevisionApproved {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.revision.approved";
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
