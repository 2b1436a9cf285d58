package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** An administrator changed an account: one setting, from and to. */
public record AccountChanged(String login, String setting, String from, String to, String actor)
        implements AuditableEvent {
    @Override
    public String action() {
        return "account.changed";
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
        details.put("setting", setting);
        details.put("from", from);
        details.put("to", to);
        return details;
    }
}
