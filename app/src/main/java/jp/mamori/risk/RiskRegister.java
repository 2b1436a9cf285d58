package jp.mamori.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.control.ControlCatalogue;
import jp.mamori.control.MeasureSummary;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register's one entry point for its pages, API and exports: register, change, assess,
 * accept and close risks, list them (filtered, sorted and paged in SQL), count them on the heat map,
 * and configure the matrix. Every change checks who may make it and is audited in the same
 * transaction.
 *
 * <p>Who may do what: body-wide managers and auditors read every risk; 情報セキュリティ責任者 and
 * 管理者 read the risks of their units; body-wide managers and the unit's 責任者/管理者 register,
 * change, assess and close; only a holder of the acceptor role ({@code mamori.risks.acceptor},
 * CISO) accepts; body-wide managers configure the matrix.
 */
@Service
@EnableConfigurationProperties(RiskSettings.class)
public class RiskRegister {
    private final RiskRepository repository;
    private final ControlCatalogue catalogue;
    private final AssetRegister assets;
    private final Directory directory;
    private final UnitHierarchy hierarchy;
    private final Access access;
    private final RiskSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;
    private final FreshSecondFactor secondFactor;

    RiskRegister(
            RiskRepository repository,
            ControlCatalogue catalogue,
            AssetRegister assets,
            Directory directory,
            UnitHierarchy hierarchy,
            Access access,
            RiskSettings settings,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages,
            FreshSecondFactor secondFactor) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.assets = assets;
        this.directory = directory;
        this.hierarchy = hierarchy;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
        this.secondFactor = secondFactor;
    }

    // ---- reading

    /** The matrix in use. */
    @Transactional(readOnly = true)
    public RiskMatrix matrix() {
        return repository.matrix();
    }

    /** One page of the risks the user may read. */
    @Transactional(readOnly = true)
    public Page<RiskLine> page(RiskQuery query) {
        Set<Long> units = scope(query.unitId());
        Page<RiskRepository.Row> rows = repository.page(query, units, LocalDate.now(clock));
        Map<Long, String> unitNames = unitNames();
        Map<Long, Optional<PersonSummary>> people = new HashMap<>();
        return rows.map(r -> line(r, unitNames, people));
    }

    /** Counts per cell of the matrix for the user's risks (one unit and those below it, or all). */
    @Transactional(readOnly = true)
    public HeatMap heatMap(@Nullable Long unitId, boolean residual) {
        return repository.heatMap(repository.matrix(), residual, scope(unitId));
    }

    /**
     * The risks the user may read that match the query (all pages), as an Excel workbook with the
     * heat maps before and after treatment.
     */
    @Transactional(readOnly = true)
    public byte[] workbook(RiskQuery query, Locale locale) {
        RiskMatrix matrix = repository.matrix();
        return new RiskWorkbook(messages, locale)
                .write(
                        matrix,
                        page -> page(query.withPage(page, Page.MAX_SIZE)),
                        heatMap(query.unitId(), false),
                        heatMap(query.unitId(), true),
                        LocalDate.now(clock));
    }

    /** The risk with this id, for a reader of its unit; 404 when unknown, 403 when not readable. */
    @Transactional(readOnly = true)
    public RiskView view(long id) {
        Risk risk = repository.find(id).orElseThrow(() -> new NotFoundException("risk", id));
        return view(risk);
    }

    /** The risk with this reference ({@code R-000042}). */
    @Transactional(readOnly = true)
    public RiskView viewByReference(String reference) {
        Risk risk = repository
                .findByReference(reference.strip())
                .orElseThrow(() -> new NotFoundException("risk", reference));
        return view(risk);
    }

    private RiskView view(Risk risk) {
        long unitId = risk.details().unitId();
        requireReader(unitId);
        Optional<PersonSummary> owner =
                Optional.ofNullable(risk.details().ownerPersonId()).flatMap(directory::person);
        String assetName = Optional.ofNullable(risk.details().assetNumber())
                .flatMap(assets::byNumber)
                .map(AssetSummary::name)
                .orElse(null);
        return new RiskView(
                risk,
                directory.unit(unitId).map(UnitSummary::name).orElse("#" + unitId),
                owner.map(PersonSummary::name).orElse(null),
                owner.map(PersonSummary::staffNumber).orElse(null),
                assetName,
                repository.matrix(),
                risk.state() != RiskState.CLOSED && access.canManageUnit(unitId),
                risk.state() == RiskState.ASSESSED && mayAccept());
    }

    /** The units in which the user may register risks. */
    public List<UnitSummary> unitsForRegistering() {
        return directory.units().stream()
                .filter(u -> access.canManageUnit(u.id()))
                .toList();
    }

    /** The units the user may read risks of (for the filters and the heat map). */
    public List<UnitSummary> readableUnits() {
        Set<Long> scope = readableScope();
        return directory.units().stream()
                .filter(u -> scope == null || scope.contains(u.id()))
                .toList();
    }

    /** True when the user may register risks somewhere. */
    public boolean mayRegister() {
        return !unitsForRegistering().isEmpty();
    }

    /** True when the user holds the acceptor role. */
    public boolean mayAccept() {
        return access.hasRole(settings.acceptor().name());
    }

    /** The role that accepts residual risks. */
    public Role acceptor() {
        return settings.acceptor();
    }

    /** True when the user may configure the matrix. */
    public boolean mayConfigureMatrix() {
        return access.isBodyWideManager();
    }

    // ---- changes

    /** Registers a new risk; returns it with its reference. */
    @Transactional
    public Risk register(RiskInput input) {
        RiskDetails details = checked(input);
        requireManager(details.unitId());
        Instant now = clock.instant();
        String actor = Access.currentLogin();
        long id = repository.insert(Risk.register("", details), actor, now);
        Risk stored = repository.find(id).orElseThrow();
        events.publishEvent(new RiskEvent.RiskRegistered(
                stored.reference(),
                actor,
                details.title(),
                unitName(details.unitId()),
                details.threatCategory().name() + ": " + details.threat()));
        return stored;
    }

    /** Changes what the risk is about; the change and its old values are audited. */
    @Transactional
    public Risk change(long id, RiskInput input) {
        Risk risk = repository.find(id).orElseThrow(() -> new NotFoundException("risk", id));
        requireManager(risk.details().unitId());
        RiskDetails changed = checked(input);
        if (changed.unitId() != risk.details().unitId()) {
            requireManager(changed.unitId());
        }
        Map<String, String> changes = differences(risk.details(), changed);
        if (changes.isEmpty()) {
            return risk;
        }
        risk.change(changed);
        repository.update(risk, Access.currentLogin(), clock.instant());
        events.publishEvent(new RiskEvent.RiskChanged(risk.reference(), Access.currentLogin(), changes));
        return risk;
    }

    /**
     * Assesses the risk on the matrix and records its treatment; after an acceptance this adds a
     * new assessment and the accepted one stays as it was.
     */
    @Transactional
    public Assessment assess(long id, AssessmentDraft draft) {
        Risk risk = repository.find(id).orElseThrow(() -> new NotFoundException("risk", id));
        requireManager(risk.details().unitId());
        RiskMatrix matrix = repository.matrix();
        List<Problem> problems = new ArrayList<>();
        grade(problems, "likelihood", draft.likelihood(), matrix.likelihoods().size());
        grade(problems, "impact", draft.impact(), matrix.impacts().size());
        grade(
                problems,
                "residualLikelihood",
                draft.residualLikelihood(),
                matrix.likelihoods().size());
        grade(
                problems,
                "residualImpact",
                draft.residualImpact(),
                matrix.impacts().size());
        if (problems.isEmpty()) {
            if (draft.residualLikelihood() > draft.likelihood()) {
                problems.add(Problem.of("residualLikelihood", "risk.error.residualAbove"));
            }
            if (draft.residualImpact() > draft.impact()) {
                problems.add(Problem.of("residualImpact", "risk.error.residualAbove"));
            }
        }
        if (draft.treatmentPlan().length() > 4000) {
            problems.add(Problem.of("treatmentPlan", "risk.error.tooLong", 4000));
        }
        List<Assessment.TreatmentMeasure> measures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : draft.measureIds()) {
            String measureId = raw.strip();
            if (measureId.isEmpty() || !seen.add(measureId)) {
                continue;
            }
            Optional<MeasureSummary> measure = catalogue.measure(measureId);
            if (measure.isEmpty()) {
                problems.add(Problem.of("measures", "risk.error.measureUnknown", measureId));
            } else if (!measure.get().adopted()) {
                problems.add(Problem.of("measures", "risk.error.measureNotAdopted", measureId));
            } else {
                measures.add(
                        new Assessment.TreatmentMeasure(measureId, measure.get().title()));
            }
        }
        if (draft.treatment() == Treatment.REDUCE && seen.isEmpty()) {
            problems.add(Problem.of("measures", "risk.error.reduceNeedsMeasures"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        Assessment recorded = risk.assess(new Assessment(
                1,
                draft.likelihood(),
                draft.impact(),
                matrix.level(draft.likelihood(), draft.impact()),
                draft.treatment(),
                measures,
                draft.treatmentPlan().strip(),
                draft.residualLikelihood(),
                draft.residualImpact(),
                matrix.level(draft.residualLikelihood(), draft.residualImpact()),
                actor,
                clock.instant(),
                null));
        repository.update(risk, actor, clock.instant());
        events.publishEvent(new RiskEvent.RiskAssessed(
                risk.reference(),
                actor,
                recorded.seq(),
                describe(recorded.likelihood(), recorded.impact(), recorded.inherent()),
                recorded.treatment().name(),
                measures.stream().map(Assessment.TreatmentMeasure::id).collect(Collectors.joining(",")),
                describe(recorded.residualLikelihood(), recorded.residualImpact(), recorded.residual())));
        return recorded;
    }

    /**
     * The acceptor accepts the current assessment's residual risk; it is frozen from now on. The
     * acceptor confirms with a fresh code from the authenticator app, as for an exception.
     */
    @Transactional
    public Assessment accept(long id, String comment, @Nullable String code, @Nullable String source) {
        Risk risk = repository.find(id).orElseThrow(() -> new NotFoundException("risk", id));
        requireReader(risk.details().unitId());
        if (!mayAccept()) {
            throw new NotAllowedException("risk.error.notAcceptor");
        }
        if (comment.length() > 2000) {
            throw InvalidInputException.of("comment", "risk.error.tooLong", 2000);
        }
        String actor = Access.currentLogin();
        secondFactor.confirm(actor, code, source);
        Assessment accepted = risk.accept(actor, clock.instant(), comment.strip());
        repository.update(risk, actor, clock.instant());
        events.publishEvent(new RiskEvent.RiskAccepted(
                risk.reference(),
                actor,
                accepted.seq(),
                describe(accepted.residualLikelihood(), accepted.residualImpact(), accepted.residual()),
                comment.strip()));
        return accepted;
    }

    /** Closes the risk (it no longer exists), with the reason. */
    @Transactional
    public void close(long id, String reason) {
        Risk risk = repository.find(id).orElseThrow(() -> new NotFoundException("risk", id));
        requireManager(risk.details().unitId());
        if (reason.isBlank()) {
            throw InvalidInputException.of("reason", "risk.error.closeReason");
        }
        if (reason.length() > 2000) {
            throw InvalidInputException.of("reason", "risk.error.tooLong", 2000);
        }
        risk.close();
        repository.update(risk, Access.currentLogin(), clock.instant());
        events.publishEvent(new RiskEvent.RiskClosed(risk.reference(), Access.currentLogin(), reason.strip()));
    }

    /**
     * Replaces the matrix (body-wide managers). Grades already used by an assessment cannot be
     * taken away; past assessments keep the levels they were given.
     */
    @Transactional
    public void configureMatrix(RiskMatrix matrix) {
        if (!mayConfigureMatrix()) {
            throw new NotAllowedException("risk.error.notMatrixManager");
        }
        int[] used = repository.highestGradesUsed();
        if (matrix.likelihoods().size() < used[0] || matrix.impacts().size() < used[1]) {
            throw InvalidInputException.of("size", "risk.error.matrixShrinks", used[0], used[1]);
        }
        RiskMatrix before = repository.matrix();
        if (before.equals(matrix)) {
            return;
        }
        repository.saveMatrix(matrix);
        events.publishEvent(
                new RiskEvent.MatrixChanged("risk-matrix", Access.currentLogin(), words(before), words(matrix)));
    }

    // ---- rules and helpers

    private RiskDetails checked(RiskInput input) {
        List<Problem> problems = new ArrayList<>();
        String title = input.title().strip();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "risk.error.required"));
        } else if (title.length() > 200) {
            problems.add(Problem.of("title", "risk.error.tooLong", 200));
        }
        String description = input.description().strip();
        if (description.length() > 4000) {
            problems.add(Problem.of("description", "risk.error.tooLong", 4000));
        }
        if (input.unitId() == null || directory.unit(input.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "risk.error.unit"));
        }
        String assetNumber = input.assetNumber() == null || input.assetNumber().isBlank()
                ? null
                : input.assetNumber().strip();
        if (assetNumber != null) {
            Optional<AssetSummary> asset = assets.byNumber(assetNumber);
            if (asset.isEmpty()) {
                problems.add(Problem.of("assetNumber", "risk.error.asset", assetNumber));
            } else {
                assetNumber = asset.get().number();
            }
        }
        if (input.threatCategory() == null) {
            problems.add(Problem.of("threatCategory", "risk.error.required"));
        }
        String threat = input.threat().strip();
        if (threat.isEmpty()) {
            problems.add(Problem.of("threat", "risk.error.required"));
        } else if (threat.length() > 200) {
            problems.add(Problem.of("threat", "risk.error.tooLong", 200));
        }
        Long ownerId = null;
        if (input.ownerStaffNumber() != null && !input.ownerStaffNumber().isBlank()) {
            Optional<PersonSummary> owner =
                    directory.personByStaffNumber(input.ownerStaffNumber().strip());
            if (owner.isEmpty()) {
                problems.add(Problem.of(
                        "ownerStaffNumber",
                        "risk.error.owner",
                        input.ownerStaffNumber().strip()));
            } else {
                ownerId = owner.get().id();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RiskDetails(
                title,
                description,
                Objects.requireNonNull(input.unitId()),
                assetNumber,
                Objects.requireNonNull(input.threatCategory()),
                threat,
                ownerId,
                input.reviewDate());
    }

    private static void grade(List<Problem> problems, String field, int value, int max) {
        if (value < 1 || value > max) {
            problems.add(Problem.of(field, "risk.error.grade", max));
        }
    }

    private static String describe(int likelihood, int impact, RiskMatrix.Level level) {
        return likelihood + "×" + impact + "=" + level.label();
    }

    private static String words(RiskMatrix m) {
        StringBuilder out = new StringBuilder();
        out.append("L:").append(String.join("/", m.likelihoods()));
        out.append(" I:").append(String.join("/", m.impacts()));
        out.append(" levels:");
        out.append(m.levels().stream()
                .map(l -> l.rank() + "=" + l.label() + "(" + l.colour().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(",")));
        out.append(" cells:");
        out.append(m.cells().stream()
                .map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("")))
                .collect(Collectors.joining("/")));
        return out.toString();
    }

    private Map<String, String> differences(RiskDetails before, RiskDetails after) {
        Map<String, String> changes = new LinkedHashMap<>();
        put(changes, "title", before.title(), after.title());
        put(changes, "description", before.description(), after.description());
        put(changes, "unit", unitName(before.unitId()), unitName(after.unitId()));
        put(changes, "asset", before.assetNumber(), after.assetNumber());
        put(
                changes,
                "threatCategory",
                before.threatCategory().name(),
                after.threatCategory().name());
        put(changes, "threat", before.threat(), after.threat());
        put(changes, "owner", String.valueOf(before.ownerPersonId()), String.valueOf(after.ownerPersonId()));
        put(changes, "reviewDate", String.valueOf(before.reviewDate()), String.valueOf(after.reviewDate()));
        return changes;
    }

    private static void put(Map<String, String> changes, String key, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changes.put(key, (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    private String unitName(long unitId) {
        return directory.unit(unitId).map(UnitSummary::name).orElse("#" + unitId);
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        directory.units().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private RiskLine line(
            RiskRepository.Row r, Map<Long, String> unitNames, Map<Long, Optional<PersonSummary>> people) {
        String owner = r.ownerPersonId() == null
                ? null
                : people.computeIfAbsent(r.ownerPersonId(), directory::person)
                        .map(PersonSummary::name)
                        .orElse(null);
        return new RiskLine(
                r.id(),
                r.reference(),
                r.title(),
                r.unitId(),
                unitNames.getOrDefault(r.unitId(), "#" + r.unitId()),
                r.assetNumber(),
                r.threatCategory(),
                r.threat(),
                owner,
                r.likelihood(),
                r.impact(),
                r.inherent(),
                r.treatment(),
                r.measures(),
                r.treatmentPlan(),
                r.residualLikelihood(),
                r.residualImpact(),
                r.residual(),
                r.state(),
                r.acceptedBy(),
                r.acceptedAt() == null
                        ? null
                        : r.acceptedAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
                r.reviewDate());
    }

    /**
     * The units whose risks the user may read, narrowed to one unit and those below it when asked;
     * {@code null} means every unit.
     */
    private @Nullable Set<Long> scope(@Nullable Long unitId) {
        Set<Long> readable = readableScope();
        if (unitId == null) {
            return readable;
        }
        Set<Long> asked = hierarchy.selfAndDescendants(unitId);
        if (readable == null) {
            return asked;
        }
        Set<Long> both = new HashSet<>(asked);
        both.retainAll(readable);
        return both;
    }

    private @Nullable Set<Long> readableScope() {
        if (access.canReadAll()) {
            return null;
        }
        CurrentUser user = access.user();
        Set<Long> units = new HashSet<>();
        for (RoleGrant g : user.grants()) {
            if (g.role() == Role.SECURITY_OFFICER
                    || g.role() == Role.SECURITY_MANAGER
                    || g.role() == settings.acceptor()) {
                if (g.isBodyWide()) {
                    return null;
                }
                units.addAll(hierarchy.selfAndDescendants(g.unitId()));
            }
        }
        return units;
    }

    private void requireReader(long unitId) {
        Set<Long> readable = readableScope();
        if (readable != null && !readable.contains(unitId)) {
            throw new NotAllowedException("risk.error.notReader");
        }
    }

    private void requireManager(long unitId) {
        if (!access.canManageUnit(unitId)) {
            throw new NotAllowedException("risk.error.notManager");
        }
    }
}
