package jp.mamori.audit.engagement;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.audit.AuditEvent;
import jp.mamori.audit.CorrectiveActions;
import jp.mamori.audit.EvidenceUpload;
import jp.mamori.audit.Independence;
import jp.mamori.control.ControlCatalogue;
import jp.mamori.control.MeasureSummary;
import jp.mamori.control.StatementOfApplicability;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UploadedBytes;
import jp.mamori.shared.Wareki;
import jp.mamori.system.SystemRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Engagements from 実施計画 to final report. The 監査統括責任者 plans one under an approved 年度監査計画
 * (or a 特命監査 outside it, which a CISO-level role may also order): scope, criteria (measures picked
 * from the catalogue or taken from the scope's statements of applicability), schedule and a team of
 * auditors each independent of every unit and system in scope ({@link Independence}); the checklist is
 * generated from the criteria. In fieldwork the team records checklist results, working papers with
 * evidence files and findings; the lead issues the draft report, each audited unit responds, the lead
 * issues the final report and each finding opens its corrective action.
 */
@Service
public class Engagements {
    static final int TEXT_MAX = 4000;
    static final int CRITERIA_MAX = 300;

    private final EngagementRepository repository;
    private final CorrectiveActions actions;
    private final Independence independence;
    private final Directory directory;
    private final ControlCatalogue catalogue;
    private final StatementOfApplicability soa;
    private final SystemRegister systems;
    private final AuditSettings settings;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxFile;
    private final EngagementContractors contractors;

    Engagements(
            EngagementRepository repository,
            CorrectiveActions actions,
            Independence independence,
            Directory directory,
            ControlCatalogue catalogue,
            StatementOfApplicability soa,
            SystemRegister systems,
            AuditSettings settings,
            Access access,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.audit.evidence-max-size:20MB}") DataSize maxFile,
            EngagementContractors contractors) {
        this.contractors = contractors;
        this.repository = repository;
        this.actions = actions;
        this.independence = independence;
        this.directory = directory;
        this.catalogue = catalogue;
        this.soa = soa;
        this.systems = systems;
        this.settings = settings;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.maxFile = maxFile;
    }

    /** Where the criteria come from: measures picked by id, or the scope units' statements of applicability. */
    public enum CriteriaSource {
        PICKED,
        SOA
    }

    /** What a new engagement's 実施計画 says. */
    public record EngagementDraft(
            @Nullable Long planId,
            boolean special,
            String orderedBy,
            String title,
            String objective,
            List<Long> unitIds,
            List<Long> systemIds,
            List<Long> contractorIds,
            CriteriaSource criteria,
            String measureIds,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            List<Long> team,
            @Nullable Long lead) {
        public EngagementDraft {
            unitIds = List.copyOf(unitIds);
            systemIds = List.copyOf(systemIds);
            contractorIds = List.copyOf(contractorIds);
            team = List.copyOf(team);
        }
    }

    /** A result to record for a checklist item. */
    public record Check(long itemId, @Nullable CheckResult result, String note) {}

    /** What a new finding says. */
    public record FindingDraft(
            long unitId, String measureId, String found, String cause, String severity, String recommendation) {}

    /** What an edit of a finding says (its unit stays). */
    public record FindingEdit(String measureId, String found, String cause, String severity, String recommendation) {}

    /**
     * A new scope and team for an engagement already written: units, systems, contractors of the
     * supplier register, the team and its lead, and why it changes.
     */
    public record ScopeChange(
            List<Long> unitIds,
            List<Long> systemIds,
            List<Long> contractorIds,
            List<Long> team,
            @Nullable Long lead,
            String reason) {
        public ScopeChange {
            unitIds = List.copyOf(unitIds);
            systemIds = List.copyOf(systemIds);
            contractorIds = List.copyOf(contractorIds);
            team = List.copyOf(team);
        }
    }

    /** An evidence file with its content (already checked against its SHA-256). */
    public record EvidenceFile(WorkingPaper.PaperFile file, byte[] content) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<String> severities() {
        return settings.severities();
    }

    // who may

    private @Nullable Long me() {
        return Access.current().map(u -> u.personId()).orElse(null);
    }

    public boolean mayDirect() {
        return access.hasRole(Role.AUDIT_DIRECTOR.name());
    }

    /** May order a 特命監査: the 監査統括責任者 or a CISO-level role. */
    public boolean mayOrderSpecial() {
        return mayDirect() || access.isBodyWideManager() && !access.isAdmin();
    }

    public boolean onTeam(long engagementId) {
        Long me = me();
        return me != null && repository.team(engagementId).stream().anyMatch(m -> m.personId() == me);
    }

    public boolean isLead(long engagementId) {
        Long me = me();
        return me != null && repository.team(engagementId).stream().anyMatch(m -> m.lead() && m.personId() == me);
    }

    public boolean mayRead(Engagement e) {
        if (access.canReadAll() || onTeam(e.id())) {
            return true;
        }
        return (e.state() == EngagementState.DRAFT_ISSUED || e.state() == EngagementState.FINAL)
                && repository.units(e.id()).stream().anyMatch(u -> access.canManageUnit(u.unitId()));
    }

    /** May list findings: body-wide readers and the managers of units. */
    public boolean mayListFindings() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    /** May respond to the draft for this unit: its managers, while the draft is out and it has not responded. */
    public boolean mayRespond(Engagement e, ScopeUnit unit) {
        return e.state() == EngagementState.DRAFT_ISSUED
                && unit.response() == null
                && access.canManageUnit(unit.unitId());
    }

    // reading

    @Transactional(readOnly = true)
    public Page<Engagement> list(int page, int size) {
        int[] b = Page.bounds(page, size);
        boolean all = access.canReadAll();
        List<Long> units = all
                ? List.of()
                : directory.units().stream()
                        .map(UnitSummary::id)
                        .filter(access::canManageUnit)
                        .toList();
        Long me = me();
        return new Page<>(
                repository.engagements(all, units, me, b[0] * b[1], b[1]),
                b[0],
                b[1],
                repository.countEngagements(all, units, me));
    }

    @Transactional(readOnly = true)
    public Engagement engagement(long id) {
        Engagement e = repository.engagement(id, false).orElseThrow(() -> new NotFoundException("audit", id));
        if (!mayRead(e)) {
            throw new NotAllowedException("aud.error.mayNotReadAudit");
        }
        return e;
    }

    @Transactional(readOnly = true)
    public List<ScopeUnit> units(long id) {
        engagement(id);
        return repository.units(id);
    }

    @Transactional(readOnly = true)
    public List<SystemRegister.SystemProfile> systems(long id) {
        engagement(id);
        return repository.systems(id).stream()
                .map(systems::system)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The contractors of the supplier register in the engagement's scope. */
    @Transactional(readOnly = true)
    public List<ContractorRef> contractors(long id) {
        engagement(id);
        return contractors.list(id);
    }

    /** The register's contractors to pick from (for whoever writes engagements). */
    @Transactional(readOnly = true)
    public List<ContractorRef> contractorChoices() {
        return contractors.choices();
    }

    @Transactional(readOnly = true)
    public List<TeamMember> team(long id) {
        engagement(id);
        return repository.team(id);
    }

    @Transactional(readOnly = true)
    public List<ChecklistItem> checklist(long id) {
        engagement(id);
        return repository.checklist(id);
    }

    /** The working papers: the team and body-wide readers only (the audited unit sees the report). */
    @Transactional(readOnly = true)
    public List<WorkingPaper> papers(long id) {
        engagement(id);
        if (!(access.canReadAll() || onTeam(id))) {
            return List.of();
        }
        return repository.papers(id);
    }

    /** The findings: all for the team and body-wide readers, the unit's own for its managers. */
    @Transactional(readOnly = true)
    public List<Finding> findings(long id) {
        engagement(id);
        List<Finding> all = repository.findingsOf(id);
        if (access.canReadAll() || onTeam(id)) {
            return all;
        }
        return all.stream().filter(f -> access.canManageUnit(f.unitId())).toList();
    }

    /** The evidence file, after checking its content against the SHA-256 taken at upload. */
    @Transactional(readOnly = true)
    public EvidenceFile file(long id, long fileId) {
        engagement(id);
        if (!(access.canReadAll() || onTeam(id))) {
            throw new NotAllowedException("aud.error.mayNotReadAudit");
        }
        var entry = repository.file(id, fileId).orElseThrow(() -> new NotFoundException("audit-evidence", fileId));
        if (!UploadedBytes.matches(entry.getValue(), entry.getKey().sha256())) {
            throw new IllegalStateException("evidence " + fileId + " does not match its SHA-256");
        }
        return new EvidenceFile(entry.getKey(), entry.getValue());
    }

    /** Auditors who may be put on a team: holders of 監査人 or 監査統括責任者 today. */
    @Transactional(readOnly = true)
    public List<jp.mamori.organization.PersonSummary> auditors() {
        Map<Long, jp.mamori.organization.PersonSummary> out = new LinkedHashMap<>();
        for (Role role : List.of(Role.AUDIT_DIRECTOR, Role.AUDITOR)) {
            directory.holders(role, today()).forEach(p -> out.putIfAbsent(p.id(), p));
        }
        return List.copyOf(out.values());
    }

    // planning

    @Transactional
    public Engagement create(EngagementDraft draft) {
        if (draft.special() ? !mayOrderSpecial() : !mayDirect()) {
            throw new NotAllowedException("aud.error.mayNotDirect");
        }
        List<Problem> problems = new ArrayList<>();
        String title = draft.title().strip();
        String objective = draft.objective().strip();
        String orderedBy = draft.orderedBy().strip();
        text(problems, "title", title, 200, true);
        text(problems, "objective", objective, TEXT_MAX, true);
        List<Long> contractorIds = contractors.check(draft.contractorIds(), problems);
        AuditPlan plan = null;
        if (draft.special()) {
            text(problems, "orderedBy", orderedBy, 200, true);
        } else {
            plan = draft.planId() == null
                    ? null
                    : repository.plan(draft.planId(), false).orElse(null);
            if (plan == null || plan.kind() != PlanKind.ANNUAL) {
                problems.add(Problem.of("planId", "aud.error.annualPlanRequired"));
                plan = null;
            } else if (plan.state() != PlanState.APPROVED) {
                problems.add(Problem.of("planId", "aud.error.planNotApproved"));
            }
        }
        LocalDate start = draft.startDate();
        LocalDate end = draft.endDate();
        if (start == null) {
            problems.add(Problem.of("startDate", "aud.error.required"));
        }
        if (end == null) {
            problems.add(Problem.of("endDate", "aud.error.required"));
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problems.add(Problem.of("endDate", "aud.error.endBeforeStart"));
            }
            if (plan != null && Wareki.fiscalYearOf(start) != plan.yearFrom()) {
                problems.add(Problem.of("startDate", "aud.error.startOutsidePlan", plan.yearFrom()));
            }
        }
        Set<Long> unitIds = scopeUnits(draft.unitIds(), problems);
        Set<Long> systemIds = scopeSystems(draft.systemIds(), problems);
        List<MeasureSummary> criteria = criteria(draft, unitIds, problems);
        Set<Long> team = team(draft.team(), draft.lead(), unitIds, systemIds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertEngagement(
                plan == null ? null : plan.id(),
                draft.special(),
                draft.special() ? orderedBy : "",
                title,
                objective,
                "",
                start,
                end,
                actor,
                OffsetDateTime.now(clock));
        unitIds.forEach(u -> repository.addUnit(id, u));
        contractors.replace(id, contractorIds);
        systemIds.forEach(s -> repository.addSystem(id, s));
        team.forEach(p -> repository.addMember(id, p, p == draft.lead().longValue()));
        int position = 0;
        for (MeasureSummary m : criteria) {
            repository.addChecklistItem(id, ++position, m.id(), m.chapter(), m.id() + " " + m.title());
        }
        events.publishEvent(new AuditEvent.EngagementCreated(
                id,
                actor,
                title,
                plan == null ? "" : Long.toString(plan.id()),
                draft.special(),
                List.copyOf(unitIds),
                List.copyOf(systemIds),
                contractorIds,
                List.copyOf(team),
                criteria.size(),
                start.toString(),
                end.toString()));
        return repository.engagement(id, false).orElseThrow();
    }

    private List<MeasureSummary> criteria(EngagementDraft draft, Set<Long> unitIds, List<Problem> problems) {
        Map<String, MeasureSummary> out = new LinkedHashMap<>();
        if (draft.criteria() == CriteriaSource.SOA) {
            for (long u : unitIds) {
                soa.applicableTo(u).forEach(m -> out.putIfAbsent(m.id(), m));
            }
        } else {
            for (String id : draft.measureIds().split("[\\s,、，]+")) {
                if (id.isBlank()) {
                    continue;
                }
                Optional<MeasureSummary> m = catalogue.measure(id.strip());
                if (m.isEmpty()) {
                    problems.add(Problem.of("measureIds", "aud.error.unknownMeasure", id.strip()));
                } else {
                    out.putIfAbsent(m.get().id(), m.get());
                }
            }
        }
        if (out.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("measureIds"))) {
            problems.add(Problem.of("measureIds", "aud.error.noCriteria"));
        }
        if (out.size() > CRITERIA_MAX) {
            problems.add(Problem.of("measureIds", "aud.error.tooManyCriteria", CRITERIA_MAX));
        }
        return List.copyOf(out.values());
    }

    /** Fieldwork begins (the 監査統括責任者 or the lead); the team's independence is checked again today. */
    @Transactional
    public void start(long id) {
        Engagement e = locked(id);
        if (!(mayDirect() || isLead(id))) {
            throw new NotAllowedException("aud.error.leadOnly");
        }
        requireState(e, EngagementState.PLANNING);
        List<Long> units = repository.units(id).stream().map(ScopeUnit::unitId).toList();
        List<Long> systemIds = repository.systems(id);
        List<Problem> problems = new ArrayList<>();
        for (TeamMember m : repository.team(id)) {
            independence.problem(m.personId(), units, systemIds, today()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        repository.engagementState(id, EngagementState.FIELDWORK, "started", actor, OffsetDateTime.now(clock));
        events.publishEvent(new AuditEvent.FieldworkStarted(id, actor));
    }

    // fieldwork

    @Transactional
    public int check(long id, List<Check> checks) {
        Engagement e = locked(id);
        requireTeam(id);
        requireState(e, EngagementState.FIELDWORK);
        Map<Long, ChecklistItem> items = new LinkedHashMap<>();
        repository.checklist(id).forEach(i -> items.put(i.id(), i));
        List<Problem> problems = new ArrayList<>();
        for (Check c : checks) {
            ChecklistItem item = items.get(c.itemId());
            if (item == null) {
                problems.add(Problem.of("checklist", "aud.error.unknownItem", c.itemId()));
            } else if (c.note().strip().length() > 2000) {
                problems.add(Problem.of("checklist", "aud.error.noteTooLong", item.measureId(), 2000));
            } else if (c.result() == CheckResult.DEVIATES && c.note().isBlank()) {
                problems.add(Problem.of("checklist", "aud.error.deviationNote", item.measureId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (Check c : checks) {
            ChecklistItem item = items.get(c.itemId());
            String note = c.note().strip();
            if (item.result() != c.result() || !item.note().equals(note)) {
                repository.check(c.itemId(), c.result(), note, actor, now);
                changed++;
            }
        }
        if (changed > 0) {
            events.publishEvent(new AuditEvent.ChecklistRecorded(id, actor, changed));
        }
        return changed;
    }

    /** Adds a working paper (監査調書) or interview note, optionally about a criterion measure. */
    @Transactional
    public long addPaper(
            long id, String kind, @Nullable String measureId, String title, String interviewee, String text) {
        Engagement e = locked(id);
        requireTeam(id);
        requireState(e, EngagementState.FIELDWORK);
        List<Problem> problems = new ArrayList<>();
        if (!kind.equals("NOTE") && !kind.equals("INTERVIEW")) {
            problems.add(Problem.of("kind", "aud.error.required"));
        }
        text(problems, "paperTitle", title.strip(), 200, true);
        text(problems, "text", text.strip(), 8000, true);
        text(problems, "interviewee", interviewee.strip(), 200, kind.equals("INTERVIEW"));
        String measure = measureId == null || measureId.isBlank() ? null : measureId.strip();
        if (measure != null
                && repository.checklist(id).stream()
                        .noneMatch(i -> i.measureId().equals(measure))) {
            problems.add(Problem.of("measureId", "aud.error.notACriterion", measure));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long paper = repository.insertPaper(
                id, kind, measure, title.strip(), interviewee.strip(), text.strip(), actor, OffsetDateTime.now(clock));
        events.publishEvent(new AuditEvent.PaperAdded(id, actor, paper, kind, title.strip()));
        return paper;
    }

    /**
     * Attaches an evidence file to a working paper. The upload is hostile until proven otherwise: the
     * size is limited before and while reading, the type is recognised from the content (the same
     * kinds as the SoA's evidence), the SHA-256 is taken while reading, the same content twice is refused.
     */
    @Transactional
    public WorkingPaper.PaperFile addFile(long id, long paperId, String fileName, long declaredSize, InputStream in)
            throws IOException {
        Engagement e = locked(id);
        requireTeam(id);
        requireState(e, EngagementState.FIELDWORK);
        if (repository.papers(id).stream().noneMatch(p -> p.id() == paperId)) {
            throw new NotFoundException("audit-paper", paperId);
        }
        EvidenceUpload upload = EvidenceUpload.read(fileName, declaredSize, in, maxFile);
        String name = upload.fileName();
        String hash = upload.sha256();
        byte[] content = upload.content();
        if (repository.hasFile(paperId, hash)) {
            throw InvalidInputException.of("file", "aud.error.fileDuplicate", name);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        long fileId = repository.insertFile(paperId, name, upload.contentType(), hash, content, actor, now);
        events.publishEvent(new AuditEvent.EvidenceAdded(
                id, actor, paperId, name, hash, content.length, upload.type().name()));
        return new WorkingPaper.PaperFile(fileId, name, upload.contentType(), hash, content.length, actor, now);
    }

    @Transactional
    public long addFinding(long id, FindingDraft draft) {
        Engagement e = locked(id);
        requireTeam(id);
        requireState(e, EngagementState.FIELDWORK);
        List<Problem> problems = new ArrayList<>();
        if (repository.units(id).stream().noneMatch(u -> u.unitId() == draft.unitId())) {
            problems.add(Problem.of("unitId", "aud.error.unitNotInScope"));
        }
        if (repository.checklist(id).stream().noneMatch(i -> i.measureId().equals(draft.measureId()))) {
            problems.add(Problem.of("measureId", "aud.error.notACriterion", draft.measureId()));
        }
        if (!settings.severities().contains(draft.severity())) {
            problems.add(Problem.of("severity", "aud.error.unknownSeverity", String.join("・", settings.severities())));
        }
        text(problems, "found", draft.found().strip(), TEXT_MAX, true);
        text(problems, "cause", draft.cause().strip(), TEXT_MAX, true);
        text(problems, "recommendation", draft.recommendation().strip(), TEXT_MAX, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        var text = new FindingEdit(
                draft.measureId(),
                draft.found().strip(),
                draft.cause().strip(),
                draft.severity(),
                draft.recommendation().strip());
        long finding = repository.insertFinding(id, draft.unitId(), text, actor, OffsetDateTime.now(clock));
        events.publishEvent(new AuditEvent.FindingRecorded(
                finding, actor, id, draft.unitId(), draft.measureId(), draft.severity()));
        return finding;
    }

    /** May edit the finding: a team member, before the final report, while it is not withdrawn. */
    public boolean mayEditFinding(Engagement e, Finding f) {
        return !f.withdrawn()
                && (e.state() == EngagementState.FIELDWORK || e.state() == EngagementState.DRAFT_ISSUED)
                && onTeam(e.id());
    }

    /** May withdraw the finding: the lead or the 監査統括責任者, once, at any stage after it was recorded. */
    public boolean mayWithdrawFinding(Engagement e, Finding f) {
        return !f.withdrawn() && (isLead(e.id()) || mayDirect());
    }

    /**
     * Edits a finding before the final report (a team member): the measure (a criterion), severity,
     * what was found, cause and 改善提言. The finding as it read before is kept in its history.
     */
    @Transactional
    public void editFinding(long id, long findingId, FindingEdit edit) {
        Engagement e = locked(id);
        Finding f = repository
                .lockedFinding(findingId)
                .filter(x -> x.engagementId() == id)
                .orElseThrow(() -> new NotFoundException("audit-finding", findingId));
        if (!onTeam(id)) {
            throw new NotAllowedException("aud.error.teamOnly");
        }
        if (f.withdrawn()) {
            throw InvalidInputException.of("state", "aud.error.findingWithdrawn");
        }
        if (e.state() != EngagementState.FIELDWORK && e.state() != EngagementState.DRAFT_ISSUED) {
            throw InvalidInputException.of("state", "aud.error.findingFinal");
        }
        List<Problem> problems = new ArrayList<>();
        String measure = edit.measureId().strip();
        if (repository.checklist(id).stream().noneMatch(i -> i.measureId().equals(measure))) {
            problems.add(Problem.of("measureId", "aud.error.notACriterion", measure));
        }
        if (!settings.severities().contains(edit.severity())) {
            problems.add(Problem.of("severity", "aud.error.unknownSeverity", String.join("・", settings.severities())));
        }
        String found = edit.found().strip();
        String cause = edit.cause().strip();
        String recommendation = edit.recommendation().strip();
        text(problems, "found", found, TEXT_MAX, true);
        text(problems, "cause", cause, TEXT_MAX, true);
        text(problems, "recommendation", recommendation, TEXT_MAX, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> changes = new LinkedHashMap<>();
        if (!f.measureId().equals(measure)) {
            changes.put("measureId", f.measureId() + " → " + measure);
        }
        if (!f.severity().equals(edit.severity())) {
            changes.put("severity", f.severity() + " → " + edit.severity());
        }
        if (!f.found().equals(found)) {
            changes.put("found", "変更");
        }
        if (!f.cause().equals(cause)) {
            changes.put("cause", "変更");
        }
        if (!f.recommendation().equals(recommendation)) {
            changes.put("recommendation", "変更");
        }
        if (changes.isEmpty()) {
            return;
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insertFindingChange(findingId, "EDITED", actor, now, "", before(f));
        repository.updateFinding(
                findingId, new FindingEdit(measure, found, cause, edit.severity(), recommendation), actor, now);
        events.publishEvent(new AuditEvent.FindingEdited(findingId, actor, id, changes));
    }

    /**
     * Withdraws a finding (the lead or the 監査統括責任者) with the reason: it stays, marked, out of the
     * report; after the final report its corrective actions still owed end as withdrawn.
     *
     * @return how many corrective actions were withdrawn
     */
    @Transactional
    public int withdrawFinding(long id, long findingId, String reason) {
        Engagement e = locked(id);
        Finding f = repository
                .lockedFinding(findingId)
                .filter(x -> x.engagementId() == id)
                .orElseThrow(() -> new NotFoundException("audit-finding", findingId));
        if (!(isLead(id) || mayDirect())) {
            throw new NotAllowedException("aud.error.leadOnly");
        }
        if (f.withdrawn()) {
            throw InvalidInputException.of("state", "aud.error.findingWithdrawn");
        }
        String text = reason.strip();
        List<Problem> problems = new ArrayList<>();
        text(problems, "reason", text, 2000, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insertFindingChange(findingId, "WITHDRAWN", actor, now, text, before(f));
        repository.withdrawFinding(findingId, text, actor, now);
        int ended = e.state() == EngagementState.FINAL ? actions.withdrawForFinding(findingId, text) : 0;
        events.publishEvent(new AuditEvent.FindingWithdrawn(findingId, actor, id, text, ended));
        return ended;
    }

    /** The finding as it reads, for its history. */
    private static String before(Finding f) {
        return "対策：" + f.measureId() + "\n重要度：" + f.severity() + "\n指摘内容：" + f.found() + "\n原因：" + f.cause() + "\n改善提言："
                + f.recommendation();
    }

    /** The history of the engagement's scope and team (readers of the engagement). */
    @Transactional(readOnly = true)
    public List<EngagementChange> changes(long id) {
        engagement(id);
        return repository.engagementChanges(id);
    }

    /**
     * May change scope and team: the 監査統括責任者 (for a 特命監査 also a CISO-level role), until the
     * draft report is issued.
     */
    public boolean mayChange(Engagement e) {
        return (e.state() == EngagementState.PLANNING || e.state() == EngagementState.FIELDWORK)
                && (e.special() ? mayOrderSpecial() : mayDirect());
    }

    /** The units of a scope, at least one and each known. */
    private Set<Long> scopeUnits(List<Long> ids, List<Problem> problems) {
        Set<Long> unitIds = new LinkedHashSet<>(ids);
        if (unitIds.isEmpty()) {
            problems.add(Problem.of("unitIds", "aud.error.noUnits"));
        }
        for (long u : unitIds) {
            if (directory.unit(u).isEmpty()) {
                problems.add(Problem.of("unitIds", "aud.error.unknownUnit", u));
            }
        }
        return unitIds;
    }

    /** The systems of a scope, each known. */
    private Set<Long> scopeSystems(List<Long> ids, List<Problem> problems) {
        Set<Long> systemIds = new LinkedHashSet<>(ids);
        for (long s : systemIds) {
            if (systems.system(s).isEmpty()) {
                problems.add(Problem.of("systemIds", "aud.error.unknownSystem", s));
            }
        }
        return systemIds;
    }

    /**
     * The audit team for a scope: not empty, the lead one of its members, each member holding an audit
     * role today and independent of every unit and system of the scope.
     */
    private Set<Long> team(
            List<Long> members, @Nullable Long lead, Set<Long> unitIds, Set<Long> systemIds, List<Problem> problems) {
        Set<Long> team = new LinkedHashSet<>(members);
        if (team.isEmpty()) {
            problems.add(Problem.of("team", "aud.error.noTeam"));
        } else if (lead == null || !team.contains(lead)) {
            problems.add(Problem.of("lead", "aud.error.leadInTeam"));
        }
        LocalDate day = today();
        for (long person : team) {
            List<RoleGrant> grants = directory.grantsOn(person, day);
            if (grants.stream().noneMatch(g -> g.role() == Role.AUDITOR || g.role() == Role.AUDIT_DIRECTOR)) {
                problems.add(Problem.of("team", "aud.error.notAuditor", name(person)));
                continue;
            }
            independence.problem(person, unitIds, systemIds, day).ifPresent(problems::add);
        }
        return team;
    }

    /**
     * Changes the scope (units, systems, contractors) and the team of an engagement already written,
     * with the reason. Every member of the new team must hold an audit role and be independent of every
     * unit and system of the new scope — checked again as at creation, each refusal with its reason; a
     * unit with findings stays in scope. The checklist stays as written.
     */
    @Transactional
    public void change(long id, ScopeChange change) {
        Engagement e = locked(id);
        if (!(e.special() ? mayOrderSpecial() : mayDirect())) {
            throw new NotAllowedException("aud.error.mayNotDirect");
        }
        if (e.state() != EngagementState.PLANNING && e.state() != EngagementState.FIELDWORK) {
            throw InvalidInputException.of(
                    "state",
                    "aud.error.engagementState",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            e.state().messageKey()));
        }
        List<Problem> problems = new ArrayList<>();
        String reason = change.reason().strip();
        text(problems, "reason", reason, 2000, true);
        Set<Long> unitIds = scopeUnits(change.unitIds(), problems);
        List<ScopeUnit> before = repository.units(id);
        List<Finding> findings = repository.findingsOf(id);
        for (ScopeUnit u : before) {
            if (!unitIds.contains(u.unitId())
                    && findings.stream().anyMatch(f -> f.unitId() == u.unitId() && !f.withdrawn())) {
                problems.add(Problem.of("unitIds", "aud.error.unitHasFindings", u.name()));
            }
        }
        Set<Long> systemIds = scopeSystems(change.systemIds(), problems);
        List<Long> contractorIds = contractors.check(change.contractorIds(), problems);
        Set<Long> team = team(change.team(), change.lead(), unitIds, systemIds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> unitsBefore = before.stream().map(ScopeUnit::unitId).toList();
        List<Long> systemsBefore = repository.systems(id);
        List<Long> contractorsBefore = contractors.of(id);
        List<TeamMember> teamBefore = repository.team(id);
        Long leadBefore = teamBefore.stream()
                .filter(TeamMember::lead)
                .map(TeamMember::personId)
                .findFirst()
                .orElse(null);
        Map<String, String> changes = new LinkedHashMap<>();
        if (!Set.copyOf(unitsBefore).equals(unitIds)) {
            changes.put("units", names(unitsBefore, this::unitName) + " → " + names(unitIds, this::unitName));
            unitsBefore.stream().filter(u -> !unitIds.contains(u)).forEach(u -> repository.removeUnit(id, u));
            unitIds.stream().filter(u -> !unitsBefore.contains(u)).forEach(u -> repository.addUnit(id, u));
        }
        if (!Set.copyOf(systemsBefore).equals(systemIds)) {
            changes.put("systems", names(systemsBefore, this::systemName) + " → " + names(systemIds, this::systemName));
            systemsBefore.stream().filter(x -> !systemIds.contains(x)).forEach(x -> repository.removeSystem(id, x));
            systemIds.stream().filter(x -> !systemsBefore.contains(x)).forEach(x -> repository.addSystem(id, x));
        }
        if (!Set.copyOf(contractorsBefore).equals(Set.copyOf(contractorIds))) {
            changes.put("contractors", contractors.names(contractorsBefore) + " → " + contractors.names(contractorIds));
            contractors.replace(id, contractorIds);
        }
        Set<Long> teamIds = new LinkedHashSet<>();
        teamBefore.forEach(m -> teamIds.add(m.personId()));
        if (!teamIds.equals(team) || !java.util.Objects.equals(leadBefore, change.lead())) {
            changes.put(
                    "team",
                    names(teamIds, this::name) + "（主任 " + (leadBefore == null ? "-" : name(leadBefore)) + "） → "
                            + names(team, this::name) + "（主任 " + name(change.lead()) + "）");
            repository.removeTeam(id);
            team.forEach(p -> repository.addMember(id, p, p == change.lead().longValue()));
        }
        if (changes.isEmpty()) {
            throw InvalidInputException.of("unitIds", "aud.error.nothingChanged");
        }
        String actor = Access.currentLogin();
        repository.insertEngagementChange(
                id,
                actor,
                OffsetDateTime.now(clock),
                reason,
                changes.entrySet().stream()
                        .map(x -> x.getKey() + ": " + x.getValue())
                        .collect(java.util.stream.Collectors.joining("\n")));
        events.publishEvent(new AuditEvent.EngagementChanged(id, actor, reason, changes));
    }

    private static String names(java.util.Collection<Long> ids, java.util.function.LongFunction<String> name) {
        return ids.isEmpty()
                ? "なし"
                : ids.stream().map(i -> name.apply(i)).collect(java.util.stream.Collectors.joining("・"));
    }

    private String unitName(long unit) {
        return directory.unit(unit).map(UnitSummary::name).orElse("#" + unit);
    }

    private String systemName(long system) {
        return systems.system(system).map(SystemRegister.SystemProfile::name).orElse("#" + system);
    }

    // report

    /** The lead sends the draft report to the audited units: every checklist item needs a result first. */
    @Transactional
    public void issueDraft(long id) {
        Engagement e = locked(id);
        requireLead(id);
        requireState(e, EngagementState.FIELDWORK);
        long open = repository.checklist(id).stream()
                .filter(i -> i.result() == null)
                .count();
        if (open > 0) {
            throw InvalidInputException.of("checklist", "aud.error.uncheckedItems", open);
        }
        String actor = Access.currentLogin();
        repository.engagementState(id, EngagementState.DRAFT_ISSUED, "draft", actor, OffsetDateTime.now(clock));
        events.publishEvent(
                new AuditEvent.DraftIssued(id, actor, repository.findingsOf(id).size()));
    }

    /** An audited unit's managers answer the draft report (once). */
    @Transactional
    public void respond(long id, long unitId, String response) {
        Engagement e = locked(id);
        ScopeUnit unit = repository.units(id).stream()
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("audit-unit", unitId));
        if (!access.canManageUnit(unitId)) {
            throw new NotAllowedException("aud.error.mayNotRespond");
        }
        requireState(e, EngagementState.DRAFT_ISSUED);
        if (unit.response() != null) {
            throw InvalidInputException.of("response", "aud.error.alreadyResponded");
        }
        List<Problem> problems = new ArrayList<>();
        text(problems, "response", response.strip(), TEXT_MAX, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        repository.respond(id, unitId, response.strip(), actor, OffsetDateTime.now(clock));
        events.publishEvent(new AuditEvent.UnitResponded(id, actor, unitId));
    }

    /**
     * The lead issues the final report once every audited unit has responded; each finding opens its
     * corrective action, due {@link AuditSettings#actionDays()} days later and verified by the team.
     */
    @Transactional
    public int finalise(long id) {
        Engagement e = locked(id);
        requireLead(id);
        requireState(e, EngagementState.DRAFT_ISSUED);
        long waiting =
                repository.units(id).stream().filter(u -> u.response() == null).count();
        if (waiting > 0) {
            throw InvalidInputException.of("response", "aud.error.responsesMissing", waiting);
        }
        String actor = Access.currentLogin();
        repository.engagementState(id, EngagementState.FINAL, "final", actor, OffsetDateTime.now(clock));
        LocalDate due = today().plusDays(settings.actionDays());
        int opened = 0;
        for (Finding f : repository.findingsOf(id)) {
            if (f.withdrawn()) {
                continue;
            }
            actions.openForFinding(f.id(), f.unitId(), f.measureId(), title(f), due, false);
            opened++;
        }
        events.publishEvent(new AuditEvent.ReportFinalised(id, actor, opened));
        return opened;
    }

    static String title(Finding f) {
        String found = f.found().length() > 120 ? f.found().substring(0, 120) + "…" : f.found();
        return "監査指摘 " + f.number() + "（" + f.severity() + "） " + f.measureId() + "：" + found;
    }

    // helpers

    private Engagement locked(long id) {
        Engagement e = repository.engagement(id, true).orElseThrow(() -> new NotFoundException("audit", id));
        if (!mayRead(e)) {
            throw new NotAllowedException("aud.error.mayNotReadAudit");
        }
        return e;
    }

    private void requireTeam(long id) {
        if (!onTeam(id)) {
            throw new NotAllowedException("aud.error.teamOnly");
        }
    }

    private void requireLead(long id) {
        if (!isLead(id)) {
            throw new NotAllowedException("aud.error.leadOnly");
        }
    }

    private static void requireState(Engagement e, EngagementState state) {
        if (e.state() != state) {
            throw InvalidInputException.of(
                    "state",
                    "aud.error.engagementState",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            e.state().messageKey()));
        }
    }

    private String name(long person) {
        return directory.person(person).map(p -> p.name()).orElse("#" + person);
    }

    private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (required && value.isEmpty()) {
            problems.add(Problem.of(field, "aud.error.required"));
        } else if (value.length() > max) {
            problems.add(Problem.of(field, "aud.error.tooLong", max));
        }
    }
}
