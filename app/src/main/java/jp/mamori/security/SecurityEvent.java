package jp.mamori.security;

import java.time.Instant;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to accounts, sign-ins, second factors and API tokens, as audit events: one record per kind, the details derived from its components.
 */
@AuditableEvent.SubjectType("user")
public sealed interface SecurityEvent extends AuditableEvent {

    /** An administrator changed an account: one setting, from and to. */
    @AuditableEvent.Action("account.changed")
    record AccountChanged(@AuditableEvent.Subject String login, String setting, String from, String to, String actor)
            implements SecurityEvent {}

    /** An account was created. */
    @AuditableEvent.Action("account.created")
    record AccountCreated(@AuditableEvent.Subject String login, String personId, boolean administrator, String actor)
            implements SecurityEvent {}

    /** Too many failed attempts in a row locked the account. */
    @AuditableEvent.Action(value = "account.locked", actor = "system")
    record AccountLocked(@AuditableEvent.Subject String login, int failedAttempts) implements SecurityEvent {}

    /** An administrator unlocked the account. */
    @AuditableEvent.Action("account.unlocked")
    record AccountUnlocked(@AuditableEvent.Subject String login, String actor) implements SecurityEvent {}

    /** An API token was created (its prefix only, never the token). */
    @AuditableEvent.SubjectType("api-token")
    @AuditableEvent.Action("api-token.created")
    record ApiTokenCreated(@AuditableEvent.Subject long tokenId, String owner, String name, String prefix, String actor)
            implements SecurityEvent {}

    /** An API token was revoked. */
    @AuditableEvent.SubjectType("api-token")
    @AuditableEvent.Action("api-token.revoked")
    record ApiTokenRevoked(@AuditableEvent.Subject long tokenId, String owner, String name, String actor)
            implements SecurityEvent {}

    /** The account's password was changed (by its owner or set by an administrator). */
    @AuditableEvent.Action("password.changed")
    record PasswordChanged(@AuditableEvent.Subject String login, String actor) implements SecurityEvent {}

    /** A one-time recovery code was spent instead of a TOTP code. */
    @AuditableEvent.Action("mfa.recovery-code-used")
    record RecoveryCodeUsed(
            @AuditableEvent.Subject @AuditableEvent.Actor String login, int codesLeft) implements SecurityEvent {}

    /** The account made new recovery codes; the earlier ones stopped working. */
    @AuditableEvent.Action("mfa.recovery-codes-renewed")
    record RecoveryCodesRenewed(
            @AuditableEvent.Subject @AuditableEvent.Actor String login) implements SecurityEvent {}

    /** The account confirmed a new TOTP second factor and received new recovery codes. */
    @AuditableEvent.Action("mfa.enrolled")
    record SecondFactorEnrolled(
            @AuditableEvent.Subject @AuditableEvent.Actor String login) implements SecurityEvent {}

    /** An administrator removed the account's second factor (for example after a lost device). */
    @AuditableEvent.Action("mfa.reset")
    record SecondFactorReset(@AuditableEvent.Subject String login, String actor) implements SecurityEvent {}

    /** A sign-in was refused; the login is the one typed, which may not exist. Never the password. */
    @AuditableEvent.Action(value = "signin.failed", actor = "anonymous")
    record SignInFailed(@AuditableEvent.Subject String login, String reason) implements SecurityEvent {}

    /** Somebody signed in completely (password, and the second factor when required). */
    @AuditableEvent.Action("signin.succeeded")
    record SignInSucceeded(
            @AuditableEvent.Subject @AuditableEvent.Actor String login, String factors) implements SecurityEvent {}

    /** Somebody signed out. */
    @AuditableEvent.Action("signout")
    record SignedOut(
            @AuditableEvent.Subject @AuditableEvent.Actor String login) implements SecurityEvent {}

    /** Sessions of a person were ended after a password change or reset: how many. */
    @AuditableEvent.Action("session.ended")
    record SessionsEnded(@AuditableEvent.Subject String login, int sessions, String actor) implements SecurityEvent {}

    /** A signed-in person did not confirm a sensitive change (wrong password or code, or a wait). */
    @AuditableEvent.Action("reauthentication.failed")
    record ReauthenticationFailed(
            @AuditableEvent.Subject @AuditableEvent.Actor String login, String reason) implements SecurityEvent {}

    /** TOTP secrets stored in clear by an earlier version were encrypted with the key file: how many. */
    @AuditableEvent.Action(value = "mfa.secrets-encrypted", actor = "system")
    record TotpSecretsEncrypted(int accounts) implements SecurityEvent {
        @Override
        public String subjectId() {
            return "*";
        }
    }

    /**
     * Failed attempts of a login ({@code user}) or from a source address ({@code source}) passed the
     * free number: the next attempt must wait until the given time.
     */
    @AuditableEvent.Action(value = "signin.delayed", actor = "system")
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
    }
}
