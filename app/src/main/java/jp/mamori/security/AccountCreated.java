package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** An account was created. */
public record AccountCreated(String login, String personId, boolean administrator, String actor)
        implements AuditableEvent {
    @Override
    public String action() {
        return "account.created";
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
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("personId", personId);
        details.put("administrator", Boolean.toString(administrator));
        return details;
    }
}
