package jp.mamori.audit.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.audit.AuditEvent.PlanApproved;
import jp.mamori.audit.AuditEvent.PlanCreated;
import jp.mamori.audit.AuditEvent.PlanSubmitted;
import jp.mamori.committee.Decision;
import jp.mamori.committee.Decisions;
import jp.mamori.shared.Access;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit plans: the 監査統括責任者 writes a 中期監査計画 (up to five fiscal years) and, under an approved
 * one, each 年度監査計画; each is submitted and approved by the CISO or a committee member recording the
 * committee's decision ({@link AuditSettings#planApprover()}), never by its author.
 */
@Service
@EnableConfigurationProperties(AuditSettings.class)
public class AuditPlans {
    static final int TITLE_MAX = 200;
    static final int CONTENT_MAX = 8000;

    private final EngagementRepository repository;
    private final AuditSettings settings;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FreshSecondFactor secondFactor;
    private final Decisions decisions;

    AuditPlans(
            EngagementRepository repository,
            AuditSettings settings,
            Access access,
            ApplicationEventPublisher events,
            Clock clock,
            FreshSecondFactor secondFactor,
            Decisions decisions) {
        this.secondFactor = secondFactor;
        this.decisions = decisions;
        this.repository = repository;
        this.settings = settings;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** What a new plan says. */
    public record PlanDraft(
            PlanKind kind,
            String title,
            int yearFrom,
            int yearTo,
            @Nullable Long parentId,
            String content) {}

    /** May read the plans: body-wide readers, and the committee's members, who may have to approve them. */
    public boolean mayRead() {
        return access.canReadAll() || access.hasRole(Role.COMMITTEE_MEMBER.name());
    }

    /** May write plans and engagements: the 監査統括責任者. */
    public boolean mayDirect() {
        return access.hasRole(Role.AUDIT_DIRECTOR.name());
    }

    public boolean mayApprove(AuditPlan plan) {
        return plan.state() == PlanState.SUBMITTED
                && access.hasRole(plan.approver().role().name())
                && !Access.currentLogin().equals(plan.createdBy());
    }

    public PlanApprover approver() {
        return settings.planApprover();
    }

    /** The fiscal year of today (April–March). */
    public int currentFiscalYear() {
        return Wareki.fiscalYearOf(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public List<AuditPlan> plans() {
        requireReader();
        return repository.plans();
    }

    @Transactional(readOnly = true)
    public AuditPlan plan(long id) {
        requireReader();
        return repository.plan(id, false).orElseThrow(() -> new NotFoundException("audit-plan", id));
    }

    /** The plan an engagement stands under, for whoever may read the engagement (its report names it). */
    @Transactional(readOnly = true)
    AuditPlan planOf(Engagement engagement) {
        long id = java.util.Objects.requireNonNull(engagement.planId());
        return repository.plan(id, false).orElseThrow(() -> new NotFoundException("audit-plan", id));
    }

    @Transactional(readOnly = true)
    public List<Engagement> engagementsOf(long planId) {
        requireReader();
        return repository.engagementsOfPlan(planId);
    }

    @Transactional
    public AuditPlan create(PlanDraft draft) {
        if (!mayDirect()) {
            throw new NotAllowedException("aud.error.mayNotDirect");
        }
        List<Problem> problems = new ArrayList<>();
        String title = draft.title().strip();
        String content = draft.content().strip();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "aud.error.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "aud.error.tooLong", TITLE_MAX));
        }
        if (content.isEmpty()) {
            problems.add(Problem.of("content", "aud.error.required"));
        } else if (content.length() > CONTENT_MAX) {
            problems.add(Problem.of("content", "aud.error.tooLong", CONTENT_MAX));
        }
        int from = draft.yearFrom();
        int to = draft.kind() == PlanKind.ANNUAL ? from : draft.yearTo();
        if (from < 2000 || from > 2200 || to < from || to - from > 4) {
            problems.add(Problem.of("yearTo", "aud.error.planYears"));
        }
        Long parent = null;
        if (draft.kind() == PlanKind.ANNUAL) {
            AuditPlan medium = draft.parentId() == null
                    ? null
                    : repository.plan(draft.parentId(), false).orElse(null);
            if (medium == null || medium.kind() != PlanKind.MEDIUM_TERM) {
                problems.add(Problem.of("parentId", "aud.error.parentRequired"));
            } else if (medium.state() != PlanState.APPROVED) {
                problems.add(Problem.of("parentId", "aud.error.parentNotApproved"));
            } else if (from < medium.yearFrom() || from > medium.yearTo()) {
                problems.add(Problem.of("yearFrom", "aud.error.yearOutsideParent"));
            } else {
                parent = medium.id();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertPlan(
                draft.kind(),
                title,
                from,
                to,
                parent,
                content,
                settings.planApprover(),
                actor,
                OffsetDateTime.now(clock));
        events.publishEvent(new PlanCreated(id, actor, draft.kind().name(), title, from, to));
        return repository.plan(id, false).orElseThrow();
    }

    @Transactional
    public void submit(long id) {
        AuditPlan plan = repository.plan(id, true).orElseThrow(() -> new NotFoundException("audit-plan", id));
        if (!mayDirect()) {
            throw new NotAllowedException("aud.error.mayNotDirect");
        }
        if (plan.state() != PlanState.DRAFT) {
            throw InvalidInputException.of("state", "aud.error.planNotDraft");
        }
        String actor = Access.currentLogin();
        repository.planState(id, PlanState.SUBMITTED, "submitted", actor, OffsetDateTime.now(clock));
        events.publishEvent(new PlanSubmitted(id, actor, plan.approver().name()));
    }

    /**
     * Approves a submitted plan: the configured approver (the CISO, or for the committee a member of
     * it), never its author, confirming with a fresh code from the authenticator app. Where the
     * committee approves, the plan names the committee's carried decision about it, recorded after the
     * plan was submitted. Nothing is approved while the decision or the code is wrong.
     */
    @Transactional
    public void approve(long id, @Nullable Long decisionId, @Nullable String code, @Nullable String source) {
        AuditPlan plan = repository.plan(id, true).orElseThrow(() -> new NotFoundException("audit-plan", id));
        if (plan.state() != PlanState.SUBMITTED) {
            throw InvalidInputException.of("state", "aud.error.planNotSubmitted");
        }
        if (!access.hasRole(plan.approver().role().name())) {
            throw new NotAllowedException(
                    "aud.error.mayNotApprove." + plan.approver().name());
        }
        if (Access.currentLogin().equals(plan.createdBy())) {
            throw new NotAllowedException("sod.selfApproval");
        }
        Decision decision = null;
        if (plan.approver() == PlanApprover.COMMITTEE) {
            if (decisionId == null) {
                throw InvalidInputException.of("decisionId", "aud.error.decisionRequired");
            }
            decision = decisions
                    .find(decisionId)
                    .orElseThrow(() -> InvalidInputException.of("decisionId", "aud.error.decisionUnknown", decisionId));
            if (!usable(plan, decision)) {
                throw InvalidInputException.of("decisionId", "aud.error.decisionNotUsable", decision.number());
            }
        }
        String actor = Access.currentLogin();
        secondFactor.confirm(actor, code, source);
        repository.planState(id, PlanState.APPROVED, "approved", actor, OffsetDateTime.now(clock));
        if (decision != null) {
            repository.planDecision(id, decision.id());
            // the committee's side of the link: the decision's page lists the plan it approved
            decisions.recordApproval(decision.id(), AuditPlan.MATTER_KIND, id);
        }
        events.publishEvent(new PlanApproved(
                id,
                actor,
                plan.approver().name(),
                decision == null ? "" : Long.toString(decision.id()),
                decision == null ? "" : decision.number()));
    }

    /** The committee's carried decisions about the plan that may approve it now (recorded after submission). */
    @Transactional(readOnly = true)
    public List<Decision> usableDecisions(AuditPlan plan) {
        if (plan.approver() != PlanApprover.COMMITTEE || plan.state() != PlanState.SUBMITTED) {
            return List.of();
        }
        return decisions.about(AuditPlan.MATTER_KIND, plan.id()).stream()
                .filter(d -> usable(plan, d))
                .toList();
    }

    /** The decision the plan was approved with, if any (readers of the plan). */
    @Transactional(readOnly = true)
    public java.util.Optional<Decision> decisionOf(AuditPlan plan) {
        return plan.decisionId() == null ? java.util.Optional.empty() : decisions.find(plan.decisionId());
    }

    private static boolean usable(AuditPlan plan, Decision decision) {
        return decision.carried()
                && decision.decides(AuditPlan.MATTER_KIND, plan.id())
                && plan.submittedAt() != null
                && !decision.recordedAt().isBefore(plan.submittedAt());
    }

    /** Plans waiting for the committee's decision (for the committee's decision form). */
    @Transactional(readOnly = true)
    List<AuditPlan> awaitingCommittee() {
        return repository.plansIn(PlanState.SUBMITTED).stream()
                .filter(p -> p.approver() == PlanApprover.COMMITTEE)
                .toList();
    }

    private void requireReader() {
        if (!mayRead()) {
            throw new NotAllowedException("aud.error.mayNotReadAudit");
        }
    }
}
