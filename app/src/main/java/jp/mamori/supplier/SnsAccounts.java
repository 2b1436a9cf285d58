package jp.mamori.supplier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.incident.IncidentLine;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the body's official SNS accounts: list, read, register and change accounts, record
 * the yearly review, link incidents (乗っ取り, 誤投稿, なりすまし) and check each against {@link SnsRule}.
 */
@Service
public class SnsAccounts implements SupplierRegister<SnsAccountDraft, SnsAccount> {
    /** The kinds of incident an account can be named in. */
    public static final Set<String> INCIDENT_KINDS = Set.of("HIJACK", "MISPOST", "IMPERSONATION", "OTHER");

    private final SnsAccountRepository repository;
    private final SupplierAccess supplierAccess;
    private final Access access;
    private final Directory directory;
    private final Contractors contractors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SnsAccounts(
            SnsAccountRepository repository,
            SupplierAccess supplierAccess,
            Access access,
            Directory directory,
            Contractors contractors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.supplierAccess = supplierAccess;
        this.access = access;
        this.directory = directory;
        this.contractors = contractors;
        this.events = events;
        this.clock = clock;
    }

    /** An account in the list. */
    public record Line(SnsAccount account, String responsibleName, List<SupplierFinding> findings) {}

    /** An account with its people and findings. */
    public record Details(
            SnsAccount account,
            String unitName,
            SupplierViews.@Nullable NamedPerson responsible,
            List<SupplierViews.NamedPerson> deputies,
            List<SupplierFinding> findings) {}

    /** The accounts, one page: the filter's words in the platform, account or purpose. */
    @Transactional(readOnly = true)
    @Override
    public Page<Line> page(RegisterFilter filter, int page, int size) {
        requireList();
        LocalDate today = LocalDate.now(clock);
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        List<Line> lines = new ArrayList<>();
        for (SnsAccount a : repository.all()) {
            if (!text.isEmpty()
                    && !(a.platform() + "\n" + a.account() + "\n" + a.purpose())
                            .toLowerCase(Locale.ROOT)
                            .contains(text)) {
                continue;
            }
            List<SupplierFinding> findings = check(a, today);
            if (filter.withFindings() && findings.isEmpty()) {
                continue;
            }
            lines.add(new Line(
                    a, directory.person(a.responsibleId()).map(p -> p.name()).orElse(""), findings));
        }
        return Page.slice(lines, page, size);
    }

    @Transactional(readOnly = true)
    public Details details(long id) {
        requireList();
        SnsAccount a = repository.find(id).orElseThrow(() -> new NotFoundException("sns-account", id));
        LocalDate today = LocalDate.now(clock);
        return new Details(
                a,
                directory.unit(a.unitId()).map(UnitSummary::name).orElse(""),
                person(a.responsibleId(), today),
                a.deputies().stream()
                        .map(p -> person(p, today))
                        .filter(Objects::nonNull)
                        .toList(),
                check(a, today));
    }

    @Transactional(readOnly = true)
    public List<SupplierFinding> findings() {
        requireList();
        LocalDate today = LocalDate.now(clock);
        return repository.all().stream().flatMap(a -> check(a, today).stream()).toList();
    }

    /** Accounts whose yearly review falls due within {@code days} of the day, or is overdue (reminder). */
    List<SnsAccount> reviewDue(LocalDate day, int days) {
        return repository.all().stream()
                .filter(a -> !a.reviewDue(day).isAfter(day.plusDays(days)))
                .toList();
    }

    @Transactional
    @Override
    public SnsAccount register(SnsAccountDraft draft) {
        if (!supplierAccess.mayRegister()) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
        SnsAccountRepository.Values v = resolve(draft, null);
        String actor = Access.currentLogin();
        long id = repository.insert(v, actor, OffsetDateTime.now(clock));
        SnsAccount saved = repository.find(id).orElseThrow();
        events.publishEvent(new SupplierEvent.SnsAccountRegistered(Long.toString(id), actor, facts(saved)));
        return saved;
    }

    @Transactional
    public SnsAccount change(long id, SnsAccountDraft draft) {
        SnsAccount before = requireChange(id);
        SnsAccountRepository.Values v = resolve(draft, id);
        String actor = Access.currentLogin();
        repository.update(id, v, actor, OffsetDateTime.now(clock));
        SnsAccount after = repository.find(id).orElseThrow();
        Map<String, String> changes = Contractors.changes(facts(before), facts(after));
        if (!changes.isEmpty()) {
            events.publishEvent(new SupplierEvent.SnsAccountChanged(Long.toString(id), actor, changes));
        }
        return after;
    }

    /** Records the yearly review on that day (not after today). */
    @Transactional
    public SnsAccount review(long id, @Nullable LocalDate on, String note) {
        SnsAccount before = requireChange(id);
        if (on == null) {
            throw InvalidInputException.of("reviewedOn", "sup.error.date");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("reviewedOn", "sup.error.future");
        }
        if (note.length() > 1000) {
            throw InvalidInputException.of("reviewNote", "sup.error.tooLong", 1000);
        }
        String actor = Access.currentLogin();
        repository.reviewed(id, on, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SupplierEvent.SnsAccountReviewed(
                Long.toString(id),
                actor,
                Map.of(
                        "reviewedOn",
                        on.toString(),
                        "previous",
                        before.lastReviewedOn() == null
                                ? ""
                                : before.lastReviewedOn().toString(),
                        "note",
                        note)));
        return repository.find(id).orElseThrow();
    }

