package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Sessions of a person were ended after a password change or reset. */
public record SessionsEnded(String login, int sessions, String actor) implements AuditableEvent {
    @Override
    public String action() {
        return "session.ended";
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
        details.put("sessions", Integer.toString(sessions));
        return details;
    }
}
