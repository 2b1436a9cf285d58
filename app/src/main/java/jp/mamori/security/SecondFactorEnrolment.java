package jp.mamori.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.mamori.security.SecurityEvent.RecoveryCodesRenewed;
import jp.mamori.security.SecurityEvent.SecondFactorEnrolled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP enrolment: a new secret is kept aside on the account (shown as a QR code and as text)
 * until the owner confirms it with a code from their app; then it replaces any earlier secret and
 * ten new recovery codes are made, shown once.
 */
@Service
public class SecondFactorEnrolment {
    private final AccountRepository accounts;
    private final RecoveryCodes recoveryCodes;
    private final TotpCodes totp;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    SecondFactorEnrolment(
            AccountRepository accounts,
            RecoveryCodes recoveryCodes,
            TotpCodes totp,
            SecuritySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.totp = totp;
        this.settings = settings;
        this.events = events;
    }

    /** The secret being enrolled, made now when there is none yet. */
    @Transactional
    public String pendingSecret(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.totpPendingSecret() != null) {
            return account.totpPendingSecret();
        }
        account.beginTotpEnrolment(totp.newSecret());
        accounts.save(account, clock.instant());
        return account.totpPendingSecret();
    }

    /** The QR code of the secret being enrolled, or empty when no enrolment is in progress. */
    @Transactional(readOnly = true)
    public Optional<byte[]> qrCode(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        String secret = account.totpPendingSecret();
        return secret == null
                ? Optional.empty()
                : Optional.of(totp.qrPng(settings.totpIssuer(), account.login(), secret));
    }

    /** Confirms the pending secret with a code; returns the new recovery codes, or empty when the code is wrong. */
    @Transactional
    public Optional<List<String>> confirm(long accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        String secret = account.totpPendingSecret();
        if (secret == null) {
            return Optional.empty();
        }
        OptionalLong step = totp.verify(secret, code, null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        account.confirmTotp(step.getAsLong());
        accounts.save(account, now);
        List<String> codes = recoveryCodes.replace(accountId, now);
        events.publishEvent(new SecondFactorEnrolled(account.login()));
        return Optional.of(codes);
    }

    /** New recovery codes for an enrolled account (the old ones stop working). */
    @Transactional
    public List<String> newRecoveryCodes(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.totpEnrolled()) {
            throw new jp.mamori.shared.NotAllowedException("mfa.notEnrolled");
        }
        List<String> codes = recoveryCodes.replace(accountId, clock.instant());
        events.publishEvent(new RecoveryCodesRenewed(account.login()));
        return codes;
    }
}
