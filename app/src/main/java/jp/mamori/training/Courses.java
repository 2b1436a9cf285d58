package jp.mamori.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.mamori.committee.Decision;
import jp.mamori.committee.Decisions;
import jp.mamori.organization.CategorySummary;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import jp.mamori.training.TrainingEvent.CourseChanged;
import jp.mamori.training.TrainingEvent.CourseCreated;
import jp.mamori.training.TrainingEvent.CoursePublished;
import jp.mamori.training.TrainingEvent.MaterialStored;
import jp.mamori.training.TrainingEvent.PlanApproved;
import jp.mamori.training.TrainingEvent.PlanCreated;
import jp.mamori.training.TrainingEvent.TestSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly plans and their courses. Body-wide managers (CISO level) write the plan and its
 * courses; the plan is approved by the CISO, or — when the body sets
 * {@code mamori.training.plan-approval=committee} when the plan is written — by a carried decision of
 * the committee about the plan, which a body-wide manager names ({@link Decisions#recordApproval}):
 * the plan keeps the decision's id and the decision's page lists the plan. A course reaches its
 * audience once published, which needs an approved plan and, for a course taken in the product, its
 * material and a test.
 */
@Service
public class Courses {
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int MARKDOWN_MAX = 100_000;
    static final int PDF_MAX_BYTES = 20 * 1024 * 1024;

    private final TrainingRepository repository;
    private final Audiences audiences;
    private final Directory directory;
    private final Decisions decisions;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String approvalBy;
    private final int defaultNewHireDays;

    Courses(
            TrainingRepository repository,
            Audiences audiences,
            Directory directory,
            Decisions decisions,
            Access access,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.training.plan-approval:ciso}") String approval,
            @Value("${mamori.training.new-hire-days:30}") int defaultNewHireDays) {
        this.repository = repository;
        this.audiences = audiences;
        this.directory = directory;
        this.decisions = decisions;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.approvalBy = "committee".equalsIgnoreCase(approval.strip()) ? "COMMITTEE" : "CISO";
        this.defaultNewHireDays = defaultNewHireDays;
    }

    /** What a course is: the form's values. */
    public record CourseDraft(
            String title,
            @Nullable CourseKind kind,
            String description,
            @Nullable LocalDate dueDate,
            @Nullable Integer newHireDays,
            Audience audience,
            @Nullable Integer passMark) {}

    /** May write plans and courses, schedule sessions and record results. */
    public boolean mayManage() {
        return access.isBodyWideManager();
    }

    /** May read plans, courses and completions: body-wide readers and unit managers (their units). */
    public boolean mayRead() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    /** {@code CISO} or {@code COMMITTEE}: who approves the plans written now (settings). */
    public String approvalBy() {
        return approvalBy;
    }

    /**
     * May approve the plan: the CISO; for a plan the committee approves, a body-wide manager naming
     * the committee's decision.
     */
    public boolean mayApprove(TrainingPlan plan) {
        return plan.byCommittee() ? access.isBodyWideManager() : access.hasRole(Role.CISO.name());
    }

    public int defaultNewHireDays() {
        return defaultNewHireDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int currentYear() {
        return Wareki.fiscalYearOf(today());
    }

    // plans

    @Transactional
    public long createPlan(int year, String title, String summary) {
        requireManager();
        List<Problem> problems = new ArrayList<>();
        String t = title.strip();
        if (t.isEmpty()) {
            problems.add(Problem.of("title", "trn.error.required"));
        } else if (t.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "trn.error.tooLong", TITLE_MAX));
        }
        if (summary.length() > TEXT_MAX) {
            problems.add(Problem.of("summary", "trn.error.tooLong", TEXT_MAX));
        }
        if (year < currentYear() - 1 || year > currentYear() + 1) {
            problems.add(Problem.of("fiscalYear", "trn.error.yearOutOfRange"));
        } else if (repository.planOf(year).isPresent()) {
            problems.add(Problem.of(
                    "fiscalYear", "trn.error.planExists", Wareki.fiscalYear(year, java.util.Locale.JAPANESE)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertPlan(year, t, summary.strip(), approvalBy, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PlanCreated(id, actor, year, t));
        return id;
    }

    /**
     * Approves the plan. A plan of the CISO's route is approved by the CISO ({@code decisionId} is
     * ignored); a plan of the committee's route needs a carried decision about it, named by
     * {@code decisionId} (refused without one, with the committee's reason).
     */
    @Transactional
    public void approvePlan(long planId, @Nullable Long decisionId) {
        TrainingPlan plan =
                repository.plan(planId, true).orElseThrow(() -> new NotFoundException("training-plan", planId));
        if (!mayApprove(plan)) {
            throw new NotAllowedException("trn.error.mayNotApprove");
        }
        if (plan.approved()) {
            throw InvalidInputException.of("state", "trn.error.planApproved");
        }
        @Nullable
        Decision decision =
                plan.byCommittee() ? decisions.recordApproval(decisionId, TrainingPlan.MATTER_KIND, planId) : null;
        String actor = Access.currentLogin();
        repository.approvePlan(
                planId,
                plan.approvalBy(),
                decision == null ? null : decision.id(),
                decision == null ? null : decision.number(),
                actor,
                OffsetDateTime.now(clock));
        events.publishEvent(new PlanApproved(
                planId,
                actor,
                plan.approvalBy(),
                decision == null ? 0 : decision.id(),
                decision == null ? "" : decision.number()));
    }

    /** The carried decisions about the plan that its approval may name (committee route), newest first. */
    @Transactional(readOnly = true)
    public List<Decision> usableDecisions(TrainingPlan plan) {
        requireReader();
        return plan.byCommittee() && !plan.approved()
                ? decisions.carriedAbout(TrainingPlan.MATTER_KIND, plan.id())
                : List.of();
    }

    /** The plans waiting for the committee: of its route, not yet approved (oldest year first). */
    @Transactional(readOnly = true)
    List<TrainingPlan> awaitingCommittee() {
        return repository.plans().stream()
                .filter(p -> p.byCommittee() && !p.approved())
                .sorted(java.util.Comparator.comparingInt(TrainingPlan::fiscalYear))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<TrainingPlan> planOf(int year) {
        requireReader();
        return repository.planOf(year);
    }

    @Transactional(readOnly = true)
    public List<TrainingPlan> plans() {
        requireReader();
        return repository.plans();
    }

    // courses

    @Transactional
    public long createCourse(long planId, CourseDraft draft) {
        requireManager();
        TrainingPlan plan =
                repository.plan(planId, false).orElseThrow(() -> new NotFoundException("training-plan", planId));
        Valid v = validate(draft, plan.fiscalYear());
        String actor = Access.currentLogin();
        long id = repository.insertCourse(
                planId,
                v.title,
                v.kind,
                v.description,
                v.due,
                v.days,
                draft.audience(),
                v.passMark,
                actor,
                OffsetDateTime.now(clock));
        events.publishEvent(new CourseCreated(
                id, actor, plan.fiscalYear(), v.kind.name(), v.title, v.due.toString(), describe(draft.audience())));
        return id;
    }

    @Transactional
    public void changeCourse(long courseId, CourseDraft draft) {
        requireManager();
        Course old = lockedCourse(courseId);
        Valid v = validate(
                new CourseDraft(
                        draft.title(),
                        old.kind(),
                        draft.description(),
                        draft.dueDate(),
                        draft.newHireDays(),
                        draft.audience(),
                        old.passMark()),
                old.fiscalYear());
        Map<String, String> changes = new LinkedHashMap<>();
        change(changes, "title", old.title(), v.title);
        change(changes, "description", old.description(), v.description);
        change(changes, "dueDate", old.dueDate().toString(), v.due.toString());
        change(changes, "newHireDays", Integer.toString(old.newHireDays()), Integer.toString(v.days));
        change(changes, "audience", describe(old.audience()), describe(draft.audience()));
        if (changes.isEmpty()) {
            return;
        }
        repository.updateCourse(courseId, v.title, v.description, v.due, v.days, draft.audience());
        events.publishEvent(new CourseChanged(courseId, Access.currentLogin(), changes));
    }

    private static void change(Map<String, String> changes, String name, String before, String after) {
        if (!before.equals(after)) {
            changes.put(name, before + " → " + after);
        }
    }

    private record Valid(String title, CourseKind kind, String description, LocalDate due, int days, int passMark) {}

    private Valid validate(CourseDraft draft, int year) {
        List<Problem> problems = new ArrayList<>();
        String title = draft.title().strip();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "trn.error.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "trn.error.tooLong", TITLE_MAX));
        }
        if (draft.kind() == null) {
            problems.add(Problem.of("kind", "trn.error.required"));
        }
        String description = draft.description().strip();
        if (description.length() > TEXT_MAX) {
            problems.add(Problem.of("description", "trn.error.tooLong", TEXT_MAX));
        }
        LocalDate start = LocalDate.of(year, 4, 1);
        LocalDate end = LocalDate.of(year + 1, 3, 31);
        if (draft.dueDate() == null) {
            problems.add(Problem.of("dueDate", "trn.error.required"));
        } else if (draft.dueDate().isBefore(start) || draft.dueDate().isAfter(end)) {
            problems.add(Problem.of(
                    "dueDate", "trn.error.dueOutsideYear", Wareki.fiscalYear(year, java.util.Locale.JAPANESE)));
        }
        int days = draft.newHireDays() == null ? defaultNewHireDays : draft.newHireDays();
        if (days < 0 || days > 365) {
            problems.add(Problem.of("newHireDays", "trn.error.days"));
        }
        int pass = draft.passMark() == null ? 80 : draft.passMark();
        if (pass < 0 || pass > 100) {
            problems.add(Problem.of("passMark", "trn.error.passMark"));
        }
        Audience audience = draft.audience();
        if (!audience.targetsSomeone()) {
            problems.add(Problem.of("audience", "trn.error.noAudience"));
        }
        for (long unit : audience.unitIds()) {
            if (directory.unit(unit).isEmpty()) {
                problems.add(Problem.of("audience", "trn.error.unknownUnit", unit));
            }
        }
        List<Long> categories =
                directory.categories().stream().map(CategorySummary::id).toList();
        for (long category : audience.categoryIds()) {
            if (!categories.contains(category)) {
                problems.add(Problem.of("audience", "trn.error.unknownCategory", category));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(title, draft.kind(), description, draft.dueDate(), days, pass);
    }

    /** The audience in words for the audit trail. */
    String describe(Audience a) {
        List<String> parts = new ArrayList<>();
        if (a.allStaff()) {
            parts.add("全職員");
        }
        a.sortedRoles().forEach(r -> parts.add("role:" + r.name()));
        a.unitIds().stream().sorted().forEach(u -> parts.add("unit:" + u));
        a.categoryIds().stream().sorted().forEach(c -> parts.add("category:" + c));
        if (a.newHiresOnly()) {
            parts.add("新規採用者のみ");
        }
        return String.join(", ", parts);
    }

    @Transactional(readOnly = true)
    public Course course(long id) {
        requireReader();
        return repository.course(id, false).orElseThrow(() -> new NotFoundException("training-course", id));
    }

    @Transactional(readOnly = true)
    public List<Course> courses(int year) {
        requireReader();
        return repository.courses(year, false);
    }

    @Transactional(readOnly = true)
    public Page<Course> coursePage(int page, int size) {
        requireReader();
        int[] b = Page.bounds(page, size);
        return new Page<>(repository.coursePage(b[0] * b[1], b[1]), b[0], b[1], repository.countCourses());
    }

    @Transactional(readOnly = true)
    public List<TestQuestion> questions(long courseId) {
        course(courseId);
        return repository.questions(courseId);
    }

    /** The test as written in the text box, for editing. */
    @Transactional(readOnly = true)
    public String questionText(long courseId) {
        return QuestionText.write(questions(courseId));
    }

    @Transactional(readOnly = true)
    public Optional<String> pdfName(long courseId) {
        return repository.pdfInfo(courseId).map(i -> i[0]);
    }

    @Transactional
    public void setMarkdown(long courseId, String markdown) {
        requireManager();
        Course course = lockedCourse(courseId);
        if (markdown.length() > MARKDOWN_MAX) {
            throw InvalidInputException.of("markdown", "trn.error.tooLong", MARKDOWN_MAX);
        }
        if (course.materialMarkdown().equals(markdown)) {
            return;
        }
        repository.setMarkdown(courseId, markdown);
        events.publishEvent(new MaterialStored(
                courseId, Access.currentLogin(), "markdown", "", sha256(markdown.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Stores a PDF as the course's material. The file is treated as hostile: it must start as a PDF
     * does and stay within {@value #PDF_MAX_BYTES} bytes; it is only ever handed out as an attachment.
     */
    @Transactional
    public void storePdf(long courseId, String fileName, byte[] content) {
        requireManager();
        lockedCourse(courseId);
        if (content.length == 0) {
            throw InvalidInputException.of("pdf", "trn.error.fileEmpty");
        }
        if (content.length > PDF_MAX_BYTES) {
            throw InvalidInputException.of("pdf", "trn.error.fileTooLarge", PDF_MAX_BYTES / (1024 * 1024));
        }
        if (!looksLikePdf(content)) {
            throw InvalidInputException.of("pdf", "trn.error.notPdf");
        }
        String name = safeName(fileName);
        String hash = sha256(content);
        String actor = Access.currentLogin();
        repository.storePdf(courseId, name, hash, content, actor, OffsetDateTime.now(clock));
        events.publishEvent(new MaterialStored(courseId, actor, "pdf", name, hash));
    }

    static boolean looksLikePdf(byte[] content) {
        if (content.length < 8) {
            return false;
        }
        String head = new String(content, 0, 5, StandardCharsets.ISO_8859_1);
        String tail = new String(
                content,
                Math.max(0, content.length - 1024),
                Math.min(1024, content.length),
                StandardCharsets.ISO_8859_1);
        return head.equals("%PDF-") && tail.contains("%%EOF");
    }

    /** A file name for the download header: the last path element, no control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "material.pdf";
        }
        return name.length() > TITLE_MAX ? name.substring(name.length() - TITLE_MAX) : name;
    }

    /** The course's PDF for someone who may see the course. */
    @Transactional(readOnly = true)
    public byte[] pdf(long courseId, boolean asLearner) {
        if (!asLearner) {
            course(courseId);
        }
        return repository.pdf(courseId).orElseThrow(() -> new NotFoundException("training-material", courseId));
    }

    @Transactional
    public void setTest(long courseId, String questions, @Nullable Integer passMark) {
        requireManager();
        lockedCourse(courseId);
        List<QuestionText.Draft> drafts = QuestionText.read(questions);
        int pass = passMark == null ? -1 : passMark;
        if (pass < 0 || pass > 100) {
            throw InvalidInputException.of("passMark", "trn.error.passMark");
        }
        repository.replaceQuestions(courseId, drafts, pass);
        events.publishEvent(new TestSet(courseId, Access.currentLogin(), drafts.size(), pass));
    }

    /** Publishes the course to its audience; returns how many people it reaches today. */
    @Transactional
    public int publish(long courseId) {
        requireManager();
        Course course = lockedCourse(courseId);
        if (course.published()) {
            throw InvalidInputException.of("state", "trn.error.published");
        }
        TrainingPlan plan = repository.plan(course.planId(), false).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        if (!plan.approved()) {
            problems.add(Problem.of("state", "trn.error.planNotApproved"));
        }
        if (course.kind().online()) {
            if (course.materialMarkdown().isBlank()
                    && repository.pdfInfo(courseId).isEmpty()) {
                problems.add(Problem.of("markdown", "trn.error.noMaterial"));
            }
            if (repository.questions(courseId).isEmpty()) {
                problems.add(Problem.of("questions", "trn.error.noQuestions"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.publish(courseId);
        int people = audiences.obligations(List.of(course), today()).size();
        events.publishEvent(new CoursePublished(courseId, Access.currentLogin(), people));
        return people;
    }

    Course lockedCourse(long id) {
        return repository.course(id, true).orElseThrow(() -> new NotFoundException("training-course", id));
    }

    /** Units and categories for the course form. */
    public List<UnitSummary> units() {
        return directory.units();
    }

    public List<CategorySummary> categories() {
        return directory.categories();
    }

    /** Names of the units and categories of an audience, for the page. */
    public String audienceText(
            Audience a, java.util.function.Function<Role, String> roleName, String everyone, String newHires) {
        List<String> parts = new ArrayList<>();
        if (a.allStaff()) {
            parts.add(everyone);
        }
        a.sortedRoles().forEach(r -> parts.add(roleName.apply(r)));
        Map<Long, String> units =
                directory.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        a.unitIds().stream().sorted().forEach(u -> parts.add(units.getOrDefault(u, "#" + u)));
        Map<Long, String> categories =
                directory.categories().stream().collect(Collectors.toMap(CategorySummary::id, CategorySummary::name));
        a.categoryIds().stream().sorted().forEach(c -> parts.add(categories.getOrDefault(c, "#" + c)));
        String text = String.join("、", parts);
        return a.newHiresOnly() ? text + "（" + newHires + "）" : text;
    }

    void requireManager() {
        if (!mayManage()) {
            throw new NotAllowedException("trn.error.mayNotManage");
        }
    }

    void requireReader() {
        if (!mayRead()) {
            throw new NotAllowedException("trn.error.mayNotRead");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
