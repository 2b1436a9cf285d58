package jp.mamori.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.security.SecurityEvent.AccountChanged;
import jp.mamori.security.SecurityEvent.AccountCreated;
import jp.mamori.security.SecurityEvent.AccountUnlocked;
import jp.mamori.security.SecurityEvent.PasswordChanged;
import jp.mamori.security.SecurityEvent.SecondFactorReset;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and looking after accounts: passwords (checked by the {@link PasswordPolicy}),
 * unlocking, enabling, resetting the second factor. Every change is published as an audit event
 * in the same transaction.
 */
@Service
public class Accounts {
    /**
     * A login chosen by hand (administrators, the setup page): 3 to 100 characters, half-width
     * letters, digits and {@code . _ @ -}, starting with a letter or digit. A login that is the
     * person's staff number follows the organisation's rule for staff numbers instead.
     */
    static final String LOGIN_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{2,99}";

    private final AccountRepository repository;
    private final RecoveryCodes recoveryCodes;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInThrottle throttle;

    private final Reauthentication reauthentication;

    Accounts(
            AccountRepository repository,
            RecoveryCodes recoveryCodes,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            SecuritySettings settings,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock,
            SignInThrottle throttle,
            Reauthentication reauthentication) {
        this.clock = clock;
        this.throttle = throttle;
        this.reauthentication = reauthentication;
        this.repository = repository;
        this.recoveryCodes = recoveryCodes;
        this.policy = policy;
        this.encoder = encoder;
        this.settings = settings;
        this.directory = directory;
        this.events = events;
    }

    /**
     * What an administrator (or the setup page, or dev seeding) creates an account with. For a
     * person the login defaults to their staff number and the display name is theirs.
     */
    public record NewAccountRequest(
            @Nullable String staffNumber,
            @Nullable String login,
            @Nullable String displayName,
            String password,
            boolean administrator) {
        @Override
        public String toString() {
            return "NewAccountRequest[" + staffNumber + ", " + login + "]";
        }
    }

    @Transactional
    public Account create(NewAccountRequest request, String actor) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        PersonSummary person = null;
        String staffNumber = blankToNull(request.staffNumber());
        if (staffNumber != null) {
            person = directory.personByStaffNumber(staffNumber).orElse(null);
            if (person == null) {
                problems.add(
                        InvalidInputException.Problem.of("staffNumber", "account.staffNumber.unknown", staffNumber));
            } else if (repository.findByPersonId(person.id()).isPresent()) {
                problems.add(InvalidInputException.Problem.of("staffNumber", "account.staffNumber.taken", staffNumber));
            }
        } else if (!request.administrator()) {
            problems.add(InvalidInputException.Problem.of("staffNumber", "account.staffNumber.required"));
        }
        String login = blankToNull(request.login());
        if (login == null) {
            login = staffNumber;
        }
        if (login == null) {
            problems.add(InvalidInputException.Problem.of("login", "account.login.required"));
        } else if (!(login.equals(staffNumber) || login.matches(LOGIN_PATTERN))) {
            problems.add(InvalidInputException.Problem.of("login", "account.login.invalid"));
        } else if (repository.findByLogin(login).isPresent()) {
            problems.add(InvalidInputException.Problem.of("login", "account.login.taken", login));
        }
        String displayName = person != null ? person.name() : blankToNull(request.displayName());
        if (displayName == null) {
            displayName = login == null ? "" : login;
        }
        if (displayName.length() > 100) {
            problems.add(InvalidInputException.Problem.of("displayName", "account.displayName.tooLong", 100));
        }
        List<String> words = new ArrayList<>();
        if (login != null) {
            words.add(login);
        }
        if (person != null) {
            words.add(person.staffNumber());
            words.add(person.name());
        } else {
            words.add(displayName);
        }
        policy.problems(new PasswordCandidate(request.password(), words, List.of()))
                .forEach(p -> problems.add(new InvalidInputException.Problem("password", p.messageKey(), p.args())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account account = repository.create(
                new AccountRepository.NewAccount(
                        login,
                        person == null ? null : person.id(),
                        displayName,
                        encoder.encode(request.password()),
                        request.administrator()),
                clock.instant());
        events.publishEvent(new AccountCreated(
                account.login(), person == null ? "" : Long.toString(person.id()), account.administrator(), actor));
        return account;
    }

    /**
     * The owner changes their password; the current one must be given, and a wrong one counts
     * towards the sign-in throttle of the login and of {@code source} (the request's address).
     */
    @Transactional
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword, @Nullable String source) {
        reauthentication.confirmCurrentPassword(accountId, currentPassword, source);
        Account account = find(accountId);
        setPassword(account, newPassword, account.login());
    }

