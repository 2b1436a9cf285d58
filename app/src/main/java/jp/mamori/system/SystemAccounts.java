package jp.mamori.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts on systems (ID管理): who holds which account on which system. Those who may change a
 * system request accounts; its 管理者 (or a body-wide manager) approves them; the removal of an
 * account is confirmed by those who may change the system. A leaver's, a mover's or an expired
 * account is listed for removal ({@link #removals()}) until its removal is confirmed.
 */
@Service
public class SystemAccounts {
    private final SystemAccountRepository repository;
    private final SystemRepository systems;
    private final SystemAccess systemAccess;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SystemAccounts(
            SystemAccountRepository repository,
            SystemRepository systems,
            SystemAccess systemAccess,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.systems = systems;
        this.systemAccess = systemAccess;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** What a person asks for: the holder and the 代行者 by 職員番号 (blank for none). */
    public record AccountDraft(
            String accountName,
            @Nullable AccountKind kind,
            String holder,
            String deputy,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {
        public AccountDraft {
            accountName = accountName.strip();
            holder = holder.strip();
            deputy = deputy.strip();
        }
    }

    /** An account with the names of its holder and 代行者 and its findings. */
    public record AccountView(
            SystemAccount account,
            @Nullable String holderName,
            @Nullable String holderNumber,
            @Nullable String deputyName,
            List<AccountFinding> findings) {
        public AccountView {
            findings = List.copyOf(findings);
        }
    }

    /** An account listed for removal, with the system it is on. */
    public record Removal(long systemId, String assetNumber, AccountView view) {}

    /** The accounts of a system the user may read. */
    @Transactional(readOnly = true)
    public List<AccountView> ofSystem(long systemId) {
        RegisteredSystem s = system(systemId);
        if (!systemAccess.mayRead(s)) {
            throw new NotAllowedException("system.error.mayNotRead");
        }
        LocalDate today = LocalDate.now(clock);
        return repository.ofSystem(systemId).stream().map(a -> view(a, today)).toList();
    }

    /** SystemAccounts of the systems the user may read that are to be removed (leavers, movers, expired). */
    @Transactional(readOnly = true)
    public List<Removal> removals() {
        return removals(LocalDate.now(clock), systemAccess::mayRead);
    }

    /** Every account to be removed on the day, on every system, by system (for the reminder). */
    @Transactional(readOnly = true)
    List<Removal> removalsOn(LocalDate day) {
        return removals(day, s -> true);
    }

    private List<Removal> removals(LocalDate today, java.util.function.Predicate<RegisteredSystem> readable) {
        Map<Long, Optional<RegisteredSystem>> cache = new LinkedHashMap<>();
        List<Removal> out = new ArrayList<>();
        for (SystemAccount a : repository.notRemoved()) {
            Optional<RegisteredSystem> s = cache.computeIfAbsent(a.systemId(), systems::find);
            if (s.isEmpty() || !readable.test(s.get())) {
                continue;
            }
            AccountView v = view(a, today);
            boolean toRemove = v.findings().stream()
                    .anyMatch(f ->
                            AccountRule.ALL.stream().anyMatch(r -> r.code().equals(f.rule()) && r.callsForRemoval()));
            if (toRemove) {
                out.add(new Removal(s.get().id(), s.get().assetNumber(), v));
            }
        }
        return out;
    }

    /** True when the person is in post on the day. */
    boolean inPost(long personId, LocalDate day) {
        return directory.inPostOn(personId, day);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** This fiscal year's review (棚卸し) of the system's accounts, if done. */
    @Transactional(readOnly = true)
    public Optional<AccountReview> currentReview(long systemId) {
        return repository.review(systemId, jp.mamori.shared.Wareki.fiscalYearOf(LocalDate.now(clock)));
    }

    /**
     * Records the yearly review (棚卸し) of the system's accounts: every account not removed is kept,
     * except those in {@code ended}, whose end date becomes the day before today (or their first day),
     * so that they are listed for removal — and reminded — until the removal is confirmed. The
     * system's 管理者 and body-wide managers only.
     */
    @Transactional
    public AccountReview review(long systemId, java.util.Set<Long> ended, String note) {
        RegisteredSystem s = system(systemId);
        if (!mayApprove(s)) {
            throw new NotAllowedException("system.account.error.mayNotReview");
        }
        if (note.strip().length() > 1000) {
            throw InvalidInputException.of("note", "system.account.review.error.note");
        }
        LocalDate today = LocalDate.now(clock);
        int kept = 0;
        List<String> endedNames = new ArrayList<>();
        for (SystemAccount a : repository.ofSystem(systemId)) {
            if (a.removed()) {
                continue;
            }
            if (ended.contains(a.id())) {
                LocalDate last = today.minusDays(1).isBefore(a.validFrom()) ? a.validFrom() : today.minusDays(1);
                if (a.validTo() == null || a.validTo().isAfter(last)) {
                    repository.end(a.id(), last);
                }
                endedNames.add(a.accountName());
            } else {
                kept++;
            }
        }
        String actor = Access.currentLogin();
        int year = jp.mamori.shared.Wareki.fiscalYearOf(today);
        repository.saveReview(
                systemId,
                new AccountReview(year, actor, OffsetDateTime.now(clock), kept, endedNames.size(), note.strip()));
        events.publishEvent(new SystemEvent.AccountsReviewed(
                s.assetNumber(), actor, year, kept, endedNames.size(), String.join(",", endedNames)));
        return repository.review(systemId, year).orElseThrow();
    }

    /** The system's accounts (those the user may read) as an Excel workbook. */
    @Transactional(readOnly = true)
    public byte[] workbook(long systemId, org.springframework.context.MessageSource messages, java.util.Locale locale) {
        RegisteredSystem s = system(systemId);
        return AccountWorkbook.write(s.assetNumber(), ofSystem(systemId), messages, locale);
    }

    /** True when the user may approve accounts on the system: its 管理者 or a body-wide manager. */
    public boolean mayApprove(RegisteredSystem s) {
        return systemAccess.mayApproveAccounts(s);
    }

    @Transactional
    public SystemAccount request(long systemId, AccountDraft d) {
        RegisteredSystem s = system(systemId);
        if (!systemAccess.mayChange(s)) {
            throw new NotAllowedException("system.error.mayNotChange");
        }
        LocalDate today = LocalDate.now(clock);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (d.accountName().isEmpty()) {
            problems.add(InvalidInputException.Problem.of("accountName", "system.account.error.name"));
        } else if (d.accountName().length() > 100) {
            problems.add(InvalidInputException.Problem.of("accountName", "system.error.tooLong", 100));
        } else if (repository.nameInUse(systemId, d.accountName())) {
            problems.add(
                    InvalidInputException.Problem.of("accountName", "system.account.error.taken", d.accountName()));
        }
        if (d.kind() == null) {
            problems.add(InvalidInputException.Problem.of("kind", "system.account.error.kind"));
        }
        PersonSummary holder = person("holder", d.holder(), today, problems);
        PersonSummary deputy = person("deputy", d.deputy(), today, problems);
        if (holder == null && d.holder().isEmpty() && d.kind() != AccountKind.SHARED) {
            problems.add(InvalidInputException.Problem.of("holder", "system.account.error.holder"));
        }
        LocalDate from = d.validFrom() == null ? today : d.validFrom();
        if (d.validTo() != null && d.validTo().isBefore(from)) {
            problems.add(InvalidInputException.Problem.of("validTo", "system.account.error.period"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        SystemAccount draft = new SystemAccount(
                0,
                systemId,
                d.accountName(),
                d.kind(),
                holder == null ? null : holder.id(),
                holder == null ? null : holder.unitId(),
                deputy == null ? null : deputy.id(),
                from,
                d.validTo(),
                actor,
                null,
                null);
        long id = repository.insert(draft, OffsetDateTime.now(clock));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("account", d.accountName());
        details.put("kind", d.kind().name());
        details.put("holder", holder == null ? "" : "person:" + holder.id());
        details.put("deputy", deputy == null ? "" : "person:" + deputy.id());
        details.put("validFrom", from.toString());
        details.put("validTo", d.validTo() == null ? "" : d.validTo().toString());
        events.publishEvent(new SystemEvent.AccountRequested(s.assetNumber(), actor, details));
        return repository.find(systemId, id).orElseThrow();
    }

    @Transactional
    public void approve(long systemId, long accountId) {
        RegisteredSystem s = system(systemId);
        if (!mayApprove(s)) {
            throw new NotAllowedException("system.account.error.mayNotApprove");
        }
        SystemAccount a = repository
                .find(systemId, accountId)
                .orElseThrow(() -> new NotFoundException("system-account", accountId));
        if (a.state() != SystemAccount.State.REQUESTED) {
            throw InvalidInputException.of("account", "system.account.error.notRequested", a.accountName());
        }
        String actor = Access.currentLogin();
        repository.approve(accountId, actor, OffsetDateTime.now(clock));
        events.publishEvent(
                new SystemEvent.AccountApproved(s.assetNumber(), actor, Map.of("account", a.accountName())));
    }

    /** Confirms that the account has been removed from the system. */
    @Transactional
    public void confirmRemoval(long systemId, long accountId) {
        RegisteredSystem s = system(systemId);
        if (!systemAccess.mayChange(s)) {
            throw new NotAllowedException("system.error.mayNotChange");
        }
        SystemAccount a = repository
                .find(systemId, accountId)
                .orElseThrow(() -> new NotFoundException("system-account", accountId));
        if (a.removed()) {
            throw InvalidInputException.of("account", "system.account.error.removed", a.accountName());
        }
        String actor = Access.currentLogin();
        repository.remove(accountId, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SystemEvent.AccountRemoved(s.assetNumber(), actor, Map.of("account", a.accountName())));
    }

    /**
     * What a system's own account list says against the register: accounts on the system the
     * register does not know, leavers still on it, shared accounts without an owner, accounts whose
     * removal was confirmed but that are still there, and registered accounts missing from it.
     * Nothing is stored but the audit entry (with the file's SHA-256 and the counts).
     */
    public record Comparison(
            String sha256,
            int listed,
            List<String> unknown,
            List<AccountView> leaversOnSystem,
            List<AccountView> sharedWithoutOwner,
            List<AccountView> removedStillOnSystem,
            List<AccountView> missingOnSystem) {
        public Comparison {
            unknown = List.copyOf(unknown);
            leaversOnSystem = List.copyOf(leaversOnSystem);
            sharedWithoutOwner = List.copyOf(sharedWithoutOwner);
            removedStillOnSystem = List.copyOf(removedStillOnSystem);
            missingOnSystem = List.copyOf(missingOnSystem);
        }
    }

    @Transactional
    public Comparison compare(long systemId, AccountList list) {
        RegisteredSystem s = system(systemId);
        if (!systemAccess.mayChange(s)) {
            throw new NotAllowedException("system.error.mayNotChange");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, AccountView> registered = new LinkedHashMap<>();
        List<AccountView> removed = new ArrayList<>();
        for (SystemAccount a : repository.ofSystem(systemId)) {
            AccountView v = view(a, today);
            if (a.removed()) {
                removed.add(v);
            } else {
                registered.put(a.accountName().toLowerCase(java.util.Locale.ROOT), v);
            }
        }
        java.util.Set<String> onSystem = new java.util.HashSet<>();
        List<String> unknown = new ArrayList<>();
        List<AccountView> leavers = new ArrayList<>();
        List<AccountView> shared = new ArrayList<>();
        for (String name : list.names()) {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (!onSystem.add(key)) {
                continue;
            }
            AccountView v = registered.get(key);
            if (v == null) {
                unknown.add(name);
                continue;
            }
            if (v.findings().stream().anyMatch(f -> f.rule().equals("LEAVER_HOLDS_ACCOUNT"))) {
                leavers.add(v);
            }
            if (v.findings().stream().anyMatch(f -> f.rule().equals("SHARED_WITHOUT_OWNER"))) {
                shared.add(v);
            }
        }
        List<AccountView> removedStill = removed.stream()
                .filter(v -> onSystem.contains(v.account().accountName().toLowerCase(java.util.Locale.ROOT))
                        && !registered.containsKey(v.account().accountName().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        unknown.removeIf(n ->
                removedStill.stream().anyMatch(v -> v.account().accountName().equalsIgnoreCase(n)));
        List<AccountView> missing = registered.entrySet().stream()
                .filter(e -> !onSystem.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .filter(v -> v.account().state() == SystemAccount.State.ACTIVE)
                .toList();
        Comparison c =
                new Comparison(list.sha256(), list.names().size(), unknown, leavers, shared, removedStill, missing);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("sha256", c.sha256());
        details.put("listed", Integer.toString(c.listed()));
        details.put("unknown", Integer.toString(unknown.size()));
        details.put("leavers", Integer.toString(leavers.size()));
        details.put("sharedWithoutOwner", Integer.toString(shared.size()));
        details.put("removedStillOnSystem", Integer.toString(removedStill.size()));
        details.put("missingOnSystem", Integer.toString(missing.size()));
        events.publishEvent(new SystemEvent.AccountsCompared(s.assetNumber(), Access.currentLogin(), details));
        return c;
    }

    private RegisteredSystem system(long systemId) {
        return systems.find(systemId).orElseThrow(() -> new NotFoundException("system", systemId));
    }

    private @Nullable PersonSummary person(
            String field, String staffNumber, LocalDate today, List<InvalidInputException.Problem> problems) {
        if (staffNumber.isEmpty()) {
            return null;
        }
        Optional<PersonSummary> p = directory.personByStaffNumber(staffNumber);
        if (p.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(field, "system.error.person.unknown", staffNumber));
            return null;
        }
        if (!directory.inPostOn(p.get().id(), today)) {
            problems.add(InvalidInputException.Problem.of(field, "system.error.person.notInPost", staffNumber));
            return null;
        }
        return p.get();
    }

    private AccountView view(SystemAccount a, LocalDate today) {
        Optional<PersonSummary> holder = a.personId() == null ? Optional.empty() : directory.person(a.personId());
        Optional<PersonSummary> deputy =
                a.deputyPersonId() == null ? Optional.empty() : directory.person(a.deputyPersonId());
        boolean inPost = holder.isPresent() && directory.inPostOn(holder.get().id(), today);
        AccountRule.Facts facts = new AccountRule.Facts(
                a, today, inPost, holder.map(PersonSummary::unitId).orElse(null));
        List<AccountFinding> findings = AccountRule.ALL.stream()
                .map(r -> r.check(facts))
                .flatMap(Optional::stream)
                .toList();
        return new AccountView(
                a,
                holder.map(PersonSummary::name).orElse(null),
                holder.map(PersonSummary::staffNumber).orElse(null),
                deputy.map(PersonSummary::name).orElse(null),
                findings);
    }
}
