package jp.mamori.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActions;
import jp.mamori.audit.SelfInspection;
import jp.mamori.audit.SelfInspections;
import jp.mamori.committee.Committee;
import jp.mamori.committee.Decision;
import jp.mamori.committee.Decisions;
import jp.mamori.incident.IncidentId;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.StoredIncident;
import jp.mamori.policy.PolicyEvent.ReviewConcluded;
import jp.mamori.policy.PolicyEvent.ReviewCycleSet;
import jp.mamori.policy.PolicyEvent.ReviewInputAdded;
import jp.mamori.policy.PolicyEvent.ReviewStarted;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
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
 * The review (見直し) of policy documents: each document's cycle ({@link ReviewCycle}), the reviews
 * due, and each review from its opening through its inputs to its conclusion. Who works on a review:
 * the document's editors; for a tier that needs the committee, the committee's secretariat concludes
 * it with a carried decision (議決) about the review. Revising opens a draft revision (or links the
 * one already open), which then goes through its own approval.
 */
@Service
public class PolicyReviews {
    static final int NOTE_MAX = 2000;
    static final int REASONING_MAX = 4000;

    private final ReviewRepository repository;
    private final PolicyRepository documents;
    private final Revisions revisions;
    private final PolicyAccess access;
    private final Access generalAccess;
    private final PolicySettings settings;
    private final Committee committee;
    private final Decisions decisions;
    private final SelfInspections inspections;
    private final CorrectiveActions actions;
    private final IncidentService incidents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyReviews(
            ReviewRepository repository,
            PolicyRepository documents,
            Revisions revisions,
            PolicyAccess access,
            Access generalAccess,
            PolicySettings settings,
            Committee committee,
            Decisions decisions,
            SelfInspections inspections,
            CorrectiveActions actions,
            IncidentService incidents,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.documents = documents;
        this.revisions = revisions;
        this.access = access;
        this.generalAccess = generalAccess;
        this.settings = settings;
        this.committee = committee;
        this.decisions = decisions;
        this.inspections = inspections;
        this.actions = actions;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The documents whose reviews the user follows: every readable one for body-wide readers, else those they edit. */
    List<PolicyDocument> relevantDocuments() {
        boolean all = generalAccess.canReadAll();
        return access.visibleDocuments().stream()
                .filter(d -> all || access.canEdit(d))
                .toList();
    }

    /** True when the user follows the review of at least one document. */
    public boolean mayList() {
        return Access.current().isPresent() && !relevantDocuments().isEmpty();
    }

    /** The next review of every document the user follows, soonest first. */
    @Transactional(readOnly = true)
    public List<DueReview> schedule() {
        return dueOf(relevantDocuments());
    }

    /** Documents whose review is due within {@code days} of the day (or overdue), for the reminder. */
    @Transactional(readOnly = true)
    List<DueReview> dueWithin(LocalDate day, int days) {
        return dueOf(documents.all()).stream()
                .filter(d -> !d.dueOn().isAfter(day.plusDays(days)))
                .toList();
    }

    private List<DueReview> dueOf(List<PolicyDocument> docs) {
        Map<Long, Integer> cycles = repository.cycles();
        Map<Long, LocalDate> last = repository.lastConcluded();
        Map<Long, Long> open = repository.openReviews();
        LocalDate today = today();
        List<DueReview> due = new ArrayList<>();
        for (PolicyDocument d : docs) {
            int months = cycles.getOrDefault(d.id(), ReviewCycle.DEFAULT_MONTHS);
            LocalDate inForceSince = revisions
                    .timeline(d.id())
                    .inForceOn(today)
                    .map(Revision::effectiveOn)
                    .orElse(null);
            LocalDate from = ReviewCycle.countedFrom(
                    last.get(d.id()),
                    inForceSince,
                    d.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate());
            due.add(new DueReview(
                    d.id(),
                    d.title(),
                    d.tier(),
                    d.ownerUnitId(),
                    months,
                    from,
                    ReviewCycle.dueOn(from, months),
                    open.get(d.id())));
        }
        due.sort(Comparator.comparing(DueReview::dueOn).thenComparing(DueReview::documentId));
        return due;
    }

    /** Reviews of the documents the user follows: open ones first. */
    @Transactional(readOnly = true)
    public Page<PolicyReview> list(int page, int size) {
        if (!mayList()) {
            throw new NotAllowedException("policy.review.error.mayNotRead");
        }
        int[] b = Page.bounds(page, size);
        List<Long> ids = relevantDocuments().stream().map(PolicyDocument::id).toList();
        return new Page<>(repository.ofDocuments(ids, b[0] * b[1], b[1]), b[0], b[1], repository.countOfDocuments(ids));
    }

    /** One review; a document the user may not read is a 404. */
    @Transactional(readOnly = true)
    public PolicyReview review(long id) {
        PolicyReview review = repository.find(id, false).orElseThrow(() -> new NotFoundException("policy review", id));
        PolicyDocument document = access.readable(review.documentId(), "review");
        if (!generalAccess.canReadAll() && !access.canEdit(document) && !committee.mayRead()) {
            throw new NotAllowedException("policy.review.error.mayNotRead");
        }
        return review;
    }

    @Transactional(readOnly = true)
    public List<ReviewInput> inputs(long reviewId) {
        review(reviewId);
        return repository.inputs(reviewId);
    }

    /** True when the review's tier is concluded by a committee decision. */
    public boolean needsCommittee(PolicyReview review) {
        return settings.approval().needsCommittee(review.tier());
    }

    /** May add inputs and conclude: the document's editors; for a committee tier also the secretariat. */
    @Transactional(readOnly = true)
    public boolean mayWork(PolicyReview review) {
        if (!review.open()) {
            return false;
        }
        PolicyDocument document = documents
                .find(review.documentId())
                .orElseThrow(() -> new NotFoundException("policy", review.documentId()));
        return access.canEdit(document) || (needsCommittee(review) && committee.mayManage());
    }

    /** The carried decisions about the review, for a tier that needs the committee. */
    @Transactional(readOnly = true)
    public List<Decision> usableDecisions(PolicyReview review) {
        if (!needsCommittee(review)) {
            return List.of();
        }
        return decisions.about(PolicyReview.MATTER_KIND, review.id()).stream()
                .filter(Decision::carried)
                .toList();
    }

    /** Opens a review of the document (its editors); one open review per document. */
    @Transactional
    public PolicyReview start(long documentId) {
        PolicyDocument document = access.readable(documentId, "review");
        if (!access.canEdit(document)) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
        if (repository.openReviews().containsKey(documentId)) {
            throw new NotAllowedException("policy.review.error.openExists");
        }
        DueReview due = dueOf(List.of(document)).get(0);
        String actor = Access.currentLogin();
        long id = repository.insert(documentId, due.dueOn(), actor, OffsetDateTime.now(clock));
        events.publishEvent(new ReviewStarted(id, actor, documentId, due.dueOn()));
        return repository.find(id, false).orElseThrow();
    }

    /** Sets the document's review cycle in months (1–60). */
    @Transactional
    public void setCycle(long documentId, int months) {
        PolicyDocument document = access.readable(documentId, "review");
        if (!access.canEdit(document)) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
        if (!ReviewCycle.validMonths(months)) {
            throw InvalidInputException.of("months", "policy.review.error.months", ReviewCycle.MAX_MONTHS);
        }
        String actor = Access.currentLogin();
        repository.setCycle(documentId, months, actor, OffsetDateTime.now(clock));
        events.publishEvent(new ReviewCycleSet(documentId, actor, months));
    }

    /**
     * Adds an input. Audit findings (corrective actions), self-inspections and incidents name their
     * record by id, which must exist and be readable by the user; changes in law, guideline or
     * organisation are described in the note.
     */
    @Transactional
    public ReviewInput addInput(long reviewId, @Nullable ReviewInputKind kind, String reference, String note) {
        PolicyReview review = workable(reviewId);
        String ref = reference.strip();
        String text = note.strip();
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            throw InvalidInputException.of("kind", "policy.review.error.required");
        }
        if (text.length() > NOTE_MAX) {
            problems.add(Problem.of("note", "policy.review.error.tooLong", NOTE_MAX));
        }
        String label = "";
        String path = "";
        if (kind.linksRecord()) {
            if (ref.isEmpty()) {
                problems.add(Problem.of("reference", "policy.review.error.required"));
            } else {
                Optional<String[]> linked = linked(kind, ref);
                if (linked.isEmpty()) {
                    problems.add(Problem.of("reference", "policy.review.error.recordUnknown", ref));
                } else {
                    label = linked.get()[0];
                    path = linked.get()[1];
                }
            }
        } else if (text.isEmpty()) {
            problems.add(Problem.of("note", "policy.review.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertInput(
                review.id(), kind, kind.linksRecord() ? ref : "", label, path, text, actor, OffsetDateTime.now(clock));
        events.publishEvent(new ReviewInputAdded(review.id(), actor, kind, kind.linksRecord() ? ref : "", text));
        return repository.inputs(review.id()).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The label and page of a linked record, when it exists and the user may read it. */
    private Optional<String[]> linked(ReviewInputKind kind, String ref) {
        try {
            return switch (kind) {
                case AUDIT_FINDING -> {
                    CorrectiveAction a = actions.action(Long.parseLong(ref));
                    yield Optional.of(new String[] {a.number() + " " + a.title(), "/corrective-actions/" + a.id()});
                }
                case SELF_INSPECTION -> {
                    SelfInspection s = inspections.inspection(Long.parseLong(ref));
                    yield Optional.of(new String[] {s.title(), "/self-inspections/" + s.id()});
                }
                case INCIDENT -> {
                    StoredIncident i = incidents.get(new IncidentId(UUID.fromString(ref)));
                    yield Optional.of(new String[] {i.reference(), "/incidents/" + ref});
                }
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException | NotFoundException | NotAllowedException e) {
            return Optional.empty();
        }
    }

    /**
     * Concludes the review. A tier that needs the committee names a carried decision about this
     * review (and only the secretariat or the editors record it); other tiers are concluded by the
     * document's editors. Revising opens a draft revision from the text in force — or links the
     * revision already open — whose reason names the review.
     */
    @Transactional
    public PolicyReview conclude(
            long reviewId, @Nullable ReviewConclusion conclusion, String reasoning, @Nullable Long decisionId) {
        PolicyReview review = workable(reviewId);
        String why = reasoning.strip();
        List<Problem> problems = new ArrayList<>();
        if (conclusion == null) {
            problems.add(Problem.of("conclusion", "policy.review.error.required"));
        }
        if (why.isEmpty()) {
            problems.add(Problem.of("reasoning", "policy.review.error.required"));
        } else if (why.length() > REASONING_MAX) {
            problems.add(Problem.of("reasoning", "policy.review.error.tooLong", REASONING_MAX));
        }
        Long decision = null;
        if (needsCommittee(review)) {
            if (decisionId == null) {
                problems.add(Problem.of("decisionId", "policy.review.error.decisionRequired"));
            } else if (usableDecisions(review).stream().noneMatch(d -> d.id() == decisionId)) {
                problems.add(Problem.of("decisionId", "policy.review.error.decisionNotUsable"));
            } else {
                decision = decisionId;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (decision != null) {
            decisions.recordApproval(decision, PolicyReview.MATTER_KIND, review.id());
        }
        Long revisionId = null;
        if (conclusion == ReviewConclusion.REVISE) {
            revisionId = openRevision(review).id();
        }
        CurrentUser user = access.currentUserOrSystem();
        if (!repository.conclude(
                review.id(),
                java.util.Objects.requireNonNull(conclusion),
                why,
                user.login(),
                user.displayName(),
                OffsetDateTime.now(clock),
                today(),
                decision,
                revisionId)) {
            throw new NotAllowedException("policy.review.error.concluded");
        }
        events.publishEvent(new ReviewConcluded(
                review.id(),
                user.login(),
                conclusion,
                why,
                decision == null ? 0 : decision,
                revisionId == null ? 0 : revisionId));
        return repository.find(review.id(), false).orElseThrow();
    }

    private Revision openRevision(PolicyReview review) {
        RevisionTimeline timeline = revisions.timeline(review.documentId());
        Optional<Revision> open = timeline.open();
        if (open.isPresent()) {
            return open.get();
        }
        Optional<Revision> base = timeline.inForceOn(today())
                .or(() -> timeline.approved().stream().reduce((a, b) -> b));
        RevisionDraft text = base.map(Revision::text).orElse(new RevisionDraft("", null, null, null, "", "", ""));
        String reason = "見直し（第" + review.id() + "号）による改正";
        return revisions.createDraft(
                review.documentId(),
                new RevisionDraft(
                        text.documentNumber(),
                        text.enactedOn(),
                        null,
                        null,
                        reason,
                        text.supplementaryProvisions(),
                        text.body()));
    }

    private PolicyReview workable(long reviewId) {
        PolicyReview review =
                repository.find(reviewId, true).orElseThrow(() -> new NotFoundException("policy review", reviewId));
        access.readable(review.documentId(), "review");
        if (!review.open()) {
            throw new NotAllowedException("policy.review.error.concluded");
        }
        if (!mayWork(review)) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
        return review;
    }

    /** Open reviews of tiers that need the committee, for {@link ReviewMatters}. */
    List<PolicyReview> openForCommittee() {
        return repository.open().stream()
                .filter(r -> settings.approval().needsCommittee(r.tier()))
                .toList();
    }
}
