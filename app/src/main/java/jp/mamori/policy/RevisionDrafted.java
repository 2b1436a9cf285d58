package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.revision.drafted}: a new revision was started as a draft (by hand, from the previous revision or by import). */
record RevisionDrafted(long revisionId, String actor, Map<String, String> details) implements AuditableEvent {
    RevisionDrafted {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.revision.drafted";
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
