package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** A sign-in was refused; the login is the one typed, which may not exist. Never the password. */
public record SignInFailed(String login, String reason) implements AuditableEvent {
    @Override
    public String action() {
        return "signin.failed";
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
        return "anonymous";
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", reason);
        return details;
    }
}
