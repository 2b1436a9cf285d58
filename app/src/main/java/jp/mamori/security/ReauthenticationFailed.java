package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** A signed-in person did not confirm a sensitive change (wrong password or code, or a wait). */
public record ReauthenticationFailed(String login, String reason) implements AuditableEvent {
    @Override
    public String action() {
        return "reauthentication.failed";
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
        details.put("reason", reason);
        return details;
    }
}
