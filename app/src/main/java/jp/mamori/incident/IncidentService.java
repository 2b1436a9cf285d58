package jp.mamori.incident;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.UploadedBytes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting and working on incidents: loads and saves the aggregate, checks who may do what
 * ({@link IncidentAccess}), escalates along the emergency response plan and publishes every event
 * the aggregate recorded, inside the transaction, for the audit trail. An incident the user may not
 * read answers "not found", as if it did not exist.
 */
@Service
public class IncidentService {
    /** A 管理番号 inside free text, e.g. IA-000042. */
    static final Pattern ASSET_NUMBER = Pattern.compile("[A-Z]{1,4}-[0-9]{3,10}");

    private final IncidentRepository repository;
    private final IncidentAccess access;
    private final IncidentEscalation escalation;
    private final ResponsePlanSource plans;
    private final Directory directory;
    private final IncidentSettings settings;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AssetRegister> assets;
    private final TransactionTemplate transactions;
    private final BodyRegime regime;
    private final SubmissionStore submissions;

    private final Clock clock;

    IncidentService(
            IncidentRepository repository,
            IncidentAccess access,
            IncidentEscalation escalation,
            ResponsePlanSource plans,
            Directory directory,
            IncidentSettings settings,
            ApplicationEventPublisher events,
            ObjectProvider<AssetRegister> assets,
            PlatformTransactionManager transactionManager,
            BodyRegime regime,
            SubmissionStore submissions,
            Clock clock) {
        this.clock = clock;
        this.regime = regime;
        this.submissions = submissions;
        this.repository = repository;
        this.access = access;
        this.escalation = escalation;
        this.plans = plans;
        this.directory = directory;
        this.settings = settings;
        this.events = events;
        this.assets = assets;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Stores what the signed-in person reports and escalates it. The incident belongs to the
     * reporter's unit; an account without a person record (an administrator) names the unit.
     */
    public StoredIncident report(ReportRequest request) {
        // two reports in the same instant may draw the same 受付番号: the second one tries again
        for (int attempt = 1; ; attempt++) {
            try {
                return java.util.Objects.requireNonNull(transactions.execute(status -> reportOnce(request)));
            } catch (DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private StoredIncident reportOnce(ReportRequest request) {
        CurrentUser user = Access.current().orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
        long unitId = reporterUnit(user, request.unitId());
        IncidentDraft draft = request.draft(unitId);
        Instant now = now();
        Incident incident = Incident.report(IncidentId.random(), draft, user.login(), now, request.note());
        String reference = repository.nextReference(IncidentRepository.yearInJapan(now));
        escalation.escalate(
                incident, reference, user.login(), now, decision(incident).reportDue());
        repository.insert(incident, reference, user.displayName(), now);
        publish(incident);
        return new StoredIncident(incident, reference, user.displayName());
    }

    private long reporterUnit(CurrentUser user, @Nullable Long requested) {
        if (user.personId() != null) {
            Optional<PersonSummary> person = directory.person(user.personId());
            if (person.isPresent()) {
                return person.get().unitId();
            }
        }
        if (requested == null) {
            throw InvalidInputException.of("unitId", "incident.error.required");
        }
        if (directory.unit(requested).isEmpty()) {
            throw InvalidInputException.of("unitId", "incident.error.unitUnknown");
        }
        return requested;
    }

    /** The incident if the signed-in user may read it. */
    @Transactional(readOnly = true)
    public StoredIncident get(IncidentId id) {
        return repository.find(id).filter(s -> access.canRead(s.incident())).orElseThrow(() -> notFound(id));
    }

    /** Everything the incident page shows. */
    @Transactional(readOnly = true)
    public IncidentDetails details(IncidentId id) {
        StoredIncident stored = get(id);
        Incident incident = stored.incident();
        return new IncidentDetails(
                stored,
                decision(incident),
                directory.unit(incident.report().reporterUnitId()).orElse(null),
                checklist(incident),
                access.canRespond(incident),
                canAnnotate(incident),
                plans.current(),
                affectedAssets(incident));
    }

    /** The reported assets, each linked to the register when its text holds a known 管理番号. */
    private List<AffectedAsset> affectedAssets(Incident incident) {
        AssetRegister register = assets.getIfAvailable();
        return incident.report().affectedAssets().stream()
                .map(text -> new AffectedAsset(text, register == null ? null : lookUp(register, text)))
                .toList();
    }

    private static @Nullable AssetSummary lookUp(AssetRegister register, String text) {
        Matcher number = ASSET_NUMBER.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
        while (number.find()) {
            Optional<AssetSummary> found = register.byNumber(number.group());
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    public ReportingDecision decision(Incident incident) {
        return incident.reportingDecision(rules());
    }

    /** The incidents the user sees, each with its deadlines as of today (Japan). */
    @Transactional(readOnly = true)
    public List<IncidentLine> list(boolean openOnly) {
        return list(openOnly, IncidentLine.DeadlineFilter.ALL);
    }

    /** The incidents the user sees that the deadline filter keeps (「期限が近い」「期限超過」「未提出」). */
    @Transactional(readOnly = true)
    public List<IncidentLine> list(boolean openOnly, IncidentLine.DeadlineFilter filter) {
        return lines(repository.summaries(access.scope(), openOnly)).stream()
                .filter(filter::keeps)
                .toList();
    }

    /**
     * Every open incident with a running countdown, whoever may read it: what the deadline reminder
     * works through. Not for pages (no visibility check).
     */
    List<IncidentLine> runningDeadlines() {
        return lines(repository.summaries(IncidentRepository.Scope.everything(), true), false).stream()
                .filter(IncidentLine::unsubmitted)
                .toList();
    }

    /** What the signed-in user reported. */
    @Transactional(readOnly = true)
    public List<IncidentLine> mine() {
        return lines(
                repository.summaries(new IncidentRepository.Scope(false, Access.currentLogin(), List.of()), false));
    }

    /**
     * The statutory rules as the body applies them now: the configured thresholds with the 速報 day
     * count of the emergency response plan in force.
     */
    ReportingRules rules() {
        return ReportingRules.forRegime(regime.regime(), plans.current().thresholds(settings.thresholds()));
    }

    private List<IncidentLine> lines(List<IncidentSummary> summaries) {
        return lines(summaries, true);
    }

    private List<IncidentLine> lines(List<IncidentSummary> summaries, boolean visibleOnly) {
        ReportingRules rules = rules();
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> unitNames =
                directory.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        var submitted = submissions.kinds();
        return summaries.stream()
                .filter(s -> !visibleOnly || access.canRead(s))
                .map(s -> IncidentLine.of(
                        s,
                        rules.decide(s.personalData(), s.discoveredOn()),
                        today,
                        unitNames.getOrDefault(s.reporterUnitId(), ""),
                        submitted.getOrDefault(s.id(), java.util.Set.of())))
                .toList();
    }

    @Transactional
    public StoredIncident triage(IncidentId id, Triage verdict, String note) {
        return respond(id, (incident, stored) -> {
            incident.triage(verdict, Access.currentLogin(), now(), note);
            escalate(incident, stored);
        });
    }

    /**
     * Sets severity and priority again, with a reason, once triaged; a severity that now reaches the
     * plan's threshold brings the CISO in.
     */
    @Transactional
    public StoredIncident retriage(IncidentId id, Triage verdict, String reason) {
        return respond(id, (incident, stored) -> {
            incident.retriage(verdict, Access.currentLogin(), now(), reason);
            escalate(incident, stored);
        });
    }

    /**
     * Opens a closed incident again, with a reason (those who respond to it): it starts over at
     * 報告受付 and is triaged again; reports not submitted count down again.
     */
    @Transactional
    public StoredIncident reopen(IncidentId id, String reason) {
        return respond(id, (incident, stored) -> incident.reopen(reason, Access.currentLogin(), now()));
    }

    /**
     * Runs the escalation again for the incident as it stands (after an affected system was linked):
     * the roles of the plan not told yet are told now.
     */
    @Transactional
    public StoredIncident escalateAgain(IncidentId id) {
        return respond(id, this::escalate);
    }

    @Transactional
    public StoredIncident contain(IncidentId id, String note) {
        return respond(id, (incident, stored) -> incident.contain(Access.currentLogin(), now(), note));
    }

    @Transactional
    public StoredIncident eradicate(IncidentId id, String note) {
        return respond(id, (incident, stored) -> incident.eradicate(Access.currentLogin(), now(), note));
    }

    @Transactional
    public StoredIncident recover(IncidentId id, String note) {
        return respond(id, (incident, stored) -> incident.recover(Access.currentLogin(), now(), note));
    }

    @Transactional
    public StoredIncident close(IncidentId id, Closure closure, String note) {
        return close(id, closure, note, null);
    }

    /**
     * Closes the incident. While a due report to the 個人情報保護委員会 is not recorded as submitted
     * ({@link ReportSubmissions}), closing is refused; only the CISO may still close it, with the reason
     * for that decision ({@code outstandingReason}), which is audited.
     */
    @Transactional
    public StoredIncident close(IncidentId id, Closure closure, String note, @Nullable String outstandingReason) {
        return respond(id, (incident, stored) -> {
            // a step out of order is refused as such first (403), before any question of reports
            List<ReportSubmission.Kind> outstanding =
                    incident.state() == IncidentState.RECOVERED ? outstandingReports(incident) : List.of();
            String reason = outstandingReason == null ? "" : outstandingReason.strip();
            if (!outstanding.isEmpty()) {
                String kinds = outstanding.stream().map(Enum::name).collect(Collectors.joining(","));
                if (reason.isEmpty()) {
                    throw InvalidInputException.of("outstandingReason", "incident.error.reportsOutstanding");
                }
                boolean ciso = Access.current()
                        .map(u -> u.grants().stream().anyMatch(g -> g.role() == jp.mamori.shared.Role.CISO))
                        .orElse(false);
                if (!ciso) {
                    throw new NotAllowedException("incident.error.reportsOutstanding.cisoOnly");
                }
                events.publishEvent(new IncidentEvent.IncidentClosedWithReportsOutstanding(
                        incident.id(), Access.currentLogin(), kinds, reason));
            }
            incident.close(closure, Access.currentLogin(), now(), note);
        });
    }

    /** The due reports not recorded as submitted yet (none when no report is due). */
    public List<ReportSubmission.Kind> outstandingReports(Incident incident) {
        if (!decision(incident).reportDue()) {
            return List.of();
        }
        var done = submissions.of(incident.id()).stream()
                .map(ReportSubmission::kind)
                .toList();
        return java.util.Arrays.stream(ReportSubmission.Kind.values())
                .filter(k -> !done.contains(k))
                .toList();
    }

    @Transactional
    public StoredIncident closeAsNotAnIncident(IncidentId id, String reason) {
        return respond(id, (incident, stored) -> incident.closeAsNotAnIncident(reason, Access.currentLogin(), now()));
    }

    @Transactional
    public StoredIncident revisePersonalData(IncidentId id, PersonalData facts, String note) {
        return respond(id, (incident, stored) -> {
            incident.revisePersonalData(facts, Access.currentLogin(), now(), note);
            // facts that make a report due bring in the CISO and the 統括 at once
            escalate(incident, stored);
        });
    }

    /** Ticks a step of the plan in force. */
    @Transactional
    public StoredIncident tick(IncidentId id, String stepKey) {
        PlanStep step = plans.current().steps().stream()
                .filter(s -> s.key().equals(stepKey))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("step", "incident.error.checklist.unknownStep"));
        return respond(id, (incident, stored) -> incident.tick(step, Access.currentLogin(), now()));
    }

    /** A note from whoever works on the incident or reported it. */
    @Transactional
    public StoredIncident addNote(IncidentId id, String note) {
        StoredIncident stored = loadForChange(id, this::canAnnotate);
        stored.incident().addNote(note, Access.currentLogin(), now());
        return save(stored);
    }

    /**
     * Stores an evidence file as uploaded, with its SHA-256 computed while reading it; files larger
     * than the setting are refused before anything is stored.
     */
    @Transactional
    public Evidence addEvidence(
            IncidentId id, String fileName, @Nullable String contentType, long declaredSize, InputStream in)
            throws IOException {
        StoredIncident stored = loadForChange(id, this::canAnnotate);
        long max = settings.evidence().maxSize().toBytes();
        UploadedBytes read = UploadedBytes.read(in, declaredSize, max, this::tooLarge, IncidentService::emptyFile);
        byte[] content = read.content();
        String hash = read.sha256();
        Evidence file = new Evidence(
                UploadedBytes.fileName(fileName, "evidence"), hash, content.length, Access.currentLogin(), now());
        stored.incident().addEvidence(file);
        save(stored);
        repository.storeContent(
                id,
                hash,
                contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType,
                content);
        return file;
    }

    private InvalidInputException tooLarge() {
        return InvalidInputException.of(
                "file",
                "incident.error.evidence.tooLarge",
                settings.evidence().maxSize().toMegabytes());
    }

    /**
     * The evidence file, after checking that its content still has the SHA-256 recorded when it was
     * added; a file that does not match is never handed out.
     */
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(IncidentId id, String sha256) {
        StoredIncident stored = get(id);
        Evidence recorded = stored.incident().evidence().stream()
                .filter(e -> e.sha256().equalsIgnoreCase(sha256))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("evidence", sha256));
        byte[] content =
                repository.content(id, recorded.sha256()).orElseThrow(() -> new EvidenceDamagedException(recorded));
        if (!UploadedBytes.matches(content, recorded.sha256())) {
            throw new EvidenceDamagedException(recorded);
        }
        return new EvidenceFile(
                recorded, repository.contentType(id, recorded.sha256()).orElse("application/octet-stream"), content);
    }

    public record EvidenceFile(Evidence evidence, String contentType, byte[] content) {}

    /** Who may add notes and evidence: the responders and the reporter, while the incident is open. */
    private boolean canAnnotate(Incident incident) {
        return access.canRespond(incident) || incident.reportedBy().equals(Access.currentLogin());
    }

    /**
     * Tells the roles of the plan whom the incident as it stands concerns and who were not told yet
     * (the signed-in user acting now).
     */
    private void escalate(Incident incident, StoredIncident stored) {
        escalation.escalate(
                incident,
                stored.reference(),
                Access.currentLogin(),
                now(),
                decision(incident).reportDue());
    }

    private interface Change {
        void apply(Incident incident, StoredIncident stored);
    }

    private StoredIncident respond(IncidentId id, Change change) {
        StoredIncident stored = loadForChange(id, access::canRespond);
        change.apply(stored.incident(), stored);
        return save(stored);
    }

    private StoredIncident loadForChange(IncidentId id, Function<Incident, Boolean> allowed) {
        StoredIncident stored = repository
                .findForUpdate(id)
                .filter(s -> access.canRead(s.incident()))
                .orElseThrow(() -> notFound(id));
        if (!allowed.apply(stored.incident())) {
            throw new NotAllowedException("incident.error.notResponder");
        }
        return stored;
    }

    private StoredIncident save(StoredIncident stored) {
        repository.update(stored.incident(), now());
        publish(stored.incident());
        return stored;
    }

    private void publish(Incident incident) {
        incident.events().forEach(events::publishEvent);
        incident.clearEvents();
    }

    private List<ChecklistItem> checklist(Incident incident) {
        Map<String, ChecklistTick> ticks =
                incident.checklist().stream().collect(Collectors.toMap(ChecklistTick::key, Function.identity()));
        List<ChecklistItem> items = new ArrayList<>();
        for (PlanStep step : plans.current().steps()) {
            items.add(new ChecklistItem(
                    step.key(), step.phase(), step.title(), step.description(), ticks.remove(step.key())));
        }
        // ticked steps the plan no longer has keep their place in the history
        incident.checklist().stream()
                .filter(t -> ticks.containsKey(t.key()))
                .forEach(t -> items.add(new ChecklistItem(t.key(), null, t.title(), "", t)));
        return items;
    }

    private static NotFoundException notFound(IncidentId id) {
        return new NotFoundException("incident", id.toString());
    }

    /** Now, to the microsecond the database keeps, so that a stored timeline reads back equal. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in Japan: the day the countdowns count from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static InvalidInputException emptyFile() {
        return InvalidInputException.of("file", "incident.error.evidence.empty");
    }
}
