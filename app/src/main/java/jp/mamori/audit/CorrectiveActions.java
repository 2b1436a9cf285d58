package jp.mamori.audit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.audit.AuditEvent.ActionDone;
import jp.mamori.audit.AuditEvent.ActionNoted;
import jp.mamori.audit.AuditEvent.ActionPlanned;
import jp.mamori.audit.AuditEvent.ActionReturned;
import jp.mamori.audit.AuditEvent.ActionVerified;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Corrective actions (改善措置): the unit's managers write the plan and due date, add progress notes
 * and report the fix done; a verifier — a body-wide manager or an auditor, never the person who
 * reported it done — closes it or returns it with a reason. Overdue actions are highlighted and
 * reminded ({@link CorrectiveActionReminder}).
 */
@Service
public class CorrectiveActions {
    static final int PLAN_MAX = 4000;
    static final int NOTE_MAX = 2000;

    private final InspectionRepository repository;
    private final Directory directory;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Independence independence;
    private final EvidenceStore evidence;
    private final DataSize maxFile;

    CorrectiveActions(
            InspectionRepository repository,
            Directory directory,
            Access access,
            ApplicationEventPublisher events,
            Clock clock,
            Independence independence,
            EvidenceStore evidence,
            @Value("${mamori.audit.evidence-max-size:20MB}") DataSize maxFile) {
        this.independence = independence;
        this.evidence = evidence;
        this.maxFile = maxFile;
        this.repository = repository;
        this.directory = directory;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Which actions a list shows. */
    public record Filter(@Nullable ActionState state, boolean overdueOnly) {}

    public boolean mayList() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    public boolean mayRead(CorrectiveAction action) {
        return access.canReadAll() || access.canManageUnit(action.unitId());
    }

    /** May write the plan, notes and report it done: the unit's managers. */
    public boolean mayWork(CorrectiveAction action) {
        return action.state().pending() && access.canManageUnit(action.unitId());
    }

    /**
     * May verify (close) or return, never the person who reported it done: for a self-inspection
     * action a body-wide manager or an auditor; for an audit finding's action (and its 横展開) an
     * auditor of that engagement's team who is independent of the action's unit.
     */
    public boolean mayVerify(CorrectiveAction action) {
        return action.state() == ActionState.DONE && verifierProblem(action).isEmpty();
    }

    private java.util.Optional<String> verifierProblem(CorrectiveAction action) {
        if (Access.currentLogin().equals(action.doneBy())) {
            return java.util.Optional.of("aud.error.verifyOwn");
        }
        if (action.engagementId() == null) {
            return access.isBodyWideManager() || access.hasRole(Role.AUDITOR.name())
                    ? java.util.Optional.empty()
                    : java.util.Optional.of("aud.error.mayNotVerify");
        }
        Long person = Access.current().map(u -> u.personId()).orElse(null);
        if (person == null || !repository.onTeam(action.engagementId(), person)) {
            return java.util.Optional.of("aud.error.verifyTeamOnly");
        }
        if (independence
                .problem(person, List.of(action.unitId()), List.of(), today())
                .isPresent()) {
            return java.util.Optional.of("aud.error.verifyNotIndependent");
        }
        return java.util.Optional.empty();
    }

    /**
     * Opens the corrective action of an audit finding for a unit: the finding's own unit, or another
     * unit by 横展開 ({@code rollout}). Called by the engagement services once they checked who may.
     */
    @Transactional
    public long openForFinding(
            long findingId, long unitId, String measureId, String title, LocalDate due, boolean rollout) {
        long id = repository.insertFindingAction(
                unitId, findingId, measureId, title, due, rollout, OffsetDateTime.now(clock));
        events.publishEvent(new AuditEvent.ActionOpened(
                id, Access.currentLogin(), unitId, rollout ? "rollout" : "finding", measureId, due.toString()));
        return id;
    }

    /**
     * Ends the finding's actions still owed (its own and the 横展開) as withdrawn, the reason kept as a
     * progress note. Called by the engagement services once they checked who may withdraw the finding.
     *
     * @return how many actions were withdrawn
     */
    @Transactional
    public int withdrawForFinding(long findingId, String reason) {
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int withdrawn = 0;
        for (CorrectiveAction a : repository.actionsOfFinding(findingId)) {
            CorrectiveAction action = repository.action(a.id(), true).orElseThrow();
            if (!action.state().pending()) {
                continue;
            }
            repository.insertNote(action.id(), actor, now, "指摘の取下げ：" + reason);
            repository.actionState(action.id(), ActionState.WITHDRAWN, action.doneBy(), action.doneAt(), actor, now);
            events.publishEvent(new AuditEvent.ActionWithdrawn(action.id(), actor, findingId, reason));
            withdrawn++;
        }
        return withdrawn;
    }

    /** The actions of a finding: its own and those of the 横展開, by id (no check: callers read the finding). */
    @Transactional(readOnly = true)
    public List<CorrectiveAction> ofFinding(long findingId) {
        return repository.actionsOfFinding(findingId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Page<CorrectiveAction> list(Filter filter, int page, int size) {
        if (!mayList()) {
            throw new NotAllowedException("aud.error.mayNotRead");
        }
        int[] b = Page.bounds(page, size);
        List<Long> units = access.canReadAll()
                ? null
                : directory.units().stream()
                        .map(UnitSummary::id)
                        .filter(access::canManageUnit)
                        .toList();
        LocalDate today = today();
        return new Page<>(
                repository.actions(units, filter.state(), filter.overdueOnly(), today, b[0] * b[1], b[1]),
                b[0],
                b[1],
                repository.countActions(units, filter.state(), filter.overdueOnly(), today));
    }

    @Transactional(readOnly = true)
    public CorrectiveAction action(long id) {
        CorrectiveAction action =
                repository.action(id, false).orElseThrow(() -> new NotFoundException("corrective-action", id));
        if (!mayRead(action)) {
            throw new NotAllowedException("aud.error.mayNotRead");
        }
        return action;
    }

    @Transactional(readOnly = true)
    public List<ActionNote> notes(long id) {
        action(id);
        return repository.notes(id);
    }

    /** Writes the plan and due date (the due date may move, never into the past). */
    @Transactional
    public void plan(long id, String plan, @Nullable LocalDate due) {
        CorrectiveAction action = locked(id);
        if (!mayWork(action)) {
            throw new NotAllowedException("aud.error.mayNotWork");
        }
        if (action.state() != ActionState.OPEN) {
            throw InvalidInputException.of("state", "aud.error.actionNotOpen");
        }
        String text = plan.strip();
        List<Problem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(Problem.of("plan", "aud.error.required"));
        } else if (text.length() > PLAN_MAX) {
            problems.add(Problem.of("plan", "aud.error.tooLong", PLAN_MAX));
        }
        if (due == null) {
            problems.add(Problem.of("dueDate", "aud.error.required"));
        } else if (due.isBefore(today()) && !due.equals(action.dueDate())) {
            problems.add(Problem.of("dueDate", "aud.error.dueInPast"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> changes = new LinkedHashMap<>();
        if (!action.plan().equals(text)) {
            changes.put("plan", action.plan().isEmpty() ? "(なし) → 記入" : "変更");
        }
        if (!action.dueDate().equals(due)) {
            changes.put("dueDate", action.dueDate() + " → " + due);
        }
        if (changes.isEmpty()) {
            return;
        }
        repository.plan(id, text, due);
        events.publishEvent(new ActionPlanned(id, Access.currentLogin(), changes));
    }

    @Transactional
    public void note(long id, String text) {
        CorrectiveAction action = locked(id);
        if (!mayWork(action)) {
            throw new NotAllowedException("aud.error.mayNotWork");
        }
        String note = text.strip();
        if (note.isEmpty()) {
            throw InvalidInputException.of("note", "aud.error.required");
        }
        if (note.length() > NOTE_MAX) {
            throw InvalidInputException.of("note", "aud.error.tooLong", NOTE_MAX);
        }
        long noteId = repository.insertNote(id, Access.currentLogin(), OffsetDateTime.now(clock), note);
        events.publishEvent(new ActionNoted(id, Access.currentLogin(), noteId));
    }

    /** Where an action's evidence file belongs: the unit's evidence of the fix, or the verifier's. */
    public enum EvidenceStage {
        PROGRESS,
        VERIFICATION;

        public String messageKey() {
            return "aud.action.evidence." + name();
        }
    }

    /** The action's evidence files, oldest first. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> files(long id) {
        action(id);
        return evidence.list(EvidenceStore.Owner.ACTION, List.of(id));
    }

    /**
     * Attaches an evidence file: of the fix ({@code PROGRESS}) by the unit's managers while the action
     * is not closed, or of the verification ({@code VERIFICATION}) by a verifier while it awaits one.
     * The upload is read as hostile ({@link EvidenceUpload}); the same content twice is refused.
     */
    @Transactional
    public EvidenceFile addFile(long id, EvidenceStage stage, String fileName, long declaredSize, InputStream in)
            throws IOException {
        CorrectiveAction action = locked(id);
        if (stage == EvidenceStage.PROGRESS) {
            if (!mayWork(action)) {
                throw new NotAllowedException("aud.error.mayNotWork");
            }
        } else {
            requireVerifier(action);
        }
        EvidenceUpload upload = EvidenceUpload.read(fileName, declaredSize, in, maxFile);
        if (evidence.has(EvidenceStore.Owner.ACTION, id, upload.sha256())) {
            throw InvalidInputException.of("file", "aud.error.fileDuplicate", upload.fileName());
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        long fileId = evidence.insert(EvidenceStore.Owner.ACTION, id, stage.name(), upload, actor, now);
        events.publishEvent(new AuditEvent.ActionEvidenceAdded(
                id,
                actor,
                stage.name(),
                upload.fileName(),
                upload.sha256(),
                upload.content().length,
                upload.type().name()));
        return new EvidenceFile(
                fileId,
                id,
                stage.name(),
                upload.fileName(),
                upload.contentType(),
                upload.sha256(),
                upload.content().length,
                actor,
                now);
    }

    /** An evidence file of the action for its readers, after checking its SHA-256 again. */
    @Transactional(readOnly = true)
    public Map.Entry<EvidenceFile, byte[]> file(long id, long fileId) {
        action(id);
        return SelfInspections.checked(evidence.content(EvidenceStore.Owner.ACTION, List.of(id), fileId)
                .orElseThrow(() -> new NotFoundException("corrective-action-evidence", fileId)));
    }

    /** The unit reports the fix in place: it needs a plan and at least one progress note. */
    @Transactional
    public void done(long id) {
        CorrectiveAction action = locked(id);
        if (!mayWork(action)) {
            throw new NotAllowedException("aud.error.mayNotWork");
        }
        if (action.state() != ActionState.OPEN) {
            throw InvalidInputException.of("state", "aud.error.actionNotOpen");
        }
        if (action.plan().isEmpty()) {
            throw InvalidInputException.of("plan", "aud.error.planFirst");
        }
        if (repository.notes(id).isEmpty()) {
            throw InvalidInputException.of("note", "aud.error.noteFirst");
        }
        String actor = Access.currentLogin();
        repository.actionState(id, ActionState.DONE, actor, OffsetDateTime.now(clock), null, null);
        events.publishEvent(new ActionDone(id, actor));
    }

    @Transactional
    public void verify(long id) {
        CorrectiveAction action = locked(id);
        requireVerifier(action);
        String actor = Access.currentLogin();
        repository.actionState(
                id, ActionState.CLOSED, action.doneBy(), action.doneAt(), actor, OffsetDateTime.now(clock));
        events.publishEvent(new ActionVerified(id, actor, action.doneBy() == null ? "" : action.doneBy()));
    }

    /** Sends the action back to the unit with the reason, kept as a progress note. */
    @Transactional
    public void sendBack(long id, String reason) {
        CorrectiveAction action = locked(id);
        requireVerifier(action);
        String text = reason.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("reason", "aud.error.required");
        }
        if (text.length() > NOTE_MAX) {
            throw InvalidInputException.of("reason", "aud.error.tooLong", NOTE_MAX);
        }
        String actor = Access.currentLogin();
        repository.insertNote(id, actor, OffsetDateTime.now(clock), text);
        repository.actionState(id, ActionState.OPEN, null, null, null, null);
        events.publishEvent(new ActionReturned(id, actor, text));
    }

    private void requireVerifier(CorrectiveAction action) {
        if (action.state() != ActionState.DONE) {
            throw InvalidInputException.of("state", "aud.error.actionNotDone");
        }
        verifierProblem(action).ifPresent(key -> {
            throw new NotAllowedException(key);
        });
    }

    private CorrectiveAction locked(long id) {
        CorrectiveAction action =
                repository.action(id, true).orElseThrow(() -> new NotFoundException("corrective-action", id));
        if (!mayRead(action)) {
            throw new NotAllowedException("aud.error.mayNotRead");
        }
        return action;
    }

    /** Open actions past their due date on the day (for the reminder). */
    List<CorrectiveAction> overdue(LocalDate day) {
        return repository.actions(null, ActionState.OPEN, true, day, 0, Integer.MAX_VALUE);
    }
}
