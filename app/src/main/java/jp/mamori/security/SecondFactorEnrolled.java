package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** The account confirmed a new TOTP second factor and received new recovery codes. */
public record SecondFactorEnrolled(String login) implements AuditableEvent {
    @Override
    public String action() {
        return "mfa.enrolled";
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

        return details;
    }
}