    /**
     * An administrator sets a new password (for someone who forgot theirs); the owner must change
     * it at the next sign-in.
     */
    @Transactional
    public void resetPassword(long accountId, String newPassword, String actor) {
        Account account = find(accountId);
        setPassword(account, newPassword, actor);
        account.requirePasswordChange();
        repository.save(account, clock.instant());
    }

    /** An administrator creates an account for someone else: its password must be changed at first sign-in. */
    @Transactional
    public Account createForSomeoneElse(NewAccountRequest request, String actor) {
        Account account = create(request, actor);
        account.requirePasswordChange();
        repository.save(account, clock.instant());
        return account;
    }

    /** True when the account's password was set by an administrator and not yet changed by its owner. */
    @Transactional(readOnly = true)
    public boolean passwordChangeDue(long accountId) {
        return repository.findById(accountId).map(Account::passwordMustChange).orElse(false);
    }

    private void setPassword(Account account, String newPassword, String actor) {
        List<String> words = new ArrayList<>();
        words.add(account.login());
        words.add(account.displayName());
        Long personId = account.personId();
        if (personId != null) {
            directory.person(personId).ifPresent(p -> {
                words.add(p.staffNumber());
                words.add(p.name());
            });
        }
        List<String> recent = repository.recentPasswordHashes(account.id(), settings.passwordHistory());
        List<PasswordProblem> problems = policy.problems(new PasswordCandidate(newPassword, words, recent));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new InvalidInputException.Problem("newPassword", p.messageKey(), p.args()))
                    .toList());
        }
        Instant now = clock.instant();
        String hash = encoder.encode(newPassword);
        account.changePassword(hash, now);
        repository.save(account, now);
        repository.addToHistory(account.id(), hash, now);
        events.publishEvent(new PasswordChanged(account.login(), actor));
    }

    /**
     * Lets the account sign in again at once: its sign-in wait and failed attempts are cleared (and
     * the hard lock of earlier versions, if still set). Audited only when there was something to clear.
     */
    @Transactional
    public boolean unlock(long accountId, String actor) {
        Account account = find(accountId);
        boolean waiting = throttle.clear(account.login());
        if (!waiting && !account.locked() && account.failedAttempts() == 0) {
            return false;
        }
        account.unlock();
        repository.save(account, clock.instant());
        events.publishEvent(new AccountUnlocked(account.login(), actor));
        return true;
    }

    /** The accounts that must wait before their next sign-in attempt, by login, with the time. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Instant> waiting() {
        java.util.Map<String, Instant> byKey = throttle.waitingLogins();
        java.util.Map<String, Instant> waiting = new java.util.HashMap<>();
        for (Account account : repository.findAll()) {
            Instant until = byKey.get(SignInThrottle.loginKey(account.login()));
            if (until != null) {
                waiting.put(account.login(), until);
            }
        }
        return waiting;
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled, String actor) {
        Account account = find(accountId);
        if (account.enabled() == enabled) {
            return;
        }
        if (!enabled && account.login().equals(actor)) {
            throw new NotAllowedException("account.disable.self");
        }
        account.setEnabled(enabled);
        repository.save(account, clock.instant());
        events.publishEvent(new AccountChanged(
                account.login(), "enabled", Boolean.toString(!enabled), Boolean.toString(enabled), actor));
    }

    /** Removes the second factor and its recovery codes; the owner enrols again at next sign-in. */
    @Transactional
    public void resetSecondFactor(long accountId, String actor) {
        Account account = find(accountId);
        account.removeTotp();
        repository.save(account, clock.instant());
        recoveryCodes.deleteAll(accountId);
        events.publishEvent(new SecondFactorReset(account.login(), actor));
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return repository.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Account> byLogin(String login) {
        return repository.findByLogin(login);
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return repository.any();
    }

    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(long accountId) {
        return recoveryCodes.unused(accountId);
    }

    public Account find(long accountId) {
        return repository.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