    /** Names the account in an incident the user can see (乗っ取り, 誤投稿 …). */
    @Transactional
    public void linkIncident(long id, String reference, @Nullable String kind) {
        SnsAccount a = requireChange(id);
        if (kind == null || !INCIDENT_KINDS.contains(kind)) {
            throw InvalidInputException.of("incidentKind", "sup.error.required");
        }
        IncidentLine incident = contractors.visibleIncident(reference, "incident");
        String ref = incident.summary().reference();
        if (a.incidents().stream().anyMatch(i -> i.reference().equals(ref))) {
            throw InvalidInputException.of("incident", "sup.error.incident.linked", ref);
        }
        String actor = Access.currentLogin();
        repository.linkIncident(
                id,
                new LinkedIncident(ref, incident.summary().id().toString(), kind),
                actor,
                OffsetDateTime.now(clock));
        events.publishEvent(
                new SupplierEvent.SnsIncidentLinked(Long.toString(id), actor, Map.of("incident", ref, "kind", kind)));
    }

    private SnsAccount requireChange(long id) {
        SnsAccount a = repository.find(id).orElseThrow(() -> new NotFoundException("sns-account", id));
        if (!access.canManageUnit(a.unitId())) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
        return a;
    }

    private void requireList() {
        if (!supplierAccess.mayList()) {
            throw new NotAllowedException("sup.error.mayNotRead");
        }
    }

    private List<SupplierFinding> check(SnsAccount a, LocalDate today) {
        return SnsRule.check(new SnsRule.Facts(a, directory.inPostOn(a.responsibleId(), today), today));
    }

    private SupplierViews.@Nullable NamedPerson person(long id, LocalDate today) {
        return directory
                .person(id)
                .map(p ->
                        new SupplierViews.NamedPerson(p.id(), p.staffNumber(), p.name(), directory.inPostOn(id, today)))
                .orElse(null);
    }

    private SnsAccountRepository.Values resolve(SnsAccountDraft d, @Nullable Long id) {
        List<Problem> problems = new ArrayList<>();
        if (d.platform().isEmpty()) {
            problems.add(Problem.of("platform", "sup.error.required"));
        } else if (d.platform().length() > 100) {
            problems.add(Problem.of("platform", "sup.error.tooLong", 100));
        }
        if (d.account().isEmpty()) {
            problems.add(Problem.of("account", "sup.error.required"));
        } else if (d.account().length() > 200) {
            problems.add(Problem.of("account", "sup.error.tooLong", 200));
        } else if (!d.platform().isEmpty()) {
            var taken = repository.named(d.platform(), d.account());
            if (taken.isPresent() && !taken.get().equals(id)) {
                problems.add(Problem.of("account", "sup.error.sns.taken", d.platform(), d.account()));
            }
        }
        if (d.purpose().length() > 1000) {
            problems.add(Problem.of("purpose", "sup.error.tooLong", 1000));
        }
        if (d.procedureDocument().isEmpty()) {
            problems.add(Problem.of("procedureDocument", "sup.error.sns.procedure"));
        } else if (d.procedureDocument().length() > 500) {
            problems.add(Problem.of("procedureDocument", "sup.error.tooLong", 500));
        }
        if (d.postingRules().length() > 2000) {
            problems.add(Problem.of("postingRules", "sup.error.tooLong", 2000));
        }
        if (d.credentialHolder().length() > 200) {
            problems.add(Problem.of("credentialHolder", "sup.error.tooLong", 200));
        }
        if (d.announcedAt().length() > 500) {
            problems.add(Problem.of("announcedAt", "sup.error.tooLong", 500));
        }
        if (d.unitId() == null || directory.unit(d.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "sup.error.unit"));
        } else if (!access.canManageUnit(d.unitId())) {
            throw new NotAllowedException("sup.error.mayNotManageUnit");
        }
        Long responsible = null;
        if (d.responsible().isEmpty()) {
            problems.add(Problem.of("responsible", "sup.error.required"));
        } else {
            responsible = contractors.personInPost(d.responsible(), "responsible", problems);
        }
        List<Long> deputies = new ArrayList<>();
        if (d.deputies().size() > 20) {
            problems.add(Problem.of("deputies", "sup.error.sns.deputies", 20));
        } else {
            for (String n : d.deputies()) {
                Long p = contractors.personInPost(n, "deputies", problems);
                if (p != null && !deputies.contains(p) && !p.equals(responsible)) {
                    deputies.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SnsAccountRepository.Values(
                d.platform(),
                d.account(),
                d.purpose(),
                d.procedureDocument(),
                d.postingRules(),
                Objects.requireNonNull(d.unitId()),
                Objects.requireNonNull(responsible),
                deputies,
                d.credentialHolder(),
                d.secondFactor(),
                d.announcedAt());
    }

    private static Map<String, String> facts(SnsAccount a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("platform", a.platform());
        m.put("account", a.account());
        m.put("purpose", a.purpose());
        m.put("procedureDocument", a.procedureDocument());
        m.put("postingRules", a.postingRules());
        m.put("unit", Long.toString(a.unitId()));
        m.put("responsible", "person:" + a.responsibleId());
        m.put("deputies", a.deputies().stream().map(p -> "person:" + p).collect(Collectors.joining(",")));
        m.put("credentialHolder", a.credentialHolder());
        m.put("secondFactor", Boolean.toString(a.secondFactor()));
        m.put("announcedAt", a.announcedAt());
        return m;
    }
}
