package jp.mamori.security;

import java.time.Clock;
import java.util.OptionalLong;
import jp.mamori.security.SecurityEvent.ReauthenticationFailed;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link FreshSecondFactor} for decisions of other modules (an exception to a measure): only a
 * current TOTP code of the account counts, never the password; the step is spent as at sign-in;
 * failures count towards the throttle and are audited as {@code reauthentication.failed}.
 */
@Service
class FreshSecondFactorCheck implements FreshSecondFactor {
    private final AccountRepository accounts;
    private final TotpCodes totp;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FreshSecondFactorCheck(
            AccountRepository accounts,
            TotpCodes totp,
            SignInThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean enrolled(String login) {
        return accounts.findByLogin(login).map(Account::totpEnrolled).orElse(false);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = InvalidInputException.class)
    public void confirm(String login, @Nullable String code, @Nullable String source) {
        Account account = accounts.findByLogin(login)
                .orElseThrow(() -> InvalidInputException.of("confirmation", "reauth.secondFactor.none"));
        String secret = account.totpSecret();
        if (secret == null) {
            throw InvalidInputException.of("confirmation", "reauth.secondFactor.none");
        }
        String given = code == null ? "" : code.strip();
        if (given.isEmpty()) {
            throw InvalidInputException.of("confirmation", "reauth.secondFactor.required");
        }
        if (throttle.begin(account.login(), source).isPresent()) {
            events.publishEvent(new ReauthenticationFailed(account.login(), "throttled"));
            throw InvalidInputException.of("confirmation", "reauth.secondFactor.wrong");
        }
        if (given.matches("\\d{6}")) {
            OptionalLong step = totp.verify(secret, given, account.totpLastStep());
            if (step.isPresent()) {
                account.spendTotpStep(step.getAsLong());
                accounts.save(account, clock.instant());
                return;
            }
        }
        throttle.failed(account.login(), source);
        events.publishEvent(new ReauthenticationFailed(account.login(), "wrong"));
        throw InvalidInputException.of("confirmation", "reauth.secondFactor.wrong");
    }
}
