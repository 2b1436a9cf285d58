package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** The account's password was changed (by its owner or set by an administrator). */
public record PasswordChanged(String login, String actor) implements AuditableEvent {
    @Override
    public String action() {
        return "password.changed";
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

        return details;
    }
}
