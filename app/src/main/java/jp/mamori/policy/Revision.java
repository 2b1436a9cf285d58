package jp.mamori.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.RecordFields;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a policy document, and the aggregate that guards its approval (決裁).
 *
 * <p>Lifecycle: a revision is written as a {@link RevisionState#DRAFT} and may be changed only
 * then. {@link #submit} sends it into {@link RevisionState#IN_APPROVAL} with the ordered approval
 * chain of its tier (copied into the revision, so a change of the settings does not disturb an
 * approval under way). Each {@link #approve} fills the next step; the approver must hold that
 * step's role for the owner unit, must not have written the revision (segregation of duties) and
 * approves at most one step. After the last step the revision is {@link RevisionState#APPROVED},
 * its content hash is fixed and nothing in it changes again. {@link #reject} at any step returns it
 * to draft with a comment and clears the approvals given so far. Whether an approved revision is in
 * force or superseded on a day is not stored: {@link RevisionTimeline} derives it from the 施行日.
 *
 * <p>A tier may end its chain with the committee's step ({@link #COMMITTEE_STEP}): no person's
 * approval passes it, only {@link #approveByDecision} with a carried decision (議決) of the
 * 情報セキュリティ委員会 about this revision, recorded after the revision was sent to approval.
 *
 * @param writers logins of everyone who wrote the text (the author first); none of them approves
 * @param approvalChain the roles that approve, in order (empty until submitted)
 */
public record Revision(
        long id,
        long documentId,
        int number,
        String documentNumber,
        @Nullable LocalDate enactedOn,
        @Nullable LocalDate amendedOn,
        @Nullable LocalDate effectiveOn,
        String reason,
        String supplementaryProvisions,
        String body,
        RevisionState recordedState,
        String authorLogin,
        @Nullable Long authorPersonId,
        String authorName,
        Set<String> writers,
        List<Role> approvalChain,
        List<Approval> approvals,
        @Nullable String contentHash,
        @Nullable OffsetDateTime approvedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The committee's step in an approval chain: passed by a decision of the committee, never by a person. */
    public static final Role COMMITTEE_STEP = Role.COMMITTEE_MEMBER;

    /** The matter kind of a revision in the committee's decisions. */
    public static final String MATTER_KIND = "policy-revision";

    /** The components by name: the text's fields are those of {@link RevisionDraft}, by the same names. */
    static final RecordFields<Revision> FIELDS = RecordFields.of(Revision.class);

    static final RecordFields<RevisionDraft> TEXT = RecordFields.of(RevisionDraft.class);

    public Revision {
        writers = Set.copyOf(new LinkedHashSet<>(writers));
        approvalChain = List.copyOf(approvalChain);
        approvals = List.copyOf(approvals);
        if (recordedState == RevisionState.IN_FORCE || recordedState == RevisionState.SUPERSEDED) {
            throw new IllegalArgumentException("in force and superseded are derived, never stored");
        }
    }

    /** A new draft; the id is assigned when it is stored. */
    static Revision draft(
            long documentId,
            int number,
            RevisionDraft text,
            String login,
            @Nullable Long personId,
            String name,
            OffsetDateTime now) {
        return FIELDS.build(component -> switch (component) {
            case "id" -> 0L;
            case "documentId" -> documentId;
            case "number" -> number;
            case "recordedState" -> RevisionState.DRAFT;
            case "authorLogin" -> login;
            case "authorPersonId" -> personId;
            case "authorName" -> name;
            case "writers" -> Set.of(login);
            case "approvalChain", "approvals" -> List.of();
            case "createdAt", "updatedAt" -> now;
            default -> TEXT.has(component) ? TEXT.get(text, component) : null;
        });
    }

    Revision withId(long newId) {
        return FIELDS.with(this, "id", newId);
    }

    /** The text as a draft, e.g. to start the next revision from this one. */
    public RevisionDraft text() {
        return TEXT.build(name -> FIELDS.get(this, name));
    }

    /** Changes the text of a draft. */
    Revision edit(RevisionDraft text, String login, OffsetDateTime now) {
        requireState(RevisionState.DRAFT, "policy.revision.error.notDraft");
        List<Problem> problems = text.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> newWriters = new LinkedHashSet<>(writers);
        newWriters.add(login);
        return FIELDS.build(name -> switch (name) {
            case "recordedState" -> RevisionState.DRAFT;
            case "writers" -> newWriters;
            case "approvalChain", "approvals" -> List.of();
            case "contentHash", "approvedAt" -> null;
            case "updatedAt" -> now;
            default -> TEXT.has(name) ? TEXT.get(text, name) : FIELDS.get(this, name);
        });
    }

    /**
     * Sends the draft to approval with the chain of its tier. The draft must be complete and its
     * 施行日 must not lie before that of the latest approved revision of the document.
     */
    Revision submit(List<Role> chain, @Nullable LocalDate latestApprovedEffectiveOn, OffsetDateTime now) {
        requireState(RevisionState.DRAFT, "policy.revision.error.notDraft");
        if (chain.isEmpty()) {
            throw new IllegalStateException("an approval chain has at least one step");
        }
        List<Problem> problems = new ArrayList<>(text().completeness());
        if (latestApprovedEffectiveOn != null
                && effectiveOn != null
                && effectiveOn.isBefore(latestApprovedEffectiveOn)) {
            problems.add(Problem.of(
                    "effectiveOn", "policy.revision.error.effectiveBeforeLatest", latestApprovedEffectiveOn));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return moved(RevisionState.IN_APPROVAL, chain, List.of(), null, null, now);
    }

    /** The role the next approval needs, empty unless in approval. */
    Optional<Role> nextRole() {
        if (recordedState != RevisionState.IN_APPROVAL || approvals.size() >= approvalChain.size()) {
            return Optional.empty();
        }
        return Optional.of(approvalChain.get(approvals.size()));
    }

    /** The step (from 1) waiting for a decision, or 0 when none is. */
    public int nextStep() {
        return nextRole().isPresent() ? approvals.size() + 1 : 0;
    }

    /** True when this approver may decide the current step (approve or reject). */
    public boolean mayDecide(Approver approver) {
        return decisionRefusal(approver).isEmpty();
    }

    /** The next step approved by the approver; the last one makes the revision approved and immutable. */
    Revision approve(Approver approver, OffsetDateTime now) {
        requireDecision(approver);
        Role role = nextRole().orElseThrow();
        List<Approval> next = new ArrayList<>(approvals);
        next.add(new Approval(approvals.size() + 1, role, approver.login(), approver.personId(), approver.name(), now));
        if (next.size() < approvalChain.size()) {
            return moved(RevisionState.IN_APPROVAL, approvalChain, next, null, null, now);
        }
        Revision approved = moved(RevisionState.APPROVED, approvalChain, next, null, now, now);
        return approved.withHash(ContentHash.of(approved));
    }

    /** True when the next step is the committee's decision. */
    public boolean awaitsCommittee() {
        return nextRole().filter(r -> r == COMMITTEE_STEP).isPresent();
    }

    /** True when the chain has a committee step not yet passed. */
    public boolean committeeStepOpen() {
        return recordedState == RevisionState.IN_APPROVAL
                && approvalChain.contains(COMMITTEE_STEP)
                && approvals.stream().noneMatch(Approval::byCommittee);
    }

    /**
     * Passes the committee's step with the decision (the caller checked that it carried, is about
     * this revision and came after the submission); the last step makes the revision approved.
     *
     * @param label who decided, as the approval shows it (情報セキュリティ委員会 and the 議決番号)
     */
    Revision approveByDecision(long decisionId, String label, OffsetDateTime now) {
        if (!awaitsCommittee()) {
            throw new NotAllowedException(
                    recordedState == RevisionState.IN_APPROVAL
                            ? "policy.approval.error.notCommitteeStep"
                            : "policy.revision.error.notInApproval");
        }
        List<Approval> next = new ArrayList<>(approvals);
        next.add(new Approval(approvals.size() + 1, COMMITTEE_STEP, "committee", null, label, now, decisionId));
        if (next.size() < approvalChain.size()) {
            return moved(RevisionState.IN_APPROVAL, approvalChain, next, null, null, now);
        }
        Revision approved = moved(RevisionState.APPROVED, approvalChain, next, null, now, now);
        return approved.withHash(ContentHash.of(approved));
    }

    /** Returns the revision to draft after the committee rejected it (否決); the approvals lapse. */
    Revision returnByDecision(OffsetDateTime now) {
        if (!awaitsCommittee()) {
            throw new NotAllowedException("policy.approval.error.notCommitteeStep");
        }
        return moved(RevisionState.DRAFT, List.of(), List.of(), null, null, now);
    }

    /** Returns the revision to draft with the approver's comment; the approvals given so far lapse. */
    Revision reject(Approver approver, String comment, OffsetDateTime now) {
        requireDecision(approver);
        if (comment.isBlank()) {
            throw InvalidInputException.of("comment", "policy.revision.error.commentRequired");
        }
        return moved(RevisionState.DRAFT, List.of(), List.of(), null, null, now);
    }

    private void requireDecision(Approver approver) {
        decisionRefusal(approver).ifPresent(key -> {
            throw new NotAllowedException(key);
        });
    }

    /** Why the approver may not decide now, as a message key; empty when they may. */
    public Optional<String> decisionRefusal(Approver approver) {
        if (recordedState != RevisionState.IN_APPROVAL) {
            return Optional.of("policy.revision.error.notInApproval");
        }
        Role role = nextRole().orElseThrow();
        if (role == COMMITTEE_STEP) {
            return Optional.of("policy.approval.error.committeeStep");
        }
        if (writers.contains(approver.login()) || approver.isSamePersonAs(authorLogin, authorPersonId)) {
            return Optional.of("policy.approval.error.writerMayNotApprove");
        }
        if (approvals.stream().anyMatch(a -> approver.isSamePersonAs(a.login(), a.personId()))) {
            return Optional.of("policy.approval.error.oneStepPerPerson");
        }
        if (!approver.roles().contains(role)) {
            return Optional.of("policy.approval.error.notYourStep");
        }
        return Optional.empty();
    }

    private void requireState(RevisionState state, String messageKey) {
        if (recordedState != state) {
            throw new NotAllowedException(messageKey);
        }
    }

    private Revision moved(
            RevisionState state,
            List<Role> chain,
            List<Approval> newApprovals,
            @Nullable String hash,
            @Nullable OffsetDateTime approvedTime,
            OffsetDateTime now) {
        return FIELDS.build(name -> switch (name) {
            case "recordedState" -> state;
            case "approvalChain" -> chain;
            case "approvals" -> newApprovals;
            case "contentHash" -> hash;
            case "approvedAt" -> approvedTime;
            case "updatedAt" -> now;
            default -> FIELDS.get(this, name);
        });
    }

    private Revision withHash(String hash) {
        return FIELDS.with(this, "contentHash", hash);
    }
}
