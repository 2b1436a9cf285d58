package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** An administrator removed the account's second factor (for example after a lost device). */
public record SecondFactorReset(String login, String actor) implements AuditableEvent {
    @Override
    public String action() {
        return "mfa.reset";
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
