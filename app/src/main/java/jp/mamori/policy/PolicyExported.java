package jp.mamori.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.exported}: someone downloaded the documents in force as a zip (how many, with PDF or not). */
record PolicyExported(String actor, Map<String, String> details) implements AuditableEvent {
    PolicyExported {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.exported";
    }

    @Override
    public String subjectType() {
        return "policy";
    }

    @Override
    public String subjectId() {
        return "";
    }
}
