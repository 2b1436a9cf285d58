package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Somebody signed in completely (password, and the second factor when required). */
public record SignInSucceeded(String login, String factors) implements AuditableEvent {
    @Override
    public String action() {
        return "signin.succeeded";
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
        return login;
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("factors", factors);
        return details;
    }
}
