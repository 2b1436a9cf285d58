package jp.mamori.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.mamori.committee.CommitteeEvent.DecisionApplied;
import jp.mamori.committee.CommitteeEvent.DecisionRecorded;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions (議決) of the committee: recorded by the secretariat at a held meeting (the members
 * present vote; {@link VotingRule}) or as a written resolution (書面決議), each confirmed with a fresh
 * second factor, numbered per fiscal year and never changed afterwards.
 *
 * <p>The face for other modules: {@link #find}, {@link #about} and {@link #carriedAbout} read
 * decisions without an access check (the caller shows them within its own rules);
 * {@link #recordApproval} is the committee's step of another module's approval (checked, recorded,
 * audited, listed on the decision's page); {@link CommitteeEvent.DecisionRecorded} is published in
 * the recording transaction; the matters a decision may decide are gathered from every
 * {@link DecisionMatters} bean.
 */
@Service
public class Decisions {
    private final CommitteeRepository repository;
    private final Committee committee;
    private final ObjectProvider<DecisionMatters> matters;
    private final FreshSecondFactor secondFactor;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Decisions(
            CommitteeRepository repository,
            Committee committee,
            ObjectProvider<DecisionMatters> matters,
            FreshSecondFactor secondFactor,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.committee = committee;
        this.matters = matters;
        this.secondFactor = secondFactor;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The decision with this id, for other modules (no access check). */
    @Transactional(readOnly = true)
    public Optional<Decision> find(long id) {
        return repository.decision(id);
    }

    /** Every decision about that matter of another module, oldest first (no access check). */
    @Transactional(readOnly = true)
    public List<Decision> about(String kind, long id) {
        return repository.decisionsAbout(kind, id);
    }

    /**
     * The carried decisions (可決) about that matter of another module, newest first: the ones its
     * approval step may name (no access check).
     */
    @Transactional(readOnly = true)
    public List<Decision> carriedAbout(String kind, long id) {
        return repository.decisionsAbout(kind, id).stream()
                .filter(Decision::carried)
                .sorted(java.util.Comparator.comparing(Decision::id).reversed())
                .toList();
    }

    /**
     * The committee's step of another module's approval: checks that the decision exists, carried
     * and decides that matter ({@code kind}, {@code id}), then records that it approved the matter
     * (listed on the decision's page) and audits it ({@code committee.decision.applied}). Runs in the
     * caller's transaction; the caller keeps the decision's id on its own record. Recording the same
     * approval again changes nothing. Refused, on the field {@code decisionId}, without a decision
     * ({@code cmt.error.decisionRequired}), for an unknown one, a rejected one, or one about another
     * matter. No access check: the caller decides who may approve.
     *
     * @return the decision, for the caller to show its number
     */
    @Transactional
    public Decision recordApproval(@Nullable Long decisionId, String kind, long id) {
        if (decisionId == null) {
            throw InvalidInputException.of("decisionId", "cmt.error.decisionRequired");
        }
        Decision decision = repository
                .decision(decisionId)
                .orElseThrow(() -> InvalidInputException.of("decisionId", "cmt.error.decisionUnknown", decisionId));
        if (!decision.carried()) {
            throw InvalidInputException.of("decisionId", "cmt.error.decisionNotCarried", decision.number());
        }
        if (!decision.decides(kind, id)) {
            throw InvalidInputException.of("decisionId", "cmt.error.decisionOtherMatter", decision.number());
        }
        if (repository.approvals(decision.id()).stream()
                .noneMatch(a -> a.matter().kind().equals(kind) && a.matter().id() == id)) {
            CurrentUser user = Access.current().orElse(new CurrentUser("system", null, "system", false, List.of()));
            repository.insertApproval(
                    decision.id(), kind, id, user.login(), user.displayName(), OffsetDateTime.now(clock));
            Matter matter = Objects.requireNonNull(decision.matter());
            events.publishEvent(
                    new DecisionApplied(decision.id(), user.login(), decision.number(), kind, id, matter.label()));
        }
        return decision;
    }

    /** What the decision approved in other modules (readers only), oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionApproval> approvals(long decisionId) {
        decision(decisionId);
        return repository.approvals(decisionId);
    }

    /** The decision for the committee's pages and API (readers only; unknown id 404). */
    @Transactional(readOnly = true)
    public Decision decision(long id) {
        committee.requireRead();
        return repository.decision(id).orElseThrow(() -> new NotFoundException("committee decision", id));
    }

    @Transactional(readOnly = true)
    public List<MemberVote> votes(long decisionId) {
        decision(decisionId);
        return repository.votes(decisionId);
    }

    @Transactional(readOnly = true)
    public Page<Decision> list(int page, int size) {
        committee.requireRead();
        int[] b = Page.bounds(page, size);
        return new Page<>(repository.decisions(b[0] * b[1], b[1]), b[0], b[1], repository.countDecisions());
    }

    @Transactional(readOnly = true)
    public List<Decision> ofMeeting(long meetingId) {
        committee.meeting(meetingId);
        return repository.decisionsOf(meetingId);
    }

    /** The matters of other modules waiting for a decision now. */
    @Transactional(readOnly = true)
    public List<Matter> awaitingMatters() {
        List<Matter> all = new ArrayList<>();
        matters.orderedStream().forEach(m -> all.addAll(m.awaiting()));
        return all;
    }

    /**
     * Records a decision taken at a held meeting: the meeting must have a quorum, and every member
     * present votes (only they do).
     */
    @Transactional
    public Decision recordAtMeeting(
            long meetingId, DecisionDraft draft, @Nullable String code, @Nullable String source) {
        committee.requireManage();
        Meeting meeting = committee.locked(meetingId);
        meeting.requireHeld();
        List<Attendance> attendance = repository.attendance(meetingId);
        List<Attendance> present =
                attendance.stream().filter(Attendance::present).toList();
        if (!VotingRule.quorum(attendance.size(), present.size())) {
            throw InvalidInputException.of("votes", "cmt.error.noQuorum", present.size(), attendance.size());
        }
        List<Problem> problems = new ArrayList<>(draft.problems());
        List<MemberVote> votes = new ArrayList<>();
        for (Attendance a : present) {
            Vote vote = draft.votes().get(a.personId());
            if (vote == null) {
                problems.add(Problem.of("votes", "cmt.error.voteMissing", a.name()));
            } else {
                votes.add(new MemberVote(a.personId(), a.name(), vote));
            }
        }
        for (Long voter : draft.votes().keySet()) {
            if (present.stream().noneMatch(a -> a.personId() == voter)) {
                problems.add(Problem.of("votes", "cmt.error.voterNotPresent", voter));
            }
        }
        Matter matter = matter(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<Vote> chairVote = present.stream()
                .filter(a -> a.seat() == Seat.CHAIR)
                .findFirst()
                .map(a -> draft.votes().get(a.personId()));
        Outcome outcome =
                VotingRule.atMeeting(votes.stream().map(MemberVote::vote).toList(), chairVote);
        return record(DecisionMethod.MEETING, meetingId, meeting.heldOn(), draft, matter, votes, outcome, code, source);
    }

    /**
     * Records a written resolution (書面決議) decided on the day: the members of that day answered in
     * writing; it carries only when every one of them is for it.
     */
    @Transactional
    public Decision recordInWriting(
            DecisionDraft draft, @Nullable LocalDate decidedOn, @Nullable String code, @Nullable String source) {
        committee.requireManage();
        List<Problem> problems = new ArrayList<>(draft.problems());
        if (decidedOn == null) {
            problems.add(Problem.of("decidedOn", "cmt.error.required"));
        } else if (decidedOn.isAfter(committee.today())) {
            problems.add(Problem.of("decidedOn", "cmt.error.future"));
        }
        List<Member> members = decidedOn == null ? List.of() : committee.members(decidedOn);
        if (decidedOn != null && members.isEmpty()) {
            problems.add(Problem.of("votes", "cmt.error.noMembers"));
        }
        List<MemberVote> votes = new ArrayList<>();
        for (Member m : members) {
            Vote vote = draft.votes().get(m.personId());
            if (vote != null) {
                votes.add(new MemberVote(m.personId(), m.name(), vote));
            }
        }
        for (Long voter : draft.votes().keySet()) {
            if (members.stream().noneMatch(m -> m.personId() == voter)) {
                problems.add(Problem.of("votes", "cmt.error.notMember", voter));
            }
        }
        Matter matter = matter(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Outcome outcome = VotingRule.inWriting(
                members.size(), votes.stream().map(MemberVote::vote).toList());
        return record(
                DecisionMethod.WRITTEN,
                null,
                Objects.requireNonNull(decidedOn),
                draft,
                matter,
                votes,
                outcome,
                code,
                source);
    }

    private @Nullable Matter matter(DecisionDraft draft, List<Problem> problems) {
        if (draft.matterKey() == null) {
            return null;
        }
        Optional<Matter> offered = awaitingMatters().stream()
                .filter(m -> m.key().equals(draft.matterKey()))
                .findFirst();
        if (offered.isEmpty()) {
            problems.add(Problem.of("matter", "cmt.error.matterUnknown"));
            return null;
        }
        return offered.get();
    }

    private Decision record(
            DecisionMethod method,
            @Nullable Long meetingId,
            LocalDate decidedOn,
            DecisionDraft draft,
            @Nullable Matter matter,
            List<MemberVote> votes,
            Outcome outcome,
            @Nullable String code,
            @Nullable String source) {
        CurrentUser user = access.user();
        secondFactor.confirm(user.login(), code, source);
        int year = Wareki.fiscalYearOf(decidedOn);
        Decision decision = new Decision(
                0,
                year,
                repository.nextSeq(year),
                method,
                meetingId,
                draft.title(),
                draft.resolution(),
                matter,
                outcome,
                decidedOn,
                count(votes, Vote.FOR),
                count(votes, Vote.AGAINST),
                count(votes, Vote.ABSTAIN),
                user.login(),
                user.displayName(),
                OffsetDateTime.now(clock));
        long id = repository.insertDecision(decision, votes);
        events.publishEvent(new DecisionRecorded(
                id,
                user.login(),
                decision.number(),
                method,
                meetingId == null ? 0 : meetingId,
                outcome,
                matter == null ? "" : matter.kind(),
                matter == null ? 0 : matter.id(),
                decision.votesFor(),
                decision.votesAgainst(),
                decision.abstentions()));
        return repository.decision(id).orElseThrow();
    }

    private static int count(List<MemberVote> votes, Vote vote) {
        return (int) votes.stream().filter(v -> v.vote() == vote).count();
    }
}
