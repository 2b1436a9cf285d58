package jp.mamori.security;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** TOTP secrets stored in clear by an earlier version were encrypted with the key file. */
public record TotpSecretsEncrypted(int accounts) implements AuditableEvent {
    @Override
    public String action() {
        return "mfa.secrets-encrypted";
    }

    @Override
    public String subjectType() {
        return "user";
    }

    @Override
    public String subjectId() {
        return "*";
    }

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public Map<String, String> details() {
        return Map.of("accounts", Integer.toString(accounts));
    }
}
