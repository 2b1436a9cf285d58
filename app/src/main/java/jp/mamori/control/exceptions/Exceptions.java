package jp.mamori.control.exceptions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.asset.InformationSystem;
import jp.mamori.committee.Decision;
import jp.mamori.committee.Decisions;
import jp.mamori.control.ControlEvent;
import jp.mamori.control.MeasureSummary;
import jp.mamori.control.catalogue.Catalogues;
import jp.mamori.control.catalogue.ControlSettings;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of exceptions (例外措置) to measures. A unit's 情報セキュリティ管理者 or 責任者 (or a
 * body-wide manager) requests one for the unit as a whole, an asset, an information system or a
 * network path, with the reason, the compensating measures and the period; the decider of the
 * settings ({@code mamori.controls.exception-decider}, CISO by default), who is not the requester,
 * approves or rejects it with a fresh code from the authenticator app, and the decision is frozen.
 * An approved exception holds from its first to its last day, then is a finding (expired) until it
 * is renewed (a new request naming it) or revoked. Every change is audited ({@link ControlEvent}).
 */
@NamedInterface("exceptions")
@Service("exceptionRegister")
@EnableConfigurationProperties(CommitteeThreshold.class)
public class Exceptions {
    /** The kind of matter a committee decision about an exception names ({@code committee.Matter}). */
    public static final String MATTER_KIND = "control-exception";

    static final int TEXT_MAX = 2000;

