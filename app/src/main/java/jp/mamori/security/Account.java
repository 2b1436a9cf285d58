package jp.mamori.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in account: a login with a password and, when enrolled, a TOTP second factor.
 *
 * <p>Lifecycle: created enabled → every wrong password or code counts one failed attempt (and
 * makes the next attempts wait, see {@link SignInThrottle}) → a right password and second factor
 * reset the count. The {@code locked} flag of earlier versions is no longer set (V11_2 cleared it);
 * {@link #unlock()} still clears it. A disabled account cannot sign in at all. An account belongs to a person of the
 * organization (by id, the staff number being the default login) or, for administrators, to
 * nobody.
 */
public final class Account {
    private final long id;
    private final String login;
    private final @Nullable Long personId;
    private String displayName;
    private String passwordHash;
    private boolean administrator;
    private boolean enabled;
    private boolean locked;
    private int failedAttempts;
    private @Nullable Instant lockedAt;
    private @Nullable String totpSecret;
    private @Nullable String totpPendingSecret;
    private @Nullable Long totpLastStep;
    private Instant passwordChangedAt;
    private @Nullable Instant lastSignInAt;
    private boolean passwordMustChange;

    Account(
            long id,
            String login,
            @Nullable Long personId,
            String displayName,
            String passwordHash,
            boolean administrator,
            boolean enabled,
            boolean locked,
            int failedAttempts,
            @Nullable Instant lockedAt,
            @Nullable String totpSecret,
            @Nullable String totpPendingSecret,
            @Nullable Long totpLastStep,
            Instant passwordChangedAt,
            @Nullable Instant lastSignInAt) {
        this.id = id;
        this.login = login;
        this.personId = personId;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.administrator = administrator;
        this.enabled = enabled;
        this.locked = locked;
        this.failedAttempts = failedAttempts;
        this.lockedAt = lockedAt;
        this.totpSecret = totpSecret;
        this.totpPendingSecret = totpPendingSecret;
        this.totpLastStep = totpLastStep;
        this.passwordChangedAt = passwordChangedAt;
        this.lastSignInAt = lastSignInAt;
    }

    /**
     * Counts one failed attempt (shown to administrators). Failures never lock the account: the
     * waits of {@link SignInThrottle} slow guessing down instead.
     */
    void recordFailedAttempt() {
        failedAttempts++;
    }

    /** A complete sign-in: the failed attempts are forgotten. */
    void recordSignIn(Instant now) {
        failedAttempts = 0;
        lastSignInAt = now;
    }

    /** An administrator lets the account sign in again. */
    void unlock() {
        locked = false;
        lockedAt = null;
        failedAttempts = 0;
    }

    /** A new password; the owner's own change also ends a "must change" (an administrator's sets it again). */
    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        passwordMustChange = false;
    }

    /** The password was set by an administrator: the owner must change it at the next sign-in. */
    void requirePasswordChange() {
        passwordMustChange = true;
    }

    public boolean passwordMustChange() {
        return passwordMustChange;
    }

    /** Starts TOTP enrolment with a new secret, kept aside until a code from it is confirmed. */
    void beginTotpEnrolment(String secret) {
        totpPendingSecret = secret;
    }

    /** The pending secret becomes the second factor; the step of the confirming code is spent. */
    void confirmTotp(long step) {
        if (totpPendingSecret == null) {
            throw new IllegalStateException("no TOTP enrolment in progress for " + login);
        }
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpLastStep = step;
    }

    /** Removes the second factor (an administrator's reset after a lost device). */
    void removeTotp() {
        totpSecret = null;
        totpPendingSecret = null;
        totpLastStep = null;
    }

    /** Remembers the time step a code was accepted for, so the same code cannot be replayed. */
    void spendTotpStep(long step) {
        totpLastStep = step;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    public long id() {
        return id;
    }

    public String login() {
        return login;
    }

    @Nullable
    public Long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean administrator() {
        return administrator;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean locked() {
        return locked;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    @Nullable
    public Instant lockedAt() {
        return lockedAt;
    }

    public boolean totpEnrolled() {
        return totpSecret != null;
    }

    @Nullable
    public String totpSecret() {
        return totpSecret;
    }

    @Nullable
    public String totpPendingSecret() {
        return totpPendingSecret;
    }

    @Nullable
    public Long totpLastStep() {
        return totpLastStep;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    @Nullable
    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    @Override
    public String toString() {
        // never the hash or the secrets
        return "Account[" + id + ", " + login + "]";
    }
}
