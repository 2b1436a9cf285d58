package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** A one-time recovery code was spent instead of a TOTP code. */
public record RecoveryCodeUsed(String login, int codesLeft) implements AuditableEvent {
    @Override
    public String action() {
        return "mfa.recovery-code-used";
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
        details.put("codesLeft", Integer.toString(codesLeft));
        return details;
    }
}