    private final ExceptionRepository repository;
    private final Catalogues catalogues;
    private final Directory directory;
    private final AssetRegister register;
    private final Access access;
    private final ControlSettings settings;
    private final CommitteeThreshold threshold;
    private final Decisions decisions;
    private final FreshSecondFactor secondFactor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Exceptions(
            ExceptionRepository repository,
            Catalogues catalogues,
            Directory directory,
            AssetRegister register,
            Access access,
            ControlSettings settings,
            CommitteeThreshold threshold,
            Decisions decisions,
            FreshSecondFactor secondFactor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.catalogues = catalogues;
        this.directory = directory;
        this.register = register;
        this.access = access;
        this.settings = settings;
        this.threshold = threshold;
        this.decisions = decisions;
        this.secondFactor = secondFactor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a request asks for, as entered: the measure, the unit, what within it ({@code target}:
     * an asset's or system's 管理番号; for a network path the {@code path}), the reason, the
     * compensating measures, who answers for it and the period.
     */
    public record Request(
            String measureId,
            @Nullable Long unitId,
            @Nullable ExceptionTarget targetKind,
            String target,
            NetworkPath path,
            String justification,
            String compensating,
            String owner,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The role that decides exceptions (settings). */
    public Role decider() {
        return settings.exceptionDecider();
    }

    // --- who may do what ---

    /** May open the register: body-wide readers, and 情報セキュリティ責任者・管理者 (for their units). */
    public boolean mayRead() {
        return access.canReadAll()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name())
                || mayDecideAny();
    }

    /** May read this exception: body-wide readers, the decider and the managers of its unit. */
    public boolean mayRead(ControlException e) {
        return access.canReadAll() || mayDecideAny() || access.canManageUnit(e.unitId());
    }

    /** May ask for exceptions at all (a unit is still checked on the request). */
    public boolean mayRequestAny() {
        return access.isBodyWideManager()
                || access.hasRole(Role.SECURITY_OFFICER.name())
                || access.hasRole(Role.SECURITY_MANAGER.name());
    }

    public boolean mayRequest(long unitId) {
        return access.canManageUnit(unitId);
    }

    /** Holds the decider role of the settings. */
    public boolean mayDecideAny() {
        return Access.current().map(u -> u.has(settings.exceptionDecider())).orElse(false);
    }

    /** May decide this request: the decider, not its requester, while it waits. */
    public boolean mayDecide(ControlException e) {
        return e.state() == ExceptionState.REQUESTED
                && mayDecideAny()
                && Access.current().map(u -> !u.login().equals(e.requestedBy())).orElse(false);
    }

    public boolean mayWithdraw(ControlException e) {
        return e.state() == ExceptionState.REQUESTED
                && Access.current()
                        .map(u -> u.login().equals(e.requestedBy()) || access.canManageUnit(e.unitId()))
                        .orElse(false);
    }

    /** May end an approved exception early: the decider and the managers of its unit. */
    public boolean mayRevoke(ControlException e) {
        return e.state() == ExceptionState.APPROVED && (mayDecideAny() || access.canManageUnit(e.unitId()));
    }

    /** May ask to renew: the managers of its unit, once it is approved and no renewal is waiting. */
    public boolean mayRenew(ControlException e) {
        return e.state() == ExceptionState.APPROVED
                && access.canManageUnit(e.unitId())
                && repository.renewalsOf(e.id()).stream().noneMatch(r -> r.state() == ExceptionState.REQUESTED);
    }

    // --- reading ---

    /** The units whose exceptions the user may read; null for all of them. */
    private @Nullable List<Long> readableUnits() {
        if (access.canReadAll() || mayDecideAny()) {
            return null;
        }
        return directory.units().stream()
                .map(UnitSummary::id)
                .filter(access::canManageUnit)
                .toList();
    }

    /** One page of the register the user may read, filtered and ordered in SQL. */
    @Transactional(readOnly = true)
    public Page<ControlException> page(ExceptionFilter filter, int page, int size) {
        if (!mayRead()) {
            throw new NotAllowedException("control.exception.error.mayNotRead");
        }
        int[] bounds = Page.bounds(page, size);
        return repository.page(filter, readableUnits(), today(), bounds[0], bounds[1]);
    }

    /** The exception with this reference (e.g. EX-0001); 404 when unknown, 403 when not readable. */
    @Transactional(readOnly = true)
    public ControlException get(String reference) {
        ControlException e = repository
                .byReference(reference)
                .orElseThrow(() -> new NotFoundException("control-exception", reference));
        if (!mayRead(e)) {
            throw new NotAllowedException("control.exception.error.mayNotRead");
        }
        return e;
    }

    /** The exception it renews, if any (no access check: shown with the renewal). */
    public Optional<ControlException> renewed(ControlException e) {
        return e.renewsId() == null ? Optional.empty() : repository.byId(e.renewsId());
    }

    /** The renewals that name this exception. */
    public List<ControlException> renewals(ControlException e) {
        return repository.renewalsOf(e.id());
    }

    /** Approved exceptions of the unit not yet ended (active, scheduled or expired), for its statement of applicability. */
    public List<ControlException> approvedForUnit(long unitId) {
        return repository.approvedForUnit(unitId);
    }

    /** Every exception to the measure that the user may read, newest first. */
    @Transactional(readOnly = true)
    public List<ControlException> forMeasure(String measureId) {
        return repository.forMeasure(measureId).stream().filter(this::mayRead).toList();
    }

    public UnitSummary unit(long unitId) {
        return directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /** The units whose exceptions the user may read (for the list's filter), in code order. */
    public List<UnitSummary> readableUnitsForFilter() {
        List<Long> ids = readableUnits();
        return directory.units().stream()
                .filter(u -> ids == null || ids.contains(u.id()))
                .toList();
    }

    /** The units the user may request exceptions for, in code order. */
    public List<UnitSummary> requestableUnits() {
        return directory.units().stream().filter(u -> mayRequest(u.id())).toList();
    }

    // --- changes ---

    /** Asks for a new exception. */
    @Transactional
    public ControlException request(Request r) {
        return create(r, null);
    }

    /** Asks to renew an approved exception: a new request that names it; approving it ends the old one. */
    @Transactional
    public ControlException renew(String reference, Request r) {
        ControlException old = get(reference);
        if (!mayRenew(old)) {
            throw new NotAllowedException("control.exception.error.mayNotRenew");
        }
        Request same = new Request(
                old.measureId(),
                old.unitId(),
                old.targetKind(),
                old.target(),
                old.path(),
                r.justification(),
                r.compensating(),
                r.owner(),
                r.startsOn(),
                r.endsOn());
        return create(same, old);
    }

    private ControlException create(Request r, @Nullable ControlException renews) {
        CurrentUser user = access.user();
        if (r.unitId() != null && directory.unit(r.unitId()).isPresent() && !mayRequest(r.unitId())) {
            throw new NotAllowedException("control.exception.error.mayNotRequest");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String measureId = r.measureId().strip();
        Optional<MeasureSummary> measure = measureId.isEmpty() ? Optional.empty() : catalogues.measure(measureId);
        if (measure.isEmpty() || !measure.get().adopted()) {
            problems.add(InvalidInputException.Problem.of("measureId", "control.exception.error.measure", measureId));
        }
        if (r.unitId() == null || directory.unit(r.unitId()).isEmpty()) {
            problems.add(InvalidInputException.Problem.of("unitId", "control.exception.error.unit"));
        }
        String target = r.target().strip();
        NetworkPath path = NetworkPath.NONE;
        if (r.targetKind() == null) {
            problems.add(InvalidInputException.Problem.of("targetKind", "control.exception.error.required"));
        } else {
            switch (r.targetKind()) {
                case UNIT -> target = "";
                case ASSET, SYSTEM -> target = checkAsset(r.targetKind(), target, r.unitId(), problems);
                case NETWORK -> {
                    target = "";
                    path = r.path();
                    problems.addAll(path.problems());
                }
            }
        }
        String justification = TextInput.clean(r.justification());
        String compensating = TextInput.clean(r.compensating());
        String owner = TextInput.clean(r.owner()).isEmpty() ? user.displayName() : TextInput.clean(r.owner());
        if (justification.isEmpty() || justification.length() > TEXT_MAX) {
            problems.add(InvalidInputException.Problem.of("justification", "control.exception.error.justification"));
        }
        if (compensating.isEmpty() || compensating.length() > TEXT_MAX) {
            problems.add(InvalidInputException.Problem.of("compensating", "control.exception.error.compensating"));
        }
        if (owner.length() > 200) {
            problems.add(InvalidInputException.Problem.of("owner", "control.exception.error.owner"));
        }
        LocalDate today = today();
        if (r.startsOn() == null) {
            problems.add(InvalidInputException.Problem.of("startsOn", "control.exception.error.required"));
        }
        if (r.endsOn() == null) {
            problems.add(InvalidInputException.Problem.of("endsOn", "control.exception.error.required"));
        } else if (r.endsOn().isBefore(today)) {
            problems.add(InvalidInputException.Problem.of("endsOn", "control.exception.error.endsInPast"));
        } else if (r.startsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            problems.add(InvalidInputException.Problem.of("endsOn", "control.exception.error.endsBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.nextId();
        ControlException e = new ControlException(
                id,
                String.format("EX-%04d", id),
                measureId,
                measure.orElseThrow().title(),
                r.unitId(),
                r.targetKind(),
                target,
                path,
                justification,
                compensating,
                owner,
                r.startsOn(),
                r.endsOn(),
                ExceptionState.REQUESTED,
                renews == null ? null : renews.id(),
                user.login(),
                user.displayName(),
                user.personId(),
                OffsetDateTime.now(clock),
                null,
                null,
                null,
                null,
                "",
                null,
                null,
                "",
                null,
                null,
                null);
        repository.insert(e);
        events.publishEvent(new ControlEvent.ExceptionRequested(
                e.reference(),
                user.login(),
                e.measureId(),
                unit(e.unitId()).code(),
                e.targetKind() + (e.target().isEmpty() ? "" : ":" + e.target()),
                e.isNetwork() ? e.path().text() : "",
                e.startsOn().toString(),
                e.endsOn().toString(),
                renews == null ? "" : renews.reference()));
        return e;
    }

    private String checkAsset(
            ExceptionTarget kind, String number, @Nullable Long unitId, List<InvalidInputException.Problem> problems) {
        Optional<AssetSummary> asset = number.isEmpty() ? Optional.empty() : register.byNumber(number);
        if (asset.isEmpty() || asset.get().disposed()) {
            problems.add(InvalidInputException.Problem.of("target", "control.exception.error.asset", number));
            return number;
        }
        if (unitId != null && asset.get().unitId() != unitId) {
            problems.add(InvalidInputException.Problem.of("target", "control.exception.error.assetUnit", number));
        }
        String canonical = asset.get().number();
        if (kind == ExceptionTarget.SYSTEM
                && register.informationSystems().stream()
                        .map(InformationSystem::number)
                        .noneMatch(canonical::equals)) {
            problems.add(InvalidInputException.Problem.of("target", "control.exception.error.system", number));
        }
        return canonical;
    }

    /**
     * Approves a request; the decider confirms with a fresh code from the authenticator app. Above the
     * committee threshold ({@link CommitteeThreshold}) it names a carried committee decision about the
     * exception ({@code decisionId}); without one it is refused, naming why, before the code is spent.
     */
    @Transactional
    public ControlException approve(
            String reference,
            String comment,
            @Nullable Long decisionId,
            @Nullable String code,
            @Nullable String source) {
        ControlException e = decisionFor(reference, comment, decisionId, code, source, false);
        CurrentUser user = access.user();
        if (!repository.decide(
                e.id(),
                ExceptionState.APPROVED,
                user.login(),
                user.displayName(),
                settings.exceptionDecider().name(),
                OffsetDateTime.now(clock),
                comment.strip())) {
            throw new NotAllowedException("control.exception.error.decided");
        }
        @Nullable Decision decision = null;
        if (decisionId != null && !committeeReasons(e).isEmpty()) {
            decision = decisions.find(decisionId).orElseThrow();
            repository.decidedWith(e.id(), decision.id());
        }
        events.publishEvent(new ControlEvent.ExceptionApproved(
                e.reference(),
                user.login(),
                settings.exceptionDecider(),
                e.endsOn().toString(),
                comment.strip(),
                decision == null ? "" : decision.number()));
        renewed(e).filter(old -> old.state() == ExceptionState.APPROVED).ifPresent(old -> {
            repository.end(
                    old.id(),
                    ExceptionState.APPROVED,
                    ExceptionState.RENEWED,
                    user.login(),
                    OffsetDateTime.now(clock),
                    e.reference());
            events.publishEvent(new ControlEvent.ExceptionRenewed(old.reference(), user.login(), e.reference()));
        });
        return repository.byId(e.id()).orElseThrow();
    }

    /** Rejects a request with the reason; confirmed like an approval. */
    @Transactional
    public ControlException reject(String reference, String comment, @Nullable String code, @Nullable String source) {
        ControlException e = decisionFor(reference, comment, null, code, source, true);
        CurrentUser user = access.user();
        if (!repository.decide(
                e.id(),
                ExceptionState.REJECTED,
                user.login(),
                user.displayName(),
                settings.exceptionDecider().name(),
                OffsetDateTime.now(clock),
                comment.strip())) {
            throw new NotAllowedException("control.exception.error.decided");
        }
        events.publishEvent(new ControlEvent.ExceptionRejected(
                e.reference(), user.login(), settings.exceptionDecider(), comment.strip()));
        return repository.byId(e.id()).orElseThrow();
    }

    private ControlException decisionFor(
            String reference,
            String comment,
            @Nullable Long decisionId,
            @Nullable String code,
            @Nullable String source,
            boolean rejecting) {
        boolean reasonNeeded = rejecting;
        ControlException e = get(reference);
        if (e.state() != ExceptionState.REQUESTED) {
            throw new NotAllowedException("control.exception.error.decided");
        }
        if (!mayDecideAny()) {
            throw new NotAllowedException("control.exception.error.mayNotDecide");
        }
        if (!mayDecide(e)) {
            throw new NotAllowedException("control.exception.error.requesterMayNotDecide");
        }
        if (comment.length() > TEXT_MAX || (reasonNeeded && comment.isBlank())) {
            throw InvalidInputException.of("comment", "control.exception.error.comment");
        }
        if (!rejecting) {
            // above the threshold the committee's step comes first, before the code is spent
            List<InvalidInputException.Problem> reasons = committeeReasons(e);
            if (!reasons.isEmpty()) {
                if (decisionId == null) {
                    throw new InvalidInputException(reasons);
                }
                decisions.recordApproval(decisionId, MATTER_KIND, e.id());
            }
        }
        secondFactor.confirm(access.user().login(), code, source);
        return e;
    }

    // --- the committee's step ---

    /**
     * Why the exception needs a committee decision before it is approved (problems on the field
     * {@code decisionId}, in the settings' words: too long, counted over the renewals it continues,
     * or a path from or to a guarded zone); empty when the decider approves alone.
     */
    public List<InvalidInputException.Problem> committeeReasons(ControlException e) {
        return threshold.reasons(e, firstDayOfChain(e));
    }

    /** The first day of the chain of renewals the exception continues (its own first day if none). */
    private LocalDate firstDayOfChain(ControlException e) {
        LocalDate first = e.startsOn();
        ControlException at = e;
        for (int hops = 0; at.renewsId() != null && hops < 100; hops++) {
            Optional<ControlException> renewed = repository.byId(at.renewsId());
            if (renewed.isEmpty()) {
                break;
            }
            at = renewed.get();
            first = at.startsOn().isBefore(first) ? at.startsOn() : first;
        }
        return first;
    }

    /** The committee decision the exception's approval rests on, if any (no access check). */
    public Optional<Decision> committeeDecision(ControlException e) {
        return e.decisionId() == null ? Optional.empty() : decisions.find(e.decisionId());
    }

    /** The carried decisions about the exception its approval may name, newest first. */
    @Transactional(readOnly = true)
    public List<Decision> usableDecisions(ControlException e) {
        return e.state() == ExceptionState.REQUESTED && !committeeReasons(e).isEmpty()
                ? decisions.carriedAbout(MATTER_KIND, e.id())
                : List.of();
    }

    /** Where a request waiting for a decision stands on its route to approval. */
    public enum Route {
        /** Within the threshold: the decider approves or rejects alone. */
        DECIDER,
        /** Above the threshold, no carried committee decision about it yet: the committee decides first. */
        COMMITTEE,
        /** Above the threshold with a carried decision about it: the decider may approve naming it. */
        DECIDER_AFTER_COMMITTEE
    }

    /** A request waiting for a decision and its route. */
    public record Waiting(ControlException exception, Route route) {}

    /**
     * Every request waiting for a decision with its route (no access check: for the work list, which
     * offers each to the people of its step). One query for the requests; the committee's decisions
     * are looked up only for those above the threshold.
     */
    @Transactional(readOnly = true)
    public List<Waiting> waiting() {
        return repository.requested().stream()
                .map(e -> new Waiting(
                        e,
                        committeeReasons(e).isEmpty()
                                ? Route.DECIDER
                                : decisions.carriedAbout(MATTER_KIND, e.id()).isEmpty()
                                        ? Route.COMMITTEE
                                        : Route.DECIDER_AFTER_COMMITTEE))
                .toList();
    }

    /** The requests above the committee threshold, waiting for their decision (for the committee). */
    @Transactional(readOnly = true)
    List<ControlException> awaitingCommittee() {
        return repository.requested().stream()
                .filter(e -> !committeeReasons(e).isEmpty())
                .toList();
    }

    /** Takes a request back before it is decided. */
    @Transactional
    public ControlException withdraw(String reference) {
        ControlException e = get(reference);
        if (!mayWithdraw(e)) {
            throw new NotAllowedException("control.exception.error.mayNotWithdraw");
        }
        CurrentUser user = access.user();
        if (!repository.end(
                e.id(),
                ExceptionState.REQUESTED,
                ExceptionState.WITHDRAWN,
                user.login(),
                OffsetDateTime.now(clock),
                "")) {
            throw new NotAllowedException("control.exception.error.decided");
        }
        events.publishEvent(new ControlEvent.ExceptionWithdrawn(e.reference(), user.login()));
        return repository.byId(e.id()).orElseThrow();
    }

    /** Ends an approved exception before (or after) its last day, with the reason. */
    @Transactional
    public ControlException revoke(String reference, String reason) {
        ControlException e = get(reference);
        if (!mayRevoke(e)) {
            throw new NotAllowedException("control.exception.error.mayNotRevoke");
        }
        String why = TextInput.clean(reason);
        if (why.isEmpty() || why.length() > TEXT_MAX) {
            throw InvalidInputException.of("reason", "control.exception.error.revokeReason");
        }
        CurrentUser user = access.user();
        if (!repository.end(
                e.id(),
                ExceptionState.APPROVED,
                ExceptionState.REVOKED,
                user.login(),
                OffsetDateTime.now(clock),
                why)) {
            throw new NotAllowedException("control.exception.error.decided");
        }
        events.publishEvent(new ControlEvent.ExceptionRevoked(e.reference(), user.login(), why));
        return repository.byId(e.id()).orElseThrow();
    }

    // --- netcheck ---

    /** The approved network exceptions that hold on the day (first day ≤ day ≤ last day). */
    public List<ControlException> networkHoldingOn(LocalDate day) {
        return repository.networkHoldingOn(day);
    }

    /**
     * Those exceptions in netcheck's form: a YAML file with one list, {@code exceptions:}, each item
     * with {@code id, from, to, services, justification, owner, expires} (the last valid day), read by
     * {@code netcheck rules|flows --exceptions FILE.yaml} (docs/netcheck.md).
     */
    public String netcheckYaml(LocalDate day) {
        return NetcheckExceptions.yaml(networkHoldingOn(day), day);
    }

    /**
     * The same exceptions as items of netcheck's {@code exceptions:} list (keys {@code id, from, to,
     * services, justification, owner, expires}), for the zone file the zone model writes.
     */
    public List<java.util.Map<String, Object>> netcheckItems(LocalDate day) {
        return NetcheckExceptions.items(networkHoldingOn(day));
    }
}
