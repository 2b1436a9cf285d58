package jp.mamori.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import jp.mamori.organization.Directory;
import jp.mamori.security.SecurityEvent.RecoveryCodeUsed;
import jp.mamori.security.SecurityEvent.SignInFailed;
import jp.mamori.security.SecurityEvent.SignInSucceeded;
import jp.mamori.security.SecurityEvent.SignedOut;
import jp.mamori.security.SignInOutcome.Completed;
import jp.mamori.security.SignInOutcome.Reason;
import jp.mamori.security.SignInOutcome.Refused;
import jp.mamori.security.SignInOutcome.SecondFactorDue;
import jp.mamori.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two sign-in steps — password, then the second factor when required — with throttling
 * ({@link SignInThrottle}) and the audit events of each attempt. Each step commits its own
 * transaction, so a failed attempt is counted and recorded even though the sign-in is refused.
 *
 * <p>The answer never tells whether a login exists: an unknown login, a wrong password and a
 * login or source that must still wait all get the same refusal, and an unknown login costs a
 * password hash like a known one. Only after the right password is the person told that their
 * account is disabled or that they are not in post.
 *
 * <p>A second factor is required for administrators, for anyone holding a CISO-level role today
 * and for the logins named in {@code mamori.security.mfa.required-logins}.
 */
@Service
public class SignIns {
    private final AccountRepository accounts;
    private final RecoveryCodes recoveryCodes;
    private final TotpCodes totp;
    private final Directory directory;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final Clock clock;
    /** Compared against when the login is unknown, so the answer takes as long as for a real one. */
    private final String unknownLoginHash;

