package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Too many failed attempts in a row locked the account. */
public record AccountLocked(String login, int failedAttempts) implements AuditableEvent {
    @Override
    public String action() {
        return "account.locked";
    }

    @Override
    public String subjectType() {
        return "user";
    }

    @Override
    public String subjectId() {
        return login;
    }

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("failedAttempts", Integer.toString(failedAttempts));
        return details;
    }
}
