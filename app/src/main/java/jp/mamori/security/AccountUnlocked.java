package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** An administrator unlocked the account. */
public record AccountUnlocked(String login, String actor) implements AuditableEvent {
    @Override
    public String action() {
        return "account.unlocked";
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