    SignIns(
            AccountRepository accounts,
            RecoveryCodes recoveryCodes,
            TotpCodes totp,
            Directory directory,
            PasswordEncoder encoder,
            SecuritySettings settings,
            ApplicationEventPublisher events,
            SignInThrottle throttle,
            Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.totp = totp;
        this.directory = directory;
        this.encoder = encoder;
        this.settings = settings;
        this.events = events;
        this.unknownLoginHash = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    /** The password step, for a sign-in from the given source address (may be null). */
    @Transactional
    public SignInOutcome password(String login, String password, @Nullable String source) {
        String typed = login.strip();
        if (throttle.begin(typed, source).isPresent()) {
            return refuse(typed, Reason.BAD_CREDENTIALS, "throttled");
        }
        Optional<Account> found = accounts.findByLogin(typed);
        if (found.isEmpty()) {
            encoder.matches(password, unknownLoginHash);
            throttle.failed(typed, source);
            return refuse(typed, Reason.BAD_CREDENTIALS, "unknown-login");
        }
        Account account = found.get();
        if (!encoder.matches(password, account.passwordHash())) {
            return failedAttempt(account, source, Reason.BAD_CREDENTIALS, "wrong-password");
        }
        // the password was right: from here on the person may be told why they cannot go on
        if (!account.enabled()) {
            return refuse(account.login(), Reason.DISABLED, Reason.DISABLED.code());
        }
        Optional<SignedInUser> user = principalFor(account);
        if (user.isEmpty()) {
            return refuse(account.login(), Reason.NOT_IN_POST, Reason.NOT_IN_POST.code());
        }
        if (secondFactorRequired(account, user.get().user())) {
            return new SecondFactorDue(new PendingSecondFactor(account.id(), account.login(), !account.totpEnrolled()));
        }
        return complete(account, user.get(), "password");
    }

    /** The second step: a TOTP code, or one of the recovery codes. */
    @Transactional
    public SignInOutcome secondFactor(long accountId, String code, @Nullable String source) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.enabled() || account.totpSecret() == null) {
            return refuse(account.login(), Reason.DISABLED, "not-allowed");
        }
        if (throttle.begin(account.login(), source).isPresent()) {
            return refuse(account.login(), Reason.WRONG_CODE, "throttled");
        }
        Instant now = clock.instant();
        String factor;
        if (RecoveryCodes.looksLikeRecoveryCode(code) && recoveryCodes.use(accountId, code, now)) {
            factor = "password+recovery-code";
            events.publishEvent(new RecoveryCodeUsed(account.login(), recoveryCodes.unused(accountId)));
        } else {
            OptionalLong step = totp.verify(account.totpSecret(), code, account.totpLastStep());
            if (step.isEmpty()) {
                return failedAttempt(account, source, Reason.WRONG_CODE, Reason.WRONG_CODE.code());
            }
            account.spendTotpStep(step.getAsLong());
            factor = "password+totp";
        }
        Optional<SignedInUser> user = principalFor(account);
        if (user.isEmpty()) {
            accounts.save(account, now);
            return refuse(account.login(), Reason.NOT_IN_POST, Reason.NOT_IN_POST.code());
        }
        return complete(account, user.get(), factor);
    }

    /**
     * Finishes a sign-in whose second factor was just enrolled (the confirming code counts as the
     * second factor).
     */
    @Transactional
    public SignInOutcome enrolled(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        Optional<SignedInUser> user = principalFor(account);
        if (user.isEmpty() || !account.enabled()) {
            return refuse(account.login(), Reason.NOT_IN_POST, Reason.NOT_IN_POST.code());
        }
        return complete(account, user.get(), "password+totp-enrolment");
    }

    /**
     * The principal for the account as of today, or empty when it may not be signed in (disabled,
     * locked, gone, or its person out of post).
     */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> current(long accountId) {
        return accounts.findById(accountId).filter(Account::enabled).flatMap(this::principalFor);
    }

    /**
     * For each page request of a signed-in session: the principal as of today, or empty when the
     * account may no longer be signed in — disabled, locked, gone, its person out of post, or now
     * needing a second factor (say, a CISO-level role was just given) that this session's sign-in
     * did not include. Read afresh on every request (nothing cached between requests, so a change
     * made by another node or by the command line counts at once): the account and the person with
     * their grants, two statements in all.
     */
    @Transactional(readOnly = true)
    public Optional<StillSignedIn> recheck(SignedInUser session) {
        return accounts.findById(session.accountId())
                .filter(Account::enabled)
                .flatMap(a -> principalFor(a)
                        .filter(u -> session.secondFactor() || !secondFactorRequired(a, u.user()))
                        .map(u ->
                                new StillSignedIn(u.withSecondFactor(session.secondFactor()), a.passwordMustChange())));
    }

    /** The principal rebuilt for this request, and whether the owner must first change the password. */
    public record StillSignedIn(SignedInUser user, boolean passwordChangeDue) {}

    /** Records a sign-out in the audit trail. */
    @Transactional
    public void signedOut(String login) {
        events.publishEvent(new SignedOut(login));
    }

    Optional<SignedInUser> principalFor(Account account) {
        Long personId = account.personId();
        if (personId == null) {
            return Optional.of(new SignedInUser(
                    account.id(),
                    new CurrentUser(account.login(), null, account.displayName(), account.administrator(), List.of()),
                    false));
        }
        // one statement: in post today, name, grants (this runs on every request of a session)
        return directory
                .inPost(personId, LocalDate.now(clock))
                .map(p -> new SignedInUser(
                        account.id(),
                        new CurrentUser(account.login(), personId, p.name(), account.administrator(), p.grants()),
                        false));
    }

    boolean secondFactorRequired(Account account, CurrentUser user) {
        return account.administrator()
                || user.grants().stream().anyMatch(g -> g.role().isCisoLevel())
                || settings.mfa().requiredLogins().stream()
                        .anyMatch(l -> l.toLowerCase(Locale.ROOT)
                                .equals(account.login().toLowerCase(Locale.ROOT)));
    }

    private SignInOutcome complete(Account account, SignedInUser user, String factors) {
        Instant now = clock.instant();
        account.recordSignIn(now);
        accounts.save(account, now);
        throttle.succeeded(account.login());
        events.publishEvent(new SignInSucceeded(account.login(), factors));
        return new Completed(user.withSecondFactor(factors.contains("+")));
    }

    private SignInOutcome failedAttempt(Account account, @Nullable String source, Reason reason, String auditReason) {
        Instant now = clock.instant();
        account.recordFailedAttempt();
        accounts.save(account, now);
        throttle.failed(account.login(), source);
        events.publishEvent(new SignInFailed(account.login(), auditReason));
        return new Refused(reason);
    }

    private SignInOutcome refuse(String login, Reason reason, String auditReason) {
        String shown = login.length() > 100 ? login.substring(0, 100) : login;
        events.publishEvent(new SignInFailed(shown, auditReason));
        return new Refused(reason);
    }
}
