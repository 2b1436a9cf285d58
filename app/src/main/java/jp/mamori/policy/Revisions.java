package jp.mamori.policy;

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
import java.util.stream.Collectors;
import jp.mamori.committee.Committee;
import jp.mamori.committee.Decision;
import jp.mamori.committee.Decisions;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.policy.PolicyEvent.RevisionApproved;
import jp.mamori.policy.PolicyEvent.RevisionCameIntoForce;
import jp.mamori.policy.PolicyEvent.RevisionDrafted;
import jp.mamori.policy.PolicyEvent.RevisionEdited;
import jp.mamori.policy.PolicyEvent.RevisionReturned;
import jp.mamori.policy.PolicyEvent.RevisionSubmitted;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions of policy documents: drafting, approval (決裁) and the question which revision is in
 * force. Every method that names a document first passes {@link PolicyAccess#readable}, so an
 * unreadable document is a 404 here too; the rules of the moves are in {@link Revision}.
 */
@Service
public class Revisions {
    private final RevisionRepository repository;
    private final PolicyRepository documents;
    private final PolicyAccess access;
    private final PolicySettings settings;
    private final Directory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Decisions decisions;
    private final Committee committee;

    private final Clock clock;

    Revisions(
            RevisionRepository repository,
            PolicyRepository documents,
            PolicyAccess access,
            PolicySettings settings,
            Directory directory,
            Notifications notifications,
            MessageSource messages,
            ApplicationEventPublisher events,
            Decisions decisions,
            Committee committee,
            Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.committee = committee;
        this.repository = repository;
        this.documents = documents;
        this.access = access;
        this.settings = settings;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
    }

    /** Every revision of the document, by number. Check the document's access first. */
    @Transactional(readOnly = true)
    public List<Revision> revisions(long documentId) {
        return repository.ofDocument(documentId);
    }

    @Transactional(readOnly = true)
    public RevisionTimeline timeline(long documentId) {
        return new RevisionTimeline(repository.ofDocument(documentId));
    }

    /** The revision of the document with this id; a revision of another document is a 404. */
    @Transactional(readOnly = true)
    public Revision get(long documentId, long revisionId) {
        return repository
                .find(revisionId)
                .filter(r -> r.documentId() == documentId)
                .orElseThrow(() -> new NotFoundException("policy revision", revisionId));
    }

    /** The revision in force on the day (Japan calendar day). */
    @Transactional(readOnly = true)
    Optional<Revision> inForce(long documentId, LocalDate day) {
        return timeline(documentId).inForceOn(day);
    }

    /** Every document with its revision in force on the day (no access check: filter with ReadingRule). */
    @Transactional(readOnly = true)
    public List<InForce> allInForce(LocalDate day) {
        Map<Long, List<Revision>> byDocument =
                repository.approved().stream().collect(Collectors.groupingBy(Revision::documentId));
        List<InForce> result = new ArrayList<>();
        for (PolicyDocument document : documents.all()) {
            new RevisionTimeline(byDocument.getOrDefault(document.id(), List.of()))
                    .inForceOn(day)
                    .ifPresent(r -> result.add(new InForce(document, r)));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public List<RevisionNote> notes(long revisionId) {
        return repository.notes(revisionId);
    }

    /**
     * Starts a new revision of the document as a draft (by hand or from imported Markdown). Only
     * one revision may be open (draft or in approval) at a time.
     */
    @Transactional
    public Revision createDraft(long documentId, RevisionDraft draft) {
        PolicyDocument document = editable(documentId);
        RevisionTimeline timeline = timeline(documentId);
        if (timeline.open().isPresent()) {
            throw new NotAllowedException("policy.revision.error.openExists");
        }
        if (!draft.problems().isEmpty()) {
            throw new jp.mamori.shared.InvalidInputException(draft.problems());
        }
        CurrentUser user = access.currentUserOrSystem();
        Revision revision = Revision.draft(
                document.id(),
                timeline.nextNumber(),
                draft,
                user.login(),
                user.personId(),
                user.displayName(),
                OffsetDateTime.now(clock));
        long id = repository.insert(revision);
        repository.note(id, "DRAFTED", user.login(), user.displayName(), null, "", OffsetDateTime.now(clock));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("documentId", Long.toString(documentId));
        details.put("number", Integer.toString(revision.number()));
        details.putAll(values(draft));
        events.publishEvent(new RevisionDrafted(id, user.login(), details));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public Revision edit(long documentId, long revisionId, RevisionDraft draft) {
        editable(documentId);
        Revision before = get(documentId, revisionId);
        CurrentUser user = access.currentUserOrSystem();
        Revision after = before.edit(draft, user.login(), OffsetDateTime.now(clock));
        Map<String, String> changes = changes(values(before.text()), values(draft));
        if (!changes.isEmpty() || !before.writers().contains(user.login())) {
            repository.update(after);
            repository.note(
                    revisionId, "EDITED", user.login(), user.displayName(), null, "", OffsetDateTime.now(clock));
            events.publishEvent(new RevisionEdited(revisionId, user.login(), changes));
        }
        return get(documentId, revisionId);
    }

    /** Sends the draft to approval and notifies the holders of the first step's role. */
    @Transactional
    public Revision submit(long documentId, long revisionId) {
        PolicyDocument document = editable(documentId);
        Revision before = get(documentId, revisionId);
        CurrentUser user = access.currentUserOrSystem();
        List<Role> chain = settings.approval().of(document.tier());
        Revision after = before.submit(
                chain, timeline(documentId).latestApprovedEffectiveOn().orElse(null), OffsetDateTime.now(clock));
        repository.update(after);
        repository.note(revisionId, "SUBMITTED", user.login(), user.displayName(), null, "", OffsetDateTime.now(clock));
        events.publishEvent(new RevisionSubmitted(
                revisionId,
                user.login(),
                Map.of("chain", chain.stream().map(Role::name).collect(Collectors.joining(",")))));
        notifyNextApprovers(document, after);
        return get(documentId, revisionId);
    }

    /** Gives the current step; the last step approves the revision (and may bring it into force today). */
    @Transactional
    public Revision approve(long documentId, long revisionId) {
        PolicyDocument document = access.readable(documentId, "approve");
        Revision before = get(documentId, revisionId);
        Approver approver = access.currentApprover(document);
        int step = before.nextStep();
        Revision after = before.approve(approver, OffsetDateTime.now(clock));
        repository.update(after);
        repository.note(revisionId, "APPROVED", approver.login(), approver.name(), step, "", OffsetDateTime.now(clock));
        approved(document, after, step, approver.login(), Map.of());
        return get(documentId, revisionId);
    }

    /**
     * Passes the committee's step of the revision with a decision (議決) of the 情報セキュリティ委員会: the
     * decision must exist, have carried, be about this revision and have been recorded after the
     * revision was last sent to approval. The secretariat (body-wide managers) applies it; when the
     * decision is recorded while the revision waits for it, {@link CommitteeDecisionListener} does.
     */
    @Transactional
    public Revision approveByDecision(long documentId, long revisionId, long decisionId) {
        PolicyDocument document = access.readable(documentId, "approve");
        if (!committee.mayManage()) {
            throw new NotAllowedException("policy.approval.error.notSecretariat");
        }
        Revision before = get(documentId, revisionId);
        Decision decision = usableDecision(before, decisionId);
        decisions.recordApproval(decisionId, Revision.MATTER_KIND, revisionId);
        int step = before.nextStep();
        String label = text("policy.approval.committeeLabel", decision.number());
        Revision after = before.approveByDecision(decisionId, label, OffsetDateTime.now(clock));
        repository.update(after);
        String actor = jp.mamori.shared.Access.currentLogin();
        repository.note(revisionId, "APPROVED", actor, label, step, "", OffsetDateTime.now(clock));
        approved(
                document,
                after,
                step,
                actor,
                Map.of("decisionId", Long.toString(decisionId), "decision", decision.number()));
        return get(documentId, revisionId);
    }

    /** Returns the revision waiting for the committee to draft after a decision rejected it (否決). */
    @Transactional
    public Revision returnByDecision(long documentId, long revisionId, long decisionId) {
        PolicyDocument document = access.readable(documentId, "approve");
        Revision before = get(documentId, revisionId);
        Decision decision = decisions
                .find(decisionId)
                .filter(d -> d.decides(Revision.MATTER_KIND, revisionId) && !d.carried())
                .orElseThrow(() -> new NotAllowedException("policy.approval.error.decisionNotUsable"));
        int step = before.nextStep();
        String comment = text("policy.approval.committeeRejected", decision.number());
        Revision after = before.returnByDecision(OffsetDateTime.now(clock));
        repository.update(after);
        String actor = jp.mamori.shared.Access.currentLogin();
        repository.note(
                revisionId,
                "RETURNED",
                actor,
                text("policy.approval.committee"),
                step,
                comment,
                OffsetDateTime.now(clock));
        events.publishEvent(
                new RevisionReturned(revisionId, actor, Map.of("step", Integer.toString(step), "comment", comment)));
        notifyAuthor(document, after, "policy.notice.returned");
        return get(documentId, revisionId);
    }

    /** True when the signed-in user may apply committee decisions to revisions (the secretariat). */
    public boolean mayApplyDecisions() {
        return committee.mayManage();
    }

    /** The carried decisions about the revision that may pass its committee step now. */
    @Transactional(readOnly = true)
    public List<Decision> usableDecisions(Revision revision) {
        if (!revision.awaitsCommittee()) {
            return List.of();
        }
        return decisions.about(Revision.MATTER_KIND, revision.id()).stream()
                .filter(d -> isUsable(revision, d))
                .toList();
    }

    /** Every decision of the committee about the revision, oldest first. */
    @Transactional(readOnly = true)
    public List<Decision> decisionsAbout(long revisionId) {
        return decisions.about(Revision.MATTER_KIND, revisionId);
    }

    private Decision usableDecision(Revision revision, long decisionId) {
        Decision decision = decisions
                .find(decisionId)
                .orElseThrow(() -> jp.mamori.shared.InvalidInputException.of(
                        "decisionId", "policy.approval.error.decisionUnknown", decisionId));
        if (!isUsable(revision, decision)) {
            throw jp.mamori.shared.InvalidInputException.of(
                    "decisionId", "policy.approval.error.decisionNotUsable", decision.number());
        }
        return decision;
    }

    private boolean isUsable(Revision revision, Decision decision) {
        if (!decision.carried() || !decision.decides(Revision.MATTER_KIND, revision.id())) {
            return false;
        }
        Optional<OffsetDateTime> submitted = repository.notes(revision.id()).stream()
                .filter(n -> n.kind().equals("SUBMITTED"))
                .map(RevisionNote::at)
                .reduce((a, b) -> b);
        return submitted.map(at -> !decision.recordedAt().isBefore(at)).orElse(false);
    }

    private void approved(PolicyDocument document, Revision after, int step, String actor, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("step", Integer.toString(step));
        details.put("role", after.approvals().get(step - 1).role().name());
        details.putAll(extra);
        if (after.recordedState() == RevisionState.APPROVED) {
            details.put("final", "true");
            details.put("contentHash", Objects.requireNonNull(after.contentHash()));
        }
        events.publishEvent(new RevisionApproved(after.id(), actor, details));
        if (after.recordedState() == RevisionState.APPROVED) {
            notifyAuthor(document, after, "policy.notice.approved");
            if (!Objects.requireNonNull(after.effectiveOn()).isAfter(LocalDate.now(clock))) {
                announceIfInForce(after, LocalDate.now(clock), actor);
            }
        } else {
            notifyNextApprovers(document, after);
        }
    }

    /** Returns the revision to its author as a draft, with the approver's comment. */
    @Transactional
    public Revision reject(long documentId, long revisionId, String comment) {
        PolicyDocument document = access.readable(documentId, "approve");
        Revision before = get(documentId, revisionId);
        Approver approver = access.currentApprover(document);
        int step = before.nextStep();
        Revision after = before.reject(approver, comment.strip(), OffsetDateTime.now(clock));
        repository.update(after);
        repository.note(
                revisionId,
                "RETURNED",
                approver.login(),
                approver.name(),
                step,
                comment.strip(),
                OffsetDateTime.now(clock));
        events.publishEvent(new RevisionReturned(
                revisionId, approver.login(), Map.of("step", Integer.toString(step), "comment", comment.strip())));
        notifyAuthor(document, after, "policy.notice.returned");
        return get(documentId, revisionId);
    }

    /**
     * Publishes {@link RevisionCameIntoForce} for every approved revision whose 施行日 has come and
     * that was not announced yet. Revisions already overtaken by a later one are marked without an
     * event (they never were the one in force when anyone could look). Returns how many came into force.
     */
    @Transactional
    int announceDue(LocalDate today) {
        int count = 0;
        for (Revision revision : repository.dueForAnnouncement(today)) {
            if (announceIfInForce(revision, today, "system")) {
                count++;
            }
        }
        return count;
    }

    private boolean announceIfInForce(Revision revision, LocalDate today, String actor) {
        boolean inForce = timeline(revision.documentId()).stateOf(revision, today) == RevisionState.IN_FORCE;
        if (!repository.markAnnounced(revision.id(), OffsetDateTime.now(clock)) || !inForce) {
            return false;
        }
        events.publishEvent(new RevisionCameIntoForce(
                revision.documentId(),
                revision.id(),
                revision.number(),
                Objects.requireNonNull(revision.effectiveOn()),
                Objects.requireNonNull(revision.contentHash()),
                actor));
        return true;
    }

    /** Who may decide the next step: holders of its role for the owner unit, except writers and earlier approvers. */
    List<PersonSummary> nextApprovers(PolicyDocument document, Revision revision) {
        Optional<Role> role = revision.nextRole();
        if (role.isEmpty()) {
            return List.of();
        }
        return directory.holdersFor(role.get(), document.ownerUnitId(), LocalDate.now(clock)).stream()
                .filter(p -> !Objects.equals(p.id(), revision.authorPersonId()))
                .filter(p -> revision.approvals().stream().noneMatch(a -> Objects.equals(a.personId(), p.id())))
                .toList();
    }

    private void notifyNextApprovers(PolicyDocument document, Revision revision) {
        Notifications sender = notifications;
        String title = text("policy.notice.approvalRequested.title", document.title(), revision.number());
        String body = text(
                "policy.notice.approvalRequested.body",
                document.title(),
                revision.number(),
                revision.nextStep(),
                text(revision.nextRole().orElseThrow().messageKey()),
                revision.authorName());
        for (PersonSummary person : nextApprovers(document, revision)) {
            sender.send(new Notice(person.id(), "policy.approval.requested", title, body, link(revision)));
        }
    }

    private void notifyAuthor(PolicyDocument document, Revision revision, String key) {
        Notifications sender = notifications;
        if (revision.authorPersonId() == null) {
            return;
        }
        String effective = revision.effectiveOn() == null ? "" : Wareki.japanese(revision.effectiveOn());
        String title = text(key + ".title", document.title(), revision.number());
        String body = text(key + ".body", document.title(), revision.number(), effective);
        sender.send(new Notice(revision.authorPersonId(), key.replace("notice.", ""), title, body, link(revision)));
    }

    private static String link(Revision revision) {
        return "/policies/" + revision.documentId() + "/revisions/" + revision.id();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPANESE);
    }

    private PolicyDocument editable(long documentId) {
        PolicyDocument document = access.readable(documentId, "edit");
        if (!access.canEdit(document)) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
        return document;
    }

    static Map<String, String> values(RevisionDraft draft) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("documentNumber", draft.documentNumber());
        values.put("enactedOn", date(draft.enactedOn()));
        values.put("amendedOn", date(draft.amendedOn()));
        values.put("effectiveOn", date(draft.effectiveOn()));
        values.put("reason", draft.reason());
        values.put("supplementaryProvisions.sha256", ContentHash.sha256(draft.supplementaryProvisions()));
        values.put("body.sha256", ContentHash.sha256(draft.body()));
        return values;
    }

    private static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changes = new LinkedHashMap<>();
        before.forEach((key, old) -> {
            String now = after.get(key);
            if (!Objects.equals(old, now)) {
                changes.put(key, old + " → " + now);
            }
        });
        return changes;
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
