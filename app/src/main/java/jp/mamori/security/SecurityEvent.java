package jp.mamori.security;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to accounts, sign-ins, second factors and API tokens, as audit events: one record per kind, the details derived from its components.
 */
public sealed interface SecurityEvent extends AuditableEvent {
    @Override
    default String subjectType() {
        return "user";
    }

    /** A copy of the changes an event carries, in their order and unmodifiable. */
    private static Map<String, String> frozen(Map<String, String> details) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** An administrator changed an account: one setting, from and to. */
    record AccountChanged(@AuditableEvent.Subject String login, String setting, String from, String to, String actor)
            implements SecurityEvent {
        @Override
        public String action() {
            return "account.changed";
        }
    }

    /** An account was created. */
    record AccountCreated(@AuditableEvent.Subject String login, String personId, boolean administrator, String actor)
            implements SecurityEvent {
        @Override
        public String action() {
            return "account.created";
        }
    }

    /** Too many failed attempts in a row locked the account. */
    record AccountLocked(@AuditableEvent.Subject String login, int failedAttempts) implements SecurityEvent {
        @Override
        public String action() {
            return "account.locked";
        }

        @Override
        public String actor() {
            return "system";
        }
    }

    /** An administrator unlocked the account. */
    record AccountUnlocked(@AuditableEvent.Subject String login, String actor) implements SecurityEvent {
        @Override
        public String action() {
            return "account.unlocked";
        }
    }

    /** An API token was created (its prefix only, never the token). */
    record ApiTokenCreated(@AuditableEvent.Subject long tokenId, String owner, String name, String prefix, String actor)
            implements SecurityEvent {
        @Override
        public String action() {
            return "api-token.created";
        }

        @Override
        public String subjectType() {
            return "api-token";
        }
    }

    /** An API token was revoked. */
    record ApiTokenRevoked(@AuditableEvent.Subject long tokenId, String owner, String name, String actor)
            implements SecurityEvent {
        @Override
        public String action() {
            return "api-token.revoked";
        }

        @Override
        public String subjectType() {
            return "api-token";
        }
    }

    /** The account's password was changed (by its owner or set by an administrator). */
    record PasswordChanged(@AuditableEvent.Subject String login, String actor) implements SecurityEvent {
        @Override
        public String action() {
            return "password.changed";
        }
    }

    /** A one-time recovery code was spent instead of a TOTP code. */
    record RecoveryCodeUsed(@AuditableEvent.Subject String login, int codesLeft) implements SecurityEvent {
        @Override
        public String action() {
            return "mfa.recovery-code-used";
        }

        @Override
        public String actor() {
            return login;
        }
    }

    /** The account made new recovery codes; the earlier ones stopped working. */
    record RecoveryCodesRenewed(@AuditableEvent.Subject String login) implements SecurityEvent {
        @Override
        public String action() {
            return "mfa.recovery-codes-renewed";
        }

        @Override
        public String actor() {
            return login;
        }
    }

    /** The account confirmed a new TOTP second factor and received new recovery codes. */
    record SecondFactorEnrolled(@AuditableEvent.Subject String login) implements SecurityEvent {
        @Override
        public String action() {
            return "mfa.enrolled";
        }

        @Override
        public String actor() {
            return login;
        }
    }

    /** An administrator removed the account's second factor (for example after a lost device). */
    record SecondFactorReset(@AuditableEvent.Subject String login, String actor) implements SecurityEvent {
        @Override
        public String action() {
            return "mfa.reset";
        }
    }

    /** A sign-in was refused; the login is the one typed, which may not exist. Never the password. */
    record SignInFailed(@AuditableEvent.Subject String login, String reason) implements SecurityEvent {
        @Override
        public String action() {
            return "signin.failed";
        }

        @Override
        public String actor() {
            return "anonymous";
        }
    }

    /** Somebody signed in completely (password, and the second factor when required). */
    record SignInSucceeded(@AuditableEvent.Subject String login, String factors) implements SecurityEvent {
        @Override
        public String action() {
            return "signin.succeeded";
        }

        @Override
        public String actor() {
            return login;
        }
    }

    /** Somebody signed out. */
    record SignedOut(@AuditableEvent.Subject String login) implements SecurityEvent {
        @Override
        public String action() {
            return "signout";
        }

        @Override
        public String actor() {
            return login;
        }
    }

    /** Sessions of a person were ended after a password change or reset: how many. */
    record SessionsEnded(@AuditableEvent.Subject String login, int sessions, String actor) implements SecurityEvent {
        @Override
        public String action() {
            return "session.ended";
        }
    }

    /** A signed-in person did not confirm a sensitive change (wrong password or code, or a wait). */
    record ReauthenticationFailed(@AuditableEvent.Subject String login, String reason) implements SecurityEvent {
        @Override
        public String action() {
            return "reauthentication.failed";
        }

        @Override
        public String actor() {
            return login;
        }
    }

    /** TOTP secrets stored in clear by an earlier version were encrypted with the key file: how many. */
    record TotpSecretsEncrypted(int accounts) implements SecurityEvent {
        @Override
        public String action() {
            return "mfa.secrets-encrypted";
        }

        @Override
        public String subjectId() {
            return "*";
        }

        @Override
        public String actor() {
            return "system";
        }
    }

    /**
     * Failed attempts of a login ({@code user}) or from a source address ({@code source}) passed the
     * free number: the next attempt must wait until the given time.
     */
    record SignInDelayed(
            String subjectType, @AuditableEvent.Subject String subject, int failures, Instant waitUntil)
            implements SecurityEvent {
        /** From a throttle key, {@code login:…} or {@code source:…}. */
        static SignInDelayed of(String key, int failures, Instant waitUntil) {
            return new SignInDelayed(
                    key.startsWith("source:") ? "source" : "user",
                    key.substring(key.indexOf(':') + 1),
                    failures,
                    waitUntil);
        }

        @Override
        public String action() {
            return "signin.delayed";
        }

        @Override
        public String actor() {
            return "system";
        }
    }
}
