package jp.mamori.audit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.mamori.audit.AuditEvent.ActionOpened;
import jp.mamori.audit.AuditEvent.AnswersRecorded;
import jp.mamori.audit.AuditEvent.InspectionClosed;
import jp.mamori.audit.AuditEvent.InspectionCreated;
import jp.mamori.audit.AuditEvent.InspectionOpened;
import jp.mamori.audit.AuditEvent.UnitSubmitted;
import jp.mamori.control.ImplementationStatus;
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
import jp.mamori.shared.UploadedBytes;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Self-inspection campaigns (自己点検). Body-wide managers (CISO level) prepare a campaign — title,
 * due date, units, the body's own questions — and open it: each unit then gets one question per
 * measure of the catalogue in force that applies to it, plus the body's questions. The unit's
 * managers (情報セキュリティ責任者・管理者) answer and submit; submitting needs every question answered
 * and opens a corrective action for each 未実施 answer, due {@value #ACTION_DAYS} days after
 * submission. Body-wide readers (auditors too) see every unit; a manager sees their units.
 */
@Service
public class SelfInspections {
    /** Days a corrective action opened by a 未実施 answer has before it is due; the unit may replan. */
    static final int ACTION_DAYS = 90;

    static final int TITLE_MAX = 200;
    static final int COMMENT_MAX = 2000;
    static final int QUESTION_MAX = 1000;
    static final int OWN_QUESTIONS_MAX = 50;

    private final InspectionRepository repository;
    private final StatementOfApplicability soa;
    private final Directory directory;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EvidenceStore evidence;
    private final DataSize maxFile;

    SelfInspections(
            InspectionRepository repository,
            StatementOfApplicability soa,
            Directory directory,
            Access access,
            ApplicationEventPublisher events,
            Clock clock,
            EvidenceStore evidence,
            @Value("${mamori.audit.evidence-max-size:20MB}") DataSize maxFile) {
        this.evidence = evidence;
        this.maxFile = maxFile;
        this.repository = repository;
        this.soa = soa;
        this.directory = directory;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** What a new campaign needs. */
    public record Draft(String title, @Nullable LocalDate dueDate, List<Long> unitIds, String ownQuestions) {
        public Draft {
            unitIds = List.copyOf(unitIds);
        }
    }

    /** One answer given on the page or read from the unit's file. */
    public record Answer(long questionId, @Nullable ImplementationStatus result, String comment) {}

    /** May prepare, open and close campaigns. */
    public boolean mayManage() {
        return access.isBodyWideManager();
    }

    /** May see the list of campaigns: body-wide readers and unit managers. */
    public boolean mayList() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    /** May read a unit's answers. */
    public boolean mayRead(long unitId) {
        return access.canReadAll() || access.canManageUnit(unitId);
    }

    /** May answer for the unit (an auditor reads only). */
    public boolean mayAnswer(long unitId) {
        return access.canManageUnit(unitId);
    }

    @Transactional
    public long create(Draft draft) {
        requireManager();
        List<Problem> problems = new ArrayList<>();
        String title = draft.title().strip();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "aud.error.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "aud.error.tooLong", TITLE_MAX));
        }
        LocalDate today = LocalDate.now(clock);
        if (draft.dueDate() == null) {
            problems.add(Problem.of("dueDate", "aud.error.required"));
        } else if (draft.dueDate().isBefore(today)) {
            problems.add(Problem.of("dueDate", "aud.error.dueInPast"));
        }
        Set<Long> units = new LinkedHashSet<>(draft.unitIds());
        if (units.isEmpty()) {
            problems.add(Problem.of("unitIds", "aud.error.noUnits"));
        }
        for (long unit : units) {
            if (directory.unit(unit).isEmpty()) {
                problems.add(Problem.of("unitIds", "aud.error.unknownUnit", unit));
            }
        }
        List<String> own = ownQuestions(draft.ownQuestions());
        if (own.size() > OWN_QUESTIONS_MAX) {
            problems.add(Problem.of("ownQuestions", "aud.error.tooManyQuestions", OWN_QUESTIONS_MAX));
        }
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).length() > QUESTION_MAX) {
                problems.add(Problem.of("ownQuestions", "aud.error.questionTooLong", i + 1, QUESTION_MAX));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = Access.currentLogin();
        long id = repository.insertInspection(
                title, Wareki.fiscalYearOf(today), draft.dueDate(), String.join("\n", own), actor, now);
        units.forEach(u -> repository.addUnit(id, u));
        events.publishEvent(new InspectionCreated(
                id, actor, title, Wareki.fiscalYearOf(today), draft.dueDate().toString(), units.size(), own.size()));
        return id;
    }

    static List<String> ownQuestions(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Opens a prepared campaign: generates each unit's questions from its statement of applicability. */
    @Transactional
    public void open(long id) {
        requireManager();
        SelfInspection inspection = lockedInspection(id);
        if (inspection.state() != InspectionState.DRAFT) {
            throw InvalidInputException.of("state", "aud.error.notDraft");
        }
        List<String> own = ownQuestions(inspection.extraQuestions());
        int questions = 0;
        List<Long> units = repository.unitIds(id);
        for (long unit : units) {
            int position = 0;
            for (MeasureSummary m : soa.applicableTo(unit)) {
                repository.insertQuestion(id, unit, ++position, m.id(), m.chapter(), m.title());
            }
            for (String q : own) {
                repository.insertQuestion(id, unit, ++position, null, Question.OWN, q);
            }
            questions += position;
        }
        String actor = Access.currentLogin();
        repository.open(id, actor, OffsetDateTime.now(clock));
        events.publishEvent(new InspectionOpened(id, actor, units.size(), questions));
    }

    /** Closes a campaign: no more answers; units that did not submit stay as they are for the report. */
    @Transactional
    public void close(long id) {
        requireManager();
        SelfInspection inspection = lockedInspection(id);
        if (inspection.state() != InspectionState.OPEN) {
            throw InvalidInputException.of("state", "aud.error.notOpen");
        }
        List<UnitProgress> progress = repository.progress(id);
        String actor = Access.currentLogin();
        repository.close(id, actor, OffsetDateTime.now(clock));
        events.publishEvent(new InspectionClosed(
                id,
                actor,
                (int) progress.stream().filter(UnitProgress::submitted).count(),
                progress.size()));
    }

    @Transactional(readOnly = true)
    public SelfInspection inspection(long id) {
        if (!mayList()) {
            throw new NotAllowedException("aud.error.mayNotRead");
        }
        return repository.inspection(id, false).orElseThrow(() -> new NotFoundException("self-inspection", id));
    }

    /** The campaigns the user may see: all for body-wide readers, those of their units for managers. */
    @Transactional(readOnly = true)
    public Page<SelfInspection> inspections(int page, int size) {
        if (!mayList()) {
            throw new NotAllowedException("aud.error.mayNotRead");
        }
        int[] b = Page.bounds(page, size);
        if (access.canReadAll()) {
            return new Page<>(repository.inspections(b[0] * b[1], b[1]), b[0], b[1], repository.countInspections());
        }
        return Page.slice(repository.inspectionsOf(manageableUnits()), page, size);
    }

    private List<Long> manageableUnits() {
        return directory.units().stream()
                .map(UnitSummary::id)
                .filter(access::canManageUnit)
                .toList();
    }

    /** Each unit's progress, limited to the units the user may read. */
    @Transactional(readOnly = true)
    public List<UnitProgress> progress(long id) {
        inspection(id);
        return repository.progress(id).stream().filter(p -> mayRead(p.unitId())).toList();
    }

    /** Answers by chapter over all units (body-wide readers only: it covers every unit). */
    @Transactional(readOnly = true)
    public List<ChapterResult> chapters(long id) {
        inspection(id);
        if (!access.canReadAll()) {
            return List.of();
        }
        Map<String, Map<ImplementationStatus, Integer>> counts = new TreeMap<>(SelfInspections::chapterOrder);
        Map<String, Integer> unanswered = new TreeMap<>(SelfInspections::chapterOrder);
        for (Object[] row : repository.chapterCounts(id)) {
            String chapter = (String) row[0];
            counts.computeIfAbsent(chapter, c -> new EnumMap<>(ImplementationStatus.class));
            if (row[1] == null) {
                unanswered.merge(chapter, (Integer) row[2], Integer::sum);
            } else {
                counts.get(chapter)
                        .merge(ImplementationStatus.valueOf((String) row[1]), (Integer) row[2], Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ChapterResult(e.getKey(), e.getValue(), unanswered.getOrDefault(e.getKey(), 0)))
                .toList();
    }

    /** Chapters in number order (2 before 10), the body's own questions last. */
    static int chapterOrder(String a, String b) {
        boolean ownA = a.equals(Question.OWN);
        boolean ownB = b.equals(Question.OWN);
        if (ownA || ownB) {
            return Boolean.compare(ownA, ownB);
        }
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    @Transactional(readOnly = true)
    public UnitSummary unit(long id, long unitId) {
        inspection(id);
        if (!mayRead(unitId)) {
            throw new NotAllowedException("aud.error.mayNotRead");
        }
        if (!repository.unitIds(id).contains(unitId)) {
            throw new NotFoundException("self-inspection-unit", unitId);
        }
        return directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    @Transactional(readOnly = true)
    public UnitProgress unitProgress(long id, long unitId) {
        unit(id, unitId);
        return repository.progress(id).stream()
                .filter(p -> p.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("self-inspection-unit", unitId));
    }

    @Transactional(readOnly = true)
    public List<Question> questions(long id, long unitId) {
        unit(id, unitId);
        return repository.questions(id, unitId);
    }

    /**
     * Records a unit's answers (only those that changed count). The campaign must be open and the
     * unit not yet submitted; every answer must belong to the unit; a comment is required for 一部
     * and 未実施 and 該当なし, so the reader learns why.
     *
     * @param source {@code page} or {@code excel}
     * @return how many answers changed
     */
    @Transactional
    public int answer(long id, long unitId, List<Answer> answers, String source) {
        lockAnswerable(id, unitId);
        Map<Long, Question> questions = new java.util.HashMap<>();
        repository.questions(id, unitId).forEach(q -> questions.put(q.id(), q));
        List<Problem> problems = new ArrayList<>();
        for (Answer a : answers) {
            Question q = questions.get(a.questionId());
            if (q == null) {
                problems.add(Problem.of("answers", "aud.error.unknownQuestion", a.questionId()));
                continue;
            }
            String comment = a.comment().strip();
            if (comment.length() > COMMENT_MAX) {
                problems.add(Problem.of("comment-" + q.id(), "aud.error.commentTooLong", q.label(), COMMENT_MAX));
            }
            if (a.result() != null && a.result() != ImplementationStatus.IMPLEMENTED && comment.isEmpty()) {
                problems.add(Problem.of("comment-" + q.id(), "aud.error.commentRequired", q.label()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (Answer a : answers) {
            Question q = questions.get(a.questionId());
            String comment = a.comment().strip();
            if (q.result() != a.result() || !q.comment().equals(comment)) {
                repository.answer(q.id(), a.result(), comment, actor, now);
                changed++;
            }
        }
        if (changed > 0) {
            events.publishEvent(new AnswersRecorded(id, actor, unitId, changed, source));
        }
        return changed;
    }

    /**
     * Locks the unit's row of the campaign for a change of its answers, refusing when the user may
     * not answer for the unit, the campaign is not open or the unit has handed its answers in.
     */
    private void lockAnswerable(long id, long unitId) {
        SelfInspection inspection = inspection(id);
        if (!mayAnswer(unitId)) {
            throw new NotAllowedException("aud.error.mayNotAnswer");
        }
        UnitProgress unit = repository
                .lockUnit(id, unitId)
                .orElseThrow(() -> new NotFoundException("self-inspection-unit", unitId));
        if (!inspection.open()) {
            throw InvalidInputException.of("state", "aud.error.notOpen");
        }
        if (unit.submitted()) {
            throw InvalidInputException.of("state", "aud.error.submitted");
        }
    }

    /**
     * Hands in a unit's answers: every question answered; each 未実施 answer opens a corrective action
     * for the unit. Returns the number of actions opened.
     */
    @Transactional
    public int submit(long id, long unitId) {
        lockAnswerable(id, unitId);
        List<Question> questions = repository.questions(id, unitId);
        long unanswered = questions.stream().filter(q -> !q.answered()).count();
        if (unanswered > 0) {
            throw InvalidInputException.of("answers", "aud.error.unanswered", unanswered);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate due = LocalDate.now(clock).plusDays(ACTION_DAYS);
        int opened = 0;
        for (Question q : questions) {
            if (q.result() == ImplementationStatus.NOT_IMPLEMENTED) {
                long action =
                        repository.insertAction(unitId, q.id(), q.measureId(), q.label() + " " + q.text(), due, now);
                events.publishEvent(new ActionOpened(
                        action,
                        actor,
                        unitId,
                        "self-inspection:" + id,
                        q.measureId() == null ? "" : q.measureId(),
                        due.toString()));
                opened++;
            }
        }
        repository.markSubmitted(id, unitId, actor, now);
        events.publishEvent(new UnitSubmitted(id, actor, unitId, opened));
        return opened;
    }

    /** The evidence files of the unit's answers, by question id. */
    @Transactional(readOnly = true)
    public Map<Long, List<EvidenceFile>> answerFiles(long id, long unitId) {
        List<Long> questions = questions(id, unitId).stream().map(Question::id).toList();
        Map<Long, List<EvidenceFile>> out = new java.util.HashMap<>();
        evidence.list(EvidenceStore.Owner.ANSWER, questions)
                .forEach(f ->
                        out.computeIfAbsent(f.ownerId(), k -> new ArrayList<>()).add(f));
        return out;
    }

    /**
     * Attaches an evidence file to one of the unit's answers, while the unit may still answer (the
     * campaign open, the unit not yet submitted). The upload is read as hostile ({@link EvidenceUpload});
     * the same content twice on an answer is refused.
     */
    @Transactional
    public EvidenceFile addAnswerFile(
            long id, long unitId, long questionId, String fileName, long declaredSize, InputStream in)
            throws IOException {
        lockAnswerable(id, unitId);
        Question question = repository.questions(id, unitId).stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("questionId", "aud.error.unknownQuestion", questionId));
        EvidenceUpload upload = EvidenceUpload.read(fileName, declaredSize, in, maxFile);
        if (evidence.has(EvidenceStore.Owner.ANSWER, question.id(), upload.sha256())) {
            throw InvalidInputException.of("file", "aud.error.fileDuplicate", upload.fileName());
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        long fileId = evidence.insert(EvidenceStore.Owner.ANSWER, question.id(), null, upload, actor, now);
        events.publishEvent(new AuditEvent.AnswerEvidenceAdded(
                id,
                actor,
                unitId,
                question.id(),
                upload.fileName(),
                upload.sha256(),
                upload.content().length,
                upload.type().name()));
        return new EvidenceFile(
                fileId,
                question.id(),
                null,
                upload.fileName(),
                upload.contentType(),
                upload.sha256(),
                upload.content().length,
                actor,
                now);
    }

    /** An answer's evidence file for the unit's readers, after checking its SHA-256 again. */
    @Transactional(readOnly = true)
    public Map.Entry<EvidenceFile, byte[]> answerFile(long id, long unitId, long fileId) {
        List<Long> questions = questions(id, unitId).stream().map(Question::id).toList();
        return checked(evidence.content(EvidenceStore.Owner.ANSWER, questions, fileId)
                .orElseThrow(() -> new NotFoundException("self-inspection-evidence", fileId)));
    }

    static Map.Entry<EvidenceFile, byte[]> checked(Map.Entry<EvidenceFile, byte[]> file) {
        if (!UploadedBytes.matches(file.getValue(), file.getKey().sha256())) {
            throw new IllegalStateException("evidence " + file.getKey().id() + " does not match its SHA-256");
        }
        return file;
    }

    /** The unit's questions and answers as a workbook for answering offline. */
    @Transactional(readOnly = true)
    public byte[] workbook(long id, long unitId) {
        SelfInspection inspection = inspection(id);
        UnitSummary unit = unit(id, unitId);
        return AnswerWorkbook.write(inspection, unit.name(), repository.questions(id, unitId), LocalDate.now(clock));
    }

    /** Reads the unit's workbook back and records its answers: all or nothing, problems by row. */
    @Transactional
    public int importAnswers(long id, long unitId, byte[] xlsx) {
        inspection(id);
        if (!mayAnswer(unitId)) {
            throw new NotAllowedException("aud.error.mayNotAnswer");
        }
        unit(id, unitId);
        Set<Long> ids = new java.util.HashSet<>();
        repository.questions(id, unitId).forEach(q -> ids.add(q.id()));
        return answer(id, unitId, AnswerWorkbook.read(xlsx, ids), "excel");
    }

    private SelfInspection lockedInspection(long id) {
        return repository.inspection(id, true).orElseThrow(() -> new NotFoundException("self-inspection", id));
    }

    private void requireManager() {
        if (!mayManage()) {
            throw new NotAllowedException("aud.error.mayNotManage");
        }
    }

    /** The units a new campaign can name: every unit, in code order. */
    public List<UnitSummary> units() {
        requireManager();
        return directory.units();
    }
}
