package jp.mamori.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Failed attempts of a login or from a source passed the free number: the next attempt must wait
 * until the given time (the key is {@code login:…} or {@code source:…}).
 */
public record SignInDelayed(String key, int failures, Instant waitUntil) implements AuditableEvent {
    @Override
    public String action() {
        return "signin.delayed";
    }

    @Override
    public String subjectType() {
        return key.startsWith("source:") ? "source" : "user";
    }

    @Override
    public String subjectId() {
        return key.substring(key.indexOf(':') + 1);
    }

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("failures", Integer.toString(failures));
        details.put("waitUntil", waitUntil.toString());
        return details;
    }
}
