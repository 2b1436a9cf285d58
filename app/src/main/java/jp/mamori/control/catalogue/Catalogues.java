package jp.mamori.control.catalogue;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.control.ControlCatalogue;
import jp.mamori.control.ControlEvent;
import jp.mamori.control.MeasureSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control catalogue: reading the version in force (everyone signed in), importing and exporting
 * versions, and tailoring a new version through approval (body-wide managers write; approvers per
 * {@link ControlSettings#approval()}).
 */
@Service
@EnableConfigurationProperties(ControlSettings.class)
public class Catalogues implements ControlCatalogue {
    private final CatalogueRepository repository;
    private final ApplicationEventPublisher events;
    private final Access access;
    private final ControlSettings settings;
    private final Clock clock;

    Catalogues(
            CatalogueRepository repository,
            ApplicationEventPublisher events,
            Access access,
            ControlSettings settings,
            Clock clock) {
        this.repository = repository;
        this.events = events;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeasureSummary> measure(String id) {
        return repository
                .inForce()
                .flatMap(v -> repository.measure(v.id(), id))
                .map(m -> new MeasureSummary(m.id(), m.chapter(), m.title(), m.iso27001(), m.adopted()));
    }

    @Transactional(readOnly = true)
    public CatalogueVersion inForce() {
        return repository.inForce().orElseThrow(() -> new NotFoundException("control-catalogue", "in force"));
    }

    @Transactional(readOnly = true)
    public CatalogueVersion version(int number) {
        return repository.byNumber(number).orElseThrow(() -> new NotFoundException("control-catalogue", number));
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueVersion> open() {
        return repository.open();
    }

    @Transactional(readOnly = true)
    public List<CatalogueVersion> versions() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public Page<Measure> page(CatalogueVersion version, MeasureFilter filter, int page, int size) {
        int[] bounds = Page.bounds(page, size);
        return repository.page(version.id(), filter, bounds[0], bounds[1]);
    }

    @Transactional(readOnly = true)
    public Measure measure(CatalogueVersion version, String id) {
        return repository.measure(version.id(), id).orElseThrow(() -> new NotFoundException("control-measure", id));
    }

    @Transactional(readOnly = true)
    public CatalogueContent content(CatalogueVersion version) {
        return repository.content(version);
    }

    @Transactional(readOnly = true)
    public List<CatalogueContent.Heading> chapters(CatalogueVersion version) {
        return repository.headings(version.id(), "CHAPTER");
    }

    @Transactional(readOnly = true)
    public List<CatalogueContent.Heading> sections(CatalogueVersion version) {
        return repository.headings(version.id(), "SECTION");
    }

    @Transactional(readOnly = true)
    public Map<String, Long> countsByChapter(CatalogueVersion version) {
        return repository.countsByChapter(version.id());
    }

    /** The YAML of a version (the one in force when {@code number} is null). */
    @Transactional(readOnly = true)
    public byte[] export(@Nullable Integer number) {
        CatalogueVersion v = number == null ? inForce() : version(number);
        return CatalogueFile.write(repository.content(v));
    }

    /** The outcome of an import: the problems, or the number of the draft it made (0 for a dry run). */
    record ImportOutcome(List<CatalogueFile.Problem> problems, int measures, int versionNumber) {
        ImportOutcome {
            problems = List.copyOf(problems);
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads a catalogue file and, unless a dry run, stores it as a new draft version (approved like
     * any tailoring). All or nothing: a file with a problem stores nothing.
     *
     * @throws CatalogueFile.Unreadable when the file is not YAML
     */
    @Transactional
    ImportOutcome importFile(byte[] bytes, boolean dryRun, String actor, String actorName) {
        CatalogueFile.Reading reading = CatalogueFile.read(new ByteArrayInputStream(bytes));
        if (!reading.valid()) {
            return new ImportOutcome(reading.problems(), 0, 0);
        }
        CatalogueContent content = reading.content();
        Optional<CatalogueVersion> open = repository.open();
        if (open.isPresent()) {
            return new ImportOutcome(
                    List.of(new CatalogueFile.Problem(
                            1,
                            "",
                            "",
                            "control.import.error.openVersion",
                            List.of(Integer.toString(open.get().number())))),
                    content.measures().size(),
                    0);
        }
        if (dryRun) {
            return new ImportOutcome(List.of(), content.measures().size(), 0);
        }
        Integer basedOn = repository.inForce().map(CatalogueVersion::number).orElse(null);
        CatalogueVersion created = create(content, "ファイルから取込み", basedOn, actor, actorName);
        events.publishEvent(new ControlEvent.CatalogueImported(
                created.number(), actor, content.measures().size(), ContentDigest.of(bytes)));
        return new ImportOutcome(List.of(), content.measures().size(), created.number());
    }

    private CatalogueVersion create(
            CatalogueContent content, String note, @Nullable Integer basedOn, String actor, String actorName) {
        CatalogueVersion draft = CatalogueVersion.draft(
                repository.nextNumber(), content, note, basedOn, actor, actorName, OffsetDateTime.now(clock));
        long id = repository.insert(draft);
        repository.insertContent(id, content);
        return draft.withId(id);
    }

    /** Whether the signed-in user may tailor (body-wide managers). */
    public boolean mayTailor() {
        return access.isBodyWideManager();
    }

    /** For the handlers' {@code @PreAuthorize}: true for those who {@link #mayTailor()}, else a refusal naming why. */
    public boolean checkTailor() {
        tailor();
        return true;
    }

    private CurrentUser tailor() {
        if (!mayTailor()) {
            throw new NotAllowedException("control.version.error.mayNotTailor");
        }
        return access.user();
    }

    /** Starts a draft copied from the version in force. */
    @Transactional
    public CatalogueVersion startDraft(String note) {
        CurrentUser user = tailor();
        if (note.isBlank()) {
            throw InvalidInputException.of("note", "control.version.error.noteRequired");
        }
        if (repository.open().isPresent()) {
            throw new NotAllowedException("control.version.error.alreadyOpen");
        }
        CatalogueVersion current = inForce();
        CatalogueVersion created =
                create(repository.content(current), note.strip(), current.number(), user.login(), user.displayName());
        events.publishEvent(
                new ControlEvent.CatalogueDrafted(created.number(), user.login(), current.number(), note.strip()));
        return created;
    }

    private CatalogueVersion draftForChange(int number) {
        CatalogueVersion v = version(number);
        v.requireDraft();
        return v;
    }

    /** Rewords a measure of a draft. */
    @Transactional
    public Measure reword(int number, String measureId, String title, String statement, String evidence) {
        CurrentUser user = tailor();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (title.isBlank() || title.length() > 200) {
            problems.add(InvalidInputException.Problem.of("title", "control.tailor.error.title"));
        }
        if (statement.isBlank() || statement.length() > 2000) {
            problems.add(InvalidInputException.Problem.of("statement", "control.tailor.error.statement"));
        }
        if (evidence.length() > 1000) {
            problems.add(InvalidInputException.Problem.of("evidence", "control.tailor.error.evidence"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CatalogueVersion v = draftForChange(number);
        Measure before = measure(v, measureId);
        Measure after = before.reworded(title.strip(), statement.strip(), evidence.strip());
        repository.updateMeasure(v.id(), after);
        tailored(v, user, "reworded", measureId, "title", after.title());
        return after;
    }

    /** Marks a measure of a draft as not adopted, with the reason. */
    @Transactional
    public Measure notAdopted(int number, String measureId, String reason) {
        CurrentUser user = tailor();
        if (reason.isBlank() || reason.length() > 1000) {
            throw InvalidInputException.of("reason", "control.tailor.error.reason");
        }
        CatalogueVersion v = draftForChange(number);
        Measure after = measure(v, measureId).notAdopted(reason.strip());
        repository.updateMeasure(v.id(), after);
        tailored(v, user, "notAdopted", measureId, "reason", reason.strip());
        return after;
    }

    /** Adopts again a measure of a draft that was marked not adopted. */
    @Transactional
    public Measure readopted(int number, String measureId) {
        CurrentUser user = tailor();
        CatalogueVersion v = draftForChange(number);
        Measure after = measure(v, measureId).readopted();
        repository.updateMeasure(v.id(), after);
        tailored(v, user, "readopted", measureId, "", "");
        return after;
    }

    /** Adds the body's own measure to a draft. */
    @Transactional
    public Measure addOwn(int number, OwnMeasure form) {
        CurrentUser user = tailor();
        CatalogueVersion v = draftForChange(number);
        List<InvalidInputException.Problem> problems = new ArrayList<>(form.problems());
        if (problems.isEmpty()) {
            if (repository.measure(v.id(), form.id().strip()).isPresent()) {
                problems.add(InvalidInputException.Problem.of("id", "control.tailor.error.idTaken", form.id()));
            }
            String section = Measure.sectionOf(form.id().strip());
            if (repository.headings(v.id(), "SECTION").stream()
                    .noneMatch(h -> h.number().equals(section))) {
                problems.add(InvalidInputException.Problem.of("id", "control.tailor.error.noSection", section));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Measure m = form.measure();
        repository.insertMeasure(v.id(), m);
        tailored(v, user, "added", m.id(), "title", m.title());
        return m;
    }

    private void tailored(
            CatalogueVersion v, CurrentUser user, String what, String measureId, String key, String value) {
        repository.update(new CatalogueVersion(
                v.id(),
                v.number(),
                v.key(),
                v.title(),
                v.basis(),
                v.state(),
                v.changeNote(),
                v.basedOn(),
                v.authorLogin(),
                v.authorName(),
                v.approvalChain(),
                v.approvals(),
                v.contentHash(),
                v.createdAt(),
                OffsetDateTime.now(clock),
                v.inForceAt()));
        events.publishEvent(new ControlEvent.CatalogueTailored(
                v.number(), user.login(), what, measureId, key.isEmpty() ? Map.of() : Map.of(key, value)));
    }

    @Transactional
    public CatalogueVersion submit(int number) {
        CurrentUser user = tailor();
        CatalogueVersion after = version(number).submit(settings.approval(), OffsetDateTime.now(clock));
        repository.update(after);
        events.publishEvent(new ControlEvent.CatalogueSubmitted(number, user.login(), after.approvalChain()));
        return after;
    }

    public Approver currentApprover() {
        CurrentUser user = access.user();
        return new Approver(
                user.login(),
                user.displayName(),
                java.util.Set.copyOf(user.grants().stream().map(RoleGrant::role).toList()));
    }

    /** True when the signed-in user may decide the version's current step. */
    public boolean mayDecide(CatalogueVersion version) {
        return Access.current().isPresent() && version.mayDecide(currentApprover());
    }

    /** Gives the next step; the last one brings the version into force and supersedes the previous one. */
    @Transactional
    public CatalogueVersion approve(int number) {
        Approver approver = currentApprover();
        CatalogueVersion before = version(number);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = ContentDigest.of(CatalogueFile.write(repository.content(before)));
        Optional<CatalogueVersion> previous = repository.inForce();
        CatalogueVersion after = before.approve(approver, hash, now);
        if (after.state() == VersionState.IN_FORCE) {
            previous.ifPresent(p -> repository.update(p.superseded(now)));
        }
        repository.update(after);
        int step = after.approvals().size();
        Role role = after.approvals().get(step - 1).role();
        String contentHash = after.contentHash() == null ? "" : hash;
        events.publishEvent(
                after.state() == VersionState.IN_FORCE
                        ? new ControlEvent.CatalogueInForce(number, approver.login(), step, role, contentHash)
                        : new ControlEvent.CatalogueApproved(number, approver.login(), step, role, contentHash));
        return after;
    }

    @Transactional
    public CatalogueVersion reject(int number, String comment) {
        Approver approver = currentApprover();
        CatalogueVersion after = version(number).reject(approver, comment, OffsetDateTime.now(clock));
        repository.update(after);
        events.publishEvent(new ControlEvent.CatalogueReturned(number, approver.login(), comment.strip()));
        return after;
    }
}
