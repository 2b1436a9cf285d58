package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** The account made new recovery codes; the earlier ones stopped working. */
public record RecoveryCodesRenewed(String login) implements AuditableEvent {
    @Override
    public String action() {
        return "mfa.recovery-codes-renewed";
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
