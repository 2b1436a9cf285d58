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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.incident.IncidentLine;
import jp.mamori.incident.IncidentService;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
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
 * The register of contractors and their contracts: list, read, register and change them, record
 * certifications, mark the clause checklist, add and approve 再委託先, end a contract and record its
 * certificate, link incidents, and check every contract against the {@link ContractRule}s. Every
 * change is checked against {@link SupplierAccess} and published as a {@link SupplierEvent} in the
 * same transaction.
 */
@Service
public class Contractors implements SupplierRegister<ContractorDraft, Contractor> {
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_ASSETS = 500;

    private final ContractorRepository repository;
    private final CheckRepository checks;
    private final SupplierAccess supplierAccess;
    private final Access access;
    private final AssetRegister assets;
    private final Directory directory;
    private final IncidentService incidents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contractors(
            ContractorRepository repository,
            CheckRepository checks,
            SupplierAccess supplierAccess,
            Access access,
            AssetRegister assets,
            Directory directory,
            IncidentService incidents,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.supplierAccess = supplierAccess;
        this.access = access;
        this.assets = assets;
        this.directory = directory;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    /** The contractors, by name, one page: the filter's words in the name or a contract's title or work. */
    @Transactional(readOnly = true)
    @Override
    public Page<SupplierViews.ContractorLine> page(RegisterFilter filter, int page, int size) {
        requireList();
        LocalDate today = LocalDate.now(clock);
        List<Clause> clauses = repository.clauses();
        Map<Long, List<Contract>> byContractor =
                repository.contracts().stream().collect(Collectors.groupingBy(Contract::contractorId));
        Map<Long, List<OpenCheck>> open = openChecks();
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        List<SupplierViews.ContractorLine> lines = new ArrayList<>();
        for (Contractor c : repository.contractors()) {
            List<Contract> contracts = byContractor.getOrDefault(c.id(), List.of());
            if (!text.isEmpty()) {
                String haystack = c.name() + "\n"
                        + contracts.stream()
                                .map(k -> k.title() + "\n" + k.work())
                                .collect(Collectors.joining("\n"));
                if (!haystack.toLowerCase(Locale.ROOT).contains(text)) {
                    continue;
                }
            }
            List<SupplierFinding> findings = contracts.stream()
                    .flatMap(k -> ContractRule.checkAll(
                            new ContractRule.Facts(k, c, clauses, open.getOrDefault(k.id(), List.of()), today))
                            .stream())
                    .toList();
            if (filter.withFindings() && findings.isEmpty()) {
                continue;
            }
            int running =
                    (int) contracts.stream().filter(k -> !k.endedOn(today)).count();
            lines.add(new SupplierViews.ContractorLine(
                    c.id(), c.name(), contracts.size(), running, c.certifications(), findings));
        }
        return Page.slice(lines, page, size);
    }

    /**
     * The register's numbers of the assets a contract or a cloud service names, each once; an unknown
     * number, or more than {@link #MAX_ASSETS}, is a problem on the field {@code assets}.
     */
    static List<String> knownAssets(AssetRegister assets, List<String> given, List<Problem> problems) {
        List<String> numbers = new ArrayList<>();
        if (given.size() > MAX_ASSETS) {
            problems.add(Problem.of("assets", "sup.error.assets.tooMany", MAX_ASSETS));
            return numbers;
        }
        for (String n : given) {
            Optional<AssetSummary> a = assets.byNumber(n);
            if (a.isEmpty()) {
                problems.add(Problem.of("assets", "sup.error.asset.unknown", n));
            } else if (!numbers.contains(a.get().number())) {
                numbers.add(a.get().number());
            }
        }
        return numbers;
    }

    /** The contractor, 404 when unknown. */
    @Transactional(readOnly = true)
    public Contractor contractor(long id) {
        requireList();
        return repository.contractor(id).orElseThrow(() -> new NotFoundException("contractor", id));
    }

    /** The contractor with each of its contracts and their findings. */
    @Transactional(readOnly = true)
    public SupplierViews.ContractorDetails details(long id) {
        Contractor c = contractor(id);
        LocalDate today = LocalDate.now(clock);
        List<Clause> clauses = repository.clauses();
        Map<Long, List<OpenCheck>> open = openChecks();
        List<SupplierViews.ContractLine> lines = repository.contractsOf(id).stream()
                .map(k -> new SupplierViews.ContractLine(
                        k,
                        k.endedOn(today),
                        ContractRule.checkAll(
                                new ContractRule.Facts(k, c, clauses, open.getOrDefault(k.id(), List.of()), today))))
                .toList();
        return new SupplierViews.ContractorDetails(c, lines);
    }

    /** The contract of that contractor, 404 when unknown or another contractor's. */
    @Transactional(readOnly = true)
    public Contract contract(long contractorId, long contractId) {
        requireList();
        return repository
                .contract(contractId)
                .filter(k -> k.contractorId() == contractorId)
                .orElseThrow(() -> new NotFoundException("contract", contractId));
    }

    /** Everything the contract's page shows. */
    @Transactional(readOnly = true)
    public SupplierViews.ContractDetails contractDetails(long contractorId, long contractId) {
        Contract k = contract(contractorId, contractId);
        Contractor c = contractor(contractorId);
        LocalDate today = LocalDate.now(clock);
        List<Clause> clauses = repository.clauses();
        List<SupplierViews.ClauseMark> marks = clauses.stream()
                .filter(cl -> cl.active() || k.clauses().containsKey(cl.code()))
                .map(cl -> new SupplierViews.ClauseMark(cl, k.clauses().getOrDefault(cl.code(), false)))
                .toList();
        List<AssetSummary> touched = k.assets().stream()
                .map(n -> assets.byNumber(n).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        return new SupplierViews.ContractDetails(
                k,
                c,
                directory.unit(k.unitId()).map(UnitSummary::name).orElse(""),
                k.responsiblePersonId() == null ? null : person(k.responsiblePersonId(), today),
                touched,
                marks,
                k.endedOn(today),
                ContractRule.checkAll(
                        new ContractRule.Facts(k, c, clauses, openChecks().getOrDefault(k.id(), List.of()), today)));
    }

    /** The findings of every contract, for the findings page. */
    @Transactional(readOnly = true)
    public List<SupplierFinding> findings() {
        requireList();
        LocalDate today = LocalDate.now(clock);
        List<Clause> clauses = repository.clauses();
        Map<Long, Contractor> contractors =
                repository.contractors().stream().collect(Collectors.toMap(Contractor::id, Function.identity()));
        Map<Long, List<OpenCheck>> open = openChecks();
        return repository.contracts().stream()
                .flatMap(k -> ContractRule.checkAll(new ContractRule.Facts(
                                k,
                                contractors.get(k.contractorId()),
                                clauses,
                                open.getOrDefault(k.id(), List.of()),
                                today))
                        .stream())
                .toList();
    }

    /** The unanswered periodic checks, by contract. */
    private Map<Long, List<OpenCheck>> openChecks() {
        return checks.open().stream().collect(Collectors.groupingBy(OpenCheck::contractId));
    }

    /** Contracts that ended without a certificate, as of the day (for the reminder). */
    @Transactional(readOnly = true)
    public List<Contract> endedWithoutCertificate(LocalDate day) {
        return repository.contracts().stream()
                .filter(k -> k.endedOn(day) && !k.hasCertificate())
                .toList();
    }

    /** Running contracts of the contractor on the day (for the reminder). */
    @Transactional(readOnly = true)
    public List<Contract> runningContractsOf(long contractorId, LocalDate day) {
        return repository.contractsOf(contractorId).stream()
                .filter(k -> !k.endedOn(day))
                .toList();
    }

    /** The contract by id, whoever asks (for the reminder). */
    Optional<Contract> contractForReminder(long id) {
        return repository.contract(id);
    }

    /** The contractor by id, whoever asks (for the reminder). */
    Optional<Contractor> contractorForReminder(long id) {
        return repository.contractor(id);
    }

    /** Certifications expiring from the day to {@code days} later, with their contractor id. */
    List<Map.Entry<Long, Certification>> certificationsExpiring(LocalDate day, int days) {
        return repository.certificationsExpiring(day, day.plusDays(days));
    }

    // ---- contractors

    @Transactional
    @Override
    public Contractor register(ContractorDraft draft) {
        requireRegister();
        ContractorRepository.ContractorValues v = check(draft, null);
        String actor = Access.currentLogin();
        long id = repository.insertContractor(v, actor, OffsetDateTime.now(clock));
        Contractor saved = repository.contractor(id).orElseThrow();
        events.publishEvent(new SupplierEvent.ContractorRegistered(Long.toString(id), actor, facts(saved)));
        return saved;
    }

    @Transactional
    public Contractor change(long id, ContractorDraft draft) {
        requireRegister();
        Contractor before = repository.contractor(id).orElseThrow(() -> new NotFoundException("contractor", id));
        ContractorRepository.ContractorValues v = check(draft, id);
        String actor = Access.currentLogin();
        repository.updateContractor(id, v, actor, OffsetDateTime.now(clock));
        Contractor after = repository.contractor(id).orElseThrow();
        Map<String, String> changes = changes(facts(before), facts(after));
        if (!changes.isEmpty()) {
            events.publishEvent(new SupplierEvent.ContractorChanged(Long.toString(id), actor, changes));
        }
        return after;
    }

    @Transactional
    public Certification addCertification(
            long contractorId,
            @Nullable CertificationKind kind,
            String label,
            String number,
            @Nullable LocalDate expires) {
        requireRegister();
        repository.contractor(contractorId).orElseThrow(() -> new NotFoundException("contractor", contractorId));
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.of("kind", "sup.error.required"));
        } else if (kind == CertificationKind.OTHER && label.isEmpty()) {
            problems.add(Problem.of("label", "sup.error.certification.label"));
        }
        if (label.length() > MAX_NAME) {
            problems.add(Problem.of("label", "sup.error.tooLong", MAX_NAME));
        }
        if (number.isEmpty()) {
            problems.add(Problem.of("number", "sup.error.required"));
        } else if (number.length() > 100) {
            problems.add(Problem.of("number", "sup.error.tooLong", 100));
        }
        if (expires == null) {
            problems.add(Problem.of("expiresOn", "sup.error.date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.addCertification(
                contractorId, Objects.requireNonNull(kind), label, number, Objects.requireNonNull(expires));
        Certification c = new Certification(id, kind, label, number, expires);
        String actor = Access.currentLogin();
        events.publishEvent(new SupplierEvent.CertificationAdded(
                Long.toString(contractorId),
                actor,
                Map.of("kind", kind.name(), "label", label, "number", number, "expiresOn", expires.toString())));
        return c;
    }

    @Transactional
    public void removeCertification(long contractorId, long certificationId) {
        requireRegister();
        Contractor c = contractor(contractorId);
        Certification cert = c.certifications().stream()
                .filter(x -> x.id() == certificationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("certification", certificationId));
        repository.removeCertification(contractorId, certificationId);
        events.publishEvent(new SupplierEvent.CertificationRemoved(
                Long.toString(contractorId),
                Access.currentLogin(),
                Map.of("kind", cert.kind().name(), "number", cert.number())));
    }

    private ContractorRepository.ContractorValues check(ContractorDraft d, @Nullable Long id) {
        List<Problem> problems = new ArrayList<>();
        if (d.name().isEmpty()) {
            problems.add(Problem.of("name", "sup.error.required"));
        } else if (d.name().length() > MAX_NAME) {
            problems.add(Problem.of("name", "sup.error.tooLong", MAX_NAME));
        } else {
            Optional<Long> taken = repository.contractorNamed(d.name());
            if (taken.isPresent() && !taken.get().equals(id)) {
                problems.add(Problem.of("name", "sup.error.contractor.taken", d.name()));
            }
        }
        if (d.address().length() > 500) {
            problems.add(Problem.of("address", "sup.error.tooLong", 500));
        }
        if (d.contactName().isEmpty()) {
            problems.add(Problem.of("contactName", "sup.error.required"));
        } else if (d.contactName().length() > MAX_NAME) {
            problems.add(Problem.of("contactName", "sup.error.tooLong", MAX_NAME));
        }
        if (d.contactPhone().length() > 50) {
            problems.add(Problem.of("contactPhone", "sup.error.tooLong", 50));
        }
        if (!d.contactEmail().isEmpty() && !d.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(Problem.of("contactEmail", "sup.error.email"));
        } else if (d.contactEmail().length() > 254) {
            problems.add(Problem.of("contactEmail", "sup.error.tooLong", 254));
        }
        if (d.contactPhone().isEmpty() && d.contactEmail().isEmpty()) {
            problems.add(Problem.of("contactPhone", "sup.error.contact.reachable"));
        }
        if (d.note().length() > MAX_TEXT) {
            problems.add(Problem.of("note", "sup.error.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ContractorRepository.ContractorValues(
                d.name(), d.address(), d.contactName(), d.contactPhone(), d.contactEmail(), d.note());
    }

    // ---- contracts

    @Transactional
    public Contract registerContract(long contractorId, ContractDraft draft) {
        requireRegister();
        repository.contractor(contractorId).orElseThrow(() -> new NotFoundException("contractor", contractorId));
        Resolved r = resolve(draft);
        String actor = Access.currentLogin();
        long id = repository.insertContract(contractorId, r.values(), actor, OffsetDateTime.now(clock));
        repository.replaceAssets(id, r.assets());
        Contract saved = repository.contract(id).orElseThrow();
        events.publishEvent(new SupplierEvent.ContractRegistered(Long.toString(id), actor, facts(saved)));
        return saved;
    }

    @Transactional
    public Contract changeContract(long contractorId, long contractId, ContractDraft draft) {
        Contract before = requireChange(contractorId, contractId);
        Resolved r = resolve(draft);
        String actor = Access.currentLogin();
        repository.updateContract(contractId, r.values(), actor, OffsetDateTime.now(clock));
        repository.replaceAssets(contractId, r.assets());
        Contract after = repository.contract(contractId).orElseThrow();
        Map<String, String> changes = changes(facts(before), facts(after));
        if (!changes.isEmpty()) {
            events.publishEvent(new SupplierEvent.ContractChanged(Long.toString(contractId), actor, changes));
        }
        return after;
    }

    /** Marks each active clause of the checklist present (in the set) or absent. */
    @Transactional
    public Contract markClauses(long contractorId, long contractId, Set<String> present) {
        Contract before = requireChange(contractorId, contractId);
        List<Clause> clauses = repository.clauses();
        Set<String> known = clauses.stream().map(Clause::code).collect(Collectors.toSet());
        for (String code : present) {
            if (!known.contains(code)) {
                throw InvalidInputException.of("clauses", "sup.error.clause.unknown", code);
            }
        }
        Map<String, Boolean> marks = new LinkedHashMap<>(before.clauses());
        for (Clause c : clauses) {
            if (c.active() || present.contains(c.code())) {
                marks.put(c.code(), present.contains(c.code()));
            }
        }
        String actor = Access.currentLogin();
        repository.markClauses(contractId, marks);
        repository.touch(contractId, actor, OffsetDateTime.now(clock));
        Map<String, String> changes = new LinkedHashMap<>();
        marks.forEach((code, now) -> {
            Boolean was = before.clauses().get(code);
            if (!now.equals(was)) {
                changes.put(code, (was == null ? "" : was.toString()) + " → " + now);
            }
        });
        if (!changes.isEmpty()) {
            events.publishEvent(new SupplierEvent.ClausesMarked(Long.toString(contractId), actor, changes));
        }
        return repository.contract(contractId).orElseThrow();
    }

    @Transactional
    public Subcontractor addSubcontractor(long contractorId, long contractId, String name, String work) {
        requireChange(contractorId, contractId);
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(Problem.of("subName", "sup.error.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.of("subName", "sup.error.tooLong", MAX_NAME));
        }
        if (work.length() > 1000) {
            problems.add(Problem.of("subWork", "sup.error.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.addSubcontractor(contractId, name, work, actor, now);
        repository.touch(contractId, actor, now);
        events.publishEvent(new SupplierEvent.SubcontractorAdded(
                Long.toString(contractId), actor, Map.of("subcontractor", name, "work", work)));
        return new Subcontractor(id, name, work, actor, null, null);
    }

    /** Approves a 再委託先 (body-wide managers); approving twice is refused. */
    @Transactional
    public void approveSubcontractor(long contractorId, long contractId, long subId) {
        if (!supplierAccess.mayApprove()) {
            throw new NotAllowedException("sup.error.mayNotApprove");
        }
        Contract k = contract(contractorId, contractId);
        Subcontractor s = k.subcontractors().stream()
                .filter(x -> x.id() == subId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("subcontractor", subId));
        if (s.approved()) {
            throw InvalidInputException.of("subcontractor", "sup.error.subcontractor.approved", s.name());
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.approveSubcontractor(contractId, subId, actor, now);
        repository.touch(contractId, actor, now);
        events.publishEvent(new SupplierEvent.SubcontractorApproved(
                Long.toString(contractId), actor, Map.of("subcontractor", s.name())));
    }

    /** Records the end of the contract on that day (not after today); the certificate may follow. */
    @Transactional
    public Contract end(long contractorId, long contractId, @Nullable LocalDate endedOn) {
        Contract k = requireChange(contractorId, contractId);
        LocalDate today = LocalDate.now(clock);
        if (endedOn == null) {
            throw InvalidInputException.of("endedOn", "sup.error.date");
        }
        if (endedOn.isAfter(today)) {
            throw InvalidInputException.of("endedOn", "sup.error.end.future");
        }
        if (endedOn.isBefore(k.startsOn())) {
            throw InvalidInputException.of("endedOn", "sup.error.end.beforeStart");
        }
        if (k.endedOn() != null) {
            throw InvalidInputException.of("endedOn", "sup.error.end.already");
        }
        String actor = Access.currentLogin();
        repository.end(contractId, endedOn);
        repository.touch(contractId, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SupplierEvent.ContractEnded(
                Long.toString(contractId),
                actor,
                Map.of("endedOn", endedOn.toString(), "certificate", Boolean.toString(k.hasCertificate()))));
        return repository.contract(contractId).orElseThrow();
    }

    /** Records the contractor's return/destruction certificate. */
    @Transactional
    public Contract recordCertificate(
            long contractorId, long contractId, @Nullable CertificateKind kind, @Nullable LocalDate on, String note) {
        Contract k = requireChange(contractorId, contractId);
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.of("certificateKind", "sup.error.required"));
        }
        if (on == null) {
            problems.add(Problem.of("certificateOn", "sup.error.date"));
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("certificateOn", "sup.error.future"));
        }
        if (note.length() > 1000) {
            problems.add(Problem.of("certificateNote", "sup.error.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        repository.recordCertificate(contractId, Objects.requireNonNull(kind), Objects.requireNonNull(on), note, actor);
        repository.touch(contractId, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SupplierEvent.CertificateRecorded(
                Long.toString(contractId),
                actor,
                Map.of(
                        "kind",
                        kind.name(),
                        "on",
                        on.toString(),
                        "note",
                        note,
                        "previous",
                        k.certificateKind() == null ? "" : k.certificateKind().name())));
        return repository.contract(contractId).orElseThrow();
    }

    /** Links an incident the user can see, by its 受付番号. */
    @Transactional
    public void linkIncident(long contractorId, long contractId, String reference) {
        Contract k = requireChange(contractorId, contractId);
        IncidentLine incident = visibleIncident(reference, "incident");
        String ref = incident.summary().reference();
        if (k.incidents().stream().anyMatch(i -> i.reference().equals(ref))) {
            throw InvalidInputException.of("incident", "sup.error.incident.linked", ref);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.linkIncident(contractId, ref, incident.summary().id().toString(), actor, now);
        repository.touch(contractId, actor, now);
        events.publishEvent(
                new SupplierEvent.IncidentLinked(Long.toString(contractId), actor, Map.of("incident", ref)));
    }

    /** An incident the signed-in user can see, by 受付番号; a problem on the field otherwise. */
    IncidentLine visibleIncident(String reference, String field) {
        String ref = reference.strip();
        if (ref.isEmpty()) {
            throw InvalidInputException.of(field, "sup.error.required");
        }
        return incidents.list(false).stream()
                .filter(l -> l.summary().reference().equalsIgnoreCase(ref))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "sup.error.incident.unknown", ref));
    }

    // ---- clause checklist

    @Transactional(readOnly = true)
    public List<Clause> clauses() {
        requireList();
        return repository.clauses();
    }

    /** Adds or changes a clause of the checklist (body-wide managers). */
    @Transactional
    public Clause saveClause(Clause clause) {
        if (!supplierAccess.mayApprove()) {
            throw new NotAllowedException("sup.error.mayNotConfigure");
        }
        List<Problem> problems = new ArrayList<>();
        if (!clause.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(Problem.of("code", "sup.error.clause.code"));
        }
        if (clause.title().isEmpty()) {
            problems.add(Problem.of("title", "sup.error.required"));
        } else if (clause.title().length() > MAX_NAME) {
            problems.add(Problem.of("title", "sup.error.tooLong", MAX_NAME));
        }
        if (clause.description().length() > 1000) {
            problems.add(Problem.of("description", "sup.error.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<Clause> before = repository.clauses().stream()
                .filter(c -> c.code().equals(clause.code()))
                .findFirst();
        repository.saveClause(clause);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("title", clause.title());
        details.put("required", Boolean.toString(clause.required()));
        details.put("active", Boolean.toString(clause.active()));
        details.put("position", Integer.toString(clause.position()));
        details.put(
                "previous",
                before.map(c -> c.title() + "/" + c.required() + "/" + c.active())
                        .orElse(""));
        events.publishEvent(new SupplierEvent.ClauseConfigured(clause.code(), Access.currentLogin(), details));
        return clause;
    }

    // ---- helpers

    private void requireList() {
        if (!supplierAccess.mayList()) {
            throw new NotAllowedException("sup.error.mayNotRead");
        }
    }

    private void requireRegister() {
        if (!supplierAccess.mayRegister()) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
    }

    Contract requireChange(long contractorId, long contractId) {
        Contract k = repository
                .contract(contractId)
                .filter(x -> x.contractorId() == contractorId)
                .orElseThrow(() -> new NotFoundException("contract", contractId));
        if (!access.canManageUnit(k.unitId())) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
        return k;
    }

    private SupplierViews.NamedPerson person(long id, LocalDate today) {
        return directory
                .person(id)
                .map(p ->
                        new SupplierViews.NamedPerson(p.id(), p.staffNumber(), p.name(), directory.inPostOn(id, today)))
                .orElse(new SupplierViews.NamedPerson(id, "", "", false));
    }

    /** A person in post by 職員番号; a problem on the field otherwise. */
    @Nullable
    Long personInPost(String staffNumber, String field, List<Problem> problems) {
        if (staffNumber.isEmpty()) {
            return null;
        }
        Optional<PersonSummary> p = directory.personByStaffNumber(staffNumber);
        if (p.isEmpty()) {
            problems.add(Problem.of(field, "sup.error.person.unknown", staffNumber));
            return null;
        }
        if (!directory.inPostOn(p.get().id(), LocalDate.now(clock))) {
            problems.add(Problem.of(field, "sup.error.person.notInPost", staffNumber));
            return null;
        }
        return p.get().id();
    }

    private record Resolved(ContractorRepository.ContractValues values, List<String> assets) {}

    private Resolved resolve(ContractDraft d) {
        List<Problem> problems = new ArrayList<>();
        if (d.title().isEmpty()) {
            problems.add(Problem.of("title", "sup.error.required"));
        } else if (d.title().length() > MAX_NAME) {
            problems.add(Problem.of("title", "sup.error.tooLong", MAX_NAME));
        }
        if (d.work().length() > MAX_TEXT) {
            problems.add(Problem.of("work", "sup.error.tooLong", MAX_TEXT));
        }
        if (d.unitId() == null || directory.unit(d.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "sup.error.unit"));
        } else if (!access.canManageUnit(d.unitId())) {
            throw new NotAllowedException("sup.error.mayNotManageUnit");
        }
        Long responsible = personInPost(d.responsible(), "responsible", problems);
        if (d.startsOn() == null) {
            problems.add(Problem.of("startsOn", "sup.error.date"));
        }
        if (d.endsOn() == null) {
            problems.add(Problem.of("endsOn", "sup.error.date"));
        } else if (d.startsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            problems.add(Problem.of("endsOn", "sup.error.period"));
        }
        if (d.place() == null) {
            problems.add(Problem.of("place", "sup.error.required"));
        }
        if (d.information().length() > 1000) {
            problems.add(Problem.of("information", "sup.error.tooLong", 1000));
        }
        List<String> numbers = knownAssets(assets, d.assets(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Resolved(
                new ContractorRepository.ContractValues(
                        d.title(),
                        d.work(),
                        Objects.requireNonNull(d.unitId()),
                        responsible,
                        Objects.requireNonNull(d.startsOn()),
                        Objects.requireNonNull(d.endsOn()),
                        Objects.requireNonNull(d.place()),
                        d.information()),
                numbers);
    }

    private static Map<String, String> facts(Contractor c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("address", c.address());
        m.put("contactName", c.contactName());
        m.put("contactPhone", c.contactPhone());
        m.put("contactEmail", c.contactEmail());
        m.put("note", c.note());
        return m;
    }

    private static Map<String, String> facts(Contract k) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("contractor", Long.toString(k.contractorId()));
        m.put("title", k.title());
        m.put("work", k.work());
        m.put("unit", Long.toString(k.unitId()));
        m.put("responsible", k.responsiblePersonId() == null ? "" : "person:" + k.responsiblePersonId());
        m.put("startsOn", k.startsOn().toString());
        m.put("endsOn", k.endsOn().toString());
        m.put("place", k.place().name());
        m.put("information", k.information());
        m.put("assets", String.join(",", k.assets()));
        return m;
    }

    static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changes = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            String old = before.getOrDefault(k, "");
            if (!old.equals(v)) {
                changes.put(k, old + " → " + v);
            }
        });
        return changes;
    }
}
