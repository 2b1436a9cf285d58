package jp.mamori.security;

import java.time.Clock;
import java.util.OptionalLong;
import jp.mamori.security.SecurityEvent.ReauthenticationFailed;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sensitive changes ask for the person again (ASVS 3.7.1): a new second factor, new recovery codes
 * or a new API token need the current password or a fresh code from the authenticator app (a code
 * is spent like at sign-in, so it cannot be replayed). Wrong answers count towards the sign-in
 * throttle of the login and are audited, so this form is no shortcut for guessing.
 */
@Service
public class Reauthentication {
    private final AccountRepository accounts;
    private final TotpCodes totp;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reauthentication(
            AccountRepository accounts,
            TotpCodes totp,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the confirmation (current password, or a TOTP code when the account has one); throws
     * {@link InvalidInputException} on the field {@code confirmation} when it is missing or wrong.
     * Its own transaction, so a failure is counted even though the change is refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = InvalidInputException.class)
    public void confirm(long accountId, @Nullable String confirmation, @Nullable String source) {
        Account account = accounts.findById(accountId).orElseThrow();
        String given = confirmation == null ? "" : confirmation.strip();
        if (given.isEmpty()) {
            throw InvalidInputException.of("confirmation", "reauth.required");
        }
        if (throttle.begin(account.login(), source).isPresent()) {
            events.publishEvent(new ReauthenticationFailed(account.login(), "throttled"));
            throw InvalidInputException.of("confirmation", "reauth.wrong");
        }
        String secret = account.totpSecret();
        if (secret != null && given.matches("\\d{6}")) {
            OptionalLong step = totp.verify(secret, given, account.totpLastStep());
            if (step.isPresent()) {
                account.spendTotpStep(step.getAsLong());
                accounts.save(account, clock.instant());
                return;
            }
        }
        if (encoder.matches(confirmation, account.passwordHash())) {
            return;
        }
        throttle.failed(account.login(), source);
        events.publishEvent(new ReauthenticationFailed(account.login(), "wrong"));
        throw InvalidInputException.of("confirmation", "reauth.wrong");
    }

    /**
     * Checks the current password given with a password change, through the same throttle as a
     * sign-in (by login and by source): a wrong one is counted and audited like a failed sign-in,
     * and while the login or the source must wait no password is evaluated — the answer is the same
     * as for a wrong one. Throws {@link InvalidInputException} on the field {@code currentPassword}.
     * Its own transaction, so a failure is counted even though the change is refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = InvalidInputException.class)
    public void confirmCurrentPassword(long accountId, @Nullable String password, @Nullable String source) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (throttle.begin(account.login(), source).isPresent()) {
            events.publishEvent(new ReauthenticationFailed(account.login(), "throttled"));
            throw InvalidInputException.of("currentPassword", "password.current.wrong");
        }
        if (password != null && !password.isEmpty() && encoder.matches(password, account.passwordHash())) {
            return;
        }
        throttle.failed(account.login(), source);
        events.publishEvent(new ReauthenticationFailed(account.login(), "wrong"));
        throw InvalidInputException.of("currentPassword", "password.current.wrong");
    }
}
