package jp.mamori.control.soa;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.mamori.asset.AssetProfile;
import jp.mamori.asset.AssetRegister;
import jp.mamori.control.ControlEvent;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.control.MeasureSummary;
import jp.mamori.control.SoaConcerns;
import jp.mamori.control.StatementOfApplicability;
import jp.mamori.control.catalogue.AssetTraits;
import jp.mamori.control.catalogue.CatalogueVersion;
import jp.mamori.control.catalogue.Catalogues;
import jp.mamori.control.catalogue.Measure;
import jp.mamori.control.catalogue.MeasureScope;
import jp.mamori.control.catalogue.SystemType;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.control.exceptions.ControlException;
import jp.mamori.control.exceptions.ExceptionRepository;
import jp.mamori.control.exceptions.ExceptionStanding;
import jp.mamori.control.exceptions.ExceptionState;
import jp.mamori.control.exceptions.ExceptionTarget;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.system.SystemRegister;
import jp.mamori.system.SystemZone;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement of applicability (適用宣言書) of a unit or an information system: which measures of
 * the catalogue in force apply, computed on each request from the measures' conditions and the
 * register (one grouped query of the asset register for a unit; the 情報システム台帳 for a system),
 * with the reason, and what was recorded for each (status, responsible person, checks). BODY
 * measures belong to the top units; UNIT measures to every unit whose assets (or whose systems'
 * types) meet their conditions; SYSTEM measures to every system whose zone, types and held assets
 * meet them. Reading: body-wide readers and managers of the unit (for a system: also its 管理者 and
 * 担当者); recording: managers of the unit (for a system: also its 管理者); 対象外 is approved by a
 * body-wide manager other than the requester.
 */
@Service
public class Applicabilities implements StatementOfApplicability {
    private final Catalogues catalogues;
    private final AssetRegister register;
    private final SystemRegister systems;
    private final Directory directory;
    private final SoaRepository repository;
    private final ExceptionRepository exceptions;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<SoaConcerns> concerns;

    Applicabilities(
            Catalogues catalogues,
            AssetRegister register,
            SystemRegister systems,
            Directory directory,
            SoaRepository repository,
            ExceptionRepository exceptions,
            Access access,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<SoaConcerns> concerns) {
        this.concerns = concerns;
        this.catalogues = catalogues;
        this.register = register;
        this.systems = systems;
        this.directory = directory;
        this.repository = repository;
        this.exceptions = exceptions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Why a measure applies: always, for the whole body, or because of an asset (an example and how many). */
    public record Reason(String messageKey, @Nullable String exampleAsset, long assets) {}

    /** An exception (例外措置) to the measure for the unit, as the statement of applicability links it. */
    public record ExceptionLink(String reference, ExceptionStanding standing, LocalDate endsOn) {}

    /**
     * One applicable measure of the unit with its reason, what was recorded, the approved exceptions
     * to it (holding today, or expired and not yet renewed or revoked) and the open concerns other
     * modules hold about it (an audit finding, a failed self-inspection answer: {@link SoaConcerns}).
     */
    public record Line(
            Measure measure,
            Reason reason,
            SoaEntry entry,
            List<ExceptionLink> exceptions,
            List<SoaConcerns.Concern> concerns) {
        public Line {
            exceptions = List.copyOf(exceptions);
            concerns = List.copyOf(concerns);
        }

        /** The status as shown: 例外 while an exception holds, else the recorded status as it counts. */
        public ImplementationStatus status() {
            return active().isEmpty() ? entry.effectiveStatus() : ImplementationStatus.EXCEPTION;
        }

        /** The exceptions that hold today. */
        public List<ExceptionLink> active() {
            return exceptions.stream()
                    .filter(x -> x.standing() == ExceptionStanding.ACTIVE)
                    .toList();
        }

        /** The exceptions past their last day and neither renewed nor revoked: findings. */
        public List<ExceptionLink> expired() {
            return exceptions.stream()
                    .filter(x -> x.standing() == ExceptionStanding.EXPIRED)
                    .toList();
        }
    }

    /** The approved exceptions of the unit by measure id, with what they mean today. */
    Map<String, List<ExceptionLink>> exceptionsOf(long unitId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ExceptionLink>> out = new java.util.HashMap<>();
        for (ControlException e : exceptions.approvedForUnit(unitId)) {
            out.computeIfAbsent(e.measureId(), k -> new ArrayList<>())
                    .add(new ExceptionLink(e.reference(), e.standingOn(today), e.endsOn()));
        }
        return out;
    }

    /**
     * The approved exceptions naming the system (target 情報システム, its 管理番号) by measure id. An
     * exception for the system's whole unit is not counted here: only one that names the system
     * marks the system's measure 例外, so a gap on the system is never hidden by a broader decision.
     */
    Map<String, List<ExceptionLink>> exceptionsOf(SystemRegister.SystemProfile system) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ExceptionLink>> out = new java.util.HashMap<>();
        for (ControlException e : exceptions.approvedForTarget(ExceptionTarget.SYSTEM, system.assetNumber())) {
            out.computeIfAbsent(e.measureId(), k -> new ArrayList<>())
                    .add(new ExceptionLink(e.reference(), e.standingOn(today), e.endsOn()));
        }
        return out;
    }

    /** The open concerns of the scope by measure id, from every module that holds some. */
    private Map<String, List<SoaConcerns.Concern>> concernsOf(SoaScope scope) {
        Map<String, List<SoaConcerns.Concern>> out = new java.util.HashMap<>();
        concerns.orderedStream()
                .flatMap(c ->
                        (scope.kind() == SoaScope.Kind.UNIT ? c.ofUnit(scope.id()) : c.ofSystem(scope.id())).stream())
                .forEach(c -> out.computeIfAbsent(c.measureId(), k -> new ArrayList<>())
                        .add(c));
        return out;
    }

    static String scopeKey(long unitId) {
        return "U:" + unitId;
    }

    /** The scope of a system's entries: {@code S:<管理番号>} of its asset of kind ①. */
    static String systemScopeKey(SystemRegister.SystemProfile system) {
        return "S:" + system.assetNumber();
    }

    public UnitSummary unit(long unitId) {
        return directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /** The key under which the scope's entries, evidence and links are stored. */
    String scopeKey(SoaScope scope) {
        return switch (scope.kind()) {
            case UNIT -> scopeKey(scope.id());
            case SYSTEM -> systemScopeKey(system(scope.id()));
        };
    }

    /** May read the unit's or the system's statement. */
    public boolean mayRead(SoaScope scope) {
        return switch (scope.kind()) {
            case UNIT -> mayRead(scope.id());
            case SYSTEM -> mayReadSystem(scope.id());
        };
    }

    /** May record in the unit's or the system's statement. */
    public boolean mayRecord(SoaScope scope) {
        return switch (scope.kind()) {
            case UNIT -> mayRecord(scope.id());
            case SYSTEM -> mayRecordSystem(scope.id());
        };
    }

    /** The applicable measures of the unit or the system (its readers only). */
    @Transactional(readOnly = true)
    public List<Line> lines(SoaScope scope) {
        return switch (scope.kind()) {
            case UNIT -> lines(scope.id());
            case SYSTEM -> systemLines(scope.id());
        };
    }

    boolean mayRead(long unitId) {
        return access.canReadAll() || access.canManageUnit(unitId);
    }

    public boolean mayRecord(long unitId) {
        return access.canManageUnit(unitId);
    }

    /** The units the signed-in user may read, in code order. */
    public List<UnitSummary> readableUnits() {
        return directory.units().stream().filter(u -> mayRead(u.id())).toList();
    }

    @Transactional(readOnly = true)
    public List<Line> lines(long unitId) {
        UnitSummary unit = unit(unitId);
        if (!mayRead(unitId)) {
            throw new NotAllowedException("control.soa.error.mayNotRead");
        }
        return linesOf(unit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeasureSummary> applicableTo(long unitId) {
        return linesOf(unit(unitId)).stream()
                .map(l -> l.measure())
                .map(m -> new MeasureSummary(m.id(), m.chapter(), m.title(), m.iso27001(), m.adopted()))
                .toList();
    }

    /** The unit's lines without an access check (the export checks, the command line has none). */
    List<Line> linesOf(UnitSummary unit) {
        long unitId = unit.id();
        CatalogueVersion version = catalogues.inForce();
        List<AssetTraits> traits = new ArrayList<>(
                register.profiles(unitId).stream().map(Applicabilities::traits).toList());
        // the unit's systems bring their types (cloud, outsourced) for the unit's measures on them
        systems.systems().stream()
                .filter(sys -> Objects.equals(sys.unitId(), unitId))
                .map(Applicabilities::typesOf)
                .forEach(traits::add);
        Map<String, SoaEntry> entries = repository.entries(scopeKey(unitId));
        Map<String, List<ExceptionLink>> excepted = exceptionsOf(unitId);
        Map<String, List<SoaConcerns.Concern>> open = concernsOf(SoaScope.unit(unitId));
        List<Line> lines = new ArrayList<>();
        for (Measure m : catalogues.content(version).measures()) {
            if (!m.adopted() || m.scope() == MeasureScope.SYSTEM) {
                continue;
            }
            Optional<Reason> reason = reason(m, unit, traits);
            reason.ifPresent(r -> lines.add(new Line(
                    m,
                    r,
                    entries.getOrDefault(m.id(), SoaEntry.empty(scopeKey(unitId), m.id())),
                    excepted.getOrDefault(m.id(), List.of()),
                    open.getOrDefault(m.id(), List.of()))));
        }
        return lines;
    }

    static Optional<Reason> reason(Measure m, UnitSummary unit, List<AssetTraits> traits) {
        if (m.scope() == MeasureScope.BODY) {
            return unit.parentId() == null
                    ? Optional.of(new Reason("control.soa.reason.body", null, 0))
                    : Optional.empty();
        }
        if (m.appliesTo().always()) {
            return Optional.of(new Reason("control.soa.reason.always", null, 0));
        }
        return assetReason(m, traits);
    }

    /**
     * Applies through the assets the measure's condition holds for: how many, and the first of their
     * numbers as the example; empty when it holds for none.
     */
    private static Optional<Reason> assetReason(Measure m, List<AssetTraits> traits) {
        String example = null;
        long count = 0;
        for (AssetTraits t : traits) {
            if (m.appliesTo().holdsFor(t)) {
                if (example == null || t.exampleAsset().compareTo(example) < 0) {
                    example = t.exampleAsset();
                }
                count += t.count();
            }
        }
        return example == null ? Optional.empty() : Optional.of(new Reason("control.soa.reason.asset", example, count));
    }

    static AssetTraits traits(AssetProfile p) {
        return new AssetTraits(
                p.kind(),
                p.zoneKind() == null ? null : ZoneKind.valueOf(p.zoneKind()),
                p.confidentialityRank(),
                p.integrityRank(),
                p.availabilityRank(),
                p.personalInfo(),
                p.specificPersonalInfo(),
                p.exampleNumber(),
                p.count(),
                Set.of());
    }

    /** One unit where a measure applies, for the measure's page: the unit and its line. */
    public record Where(UnitSummary unit, Line line, long evidenceFiles) {}

    /**
     * Where the measure applies among the units the user may read, with each unit's status and
     * exceptions: one grouped query of the register for every unit, the recorded entries of the
     * measure and the unit's approved exceptions to it.
     */
    @Transactional(readOnly = true)
    public List<Where> where(String measureId) {
        CatalogueVersion version = catalogues.inForce();
        Measure m = catalogues.measure(version, measureId);
        if (!m.adopted() || m.scope() == MeasureScope.SYSTEM) {
            return List.of();
        }
        Map<Long, List<AssetTraits>> traits = new java.util.HashMap<>();
        for (AssetProfile p : register.profiles(null)) {
            traits.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(traits(p));
        }
        Map<String, SoaEntry> entries = new java.util.HashMap<>();
        for (SoaEntry e : repository.forMeasure(measureId)) {
            entries.put(e.scopeKey(), e);
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<ExceptionLink>> excepted = new java.util.HashMap<>();
        for (ControlException e : exceptions.forMeasure(measureId)) {
            if (e.state() == ExceptionState.APPROVED) {
                excepted.computeIfAbsent(e.unitId(), k -> new ArrayList<>())
                        .add(new ExceptionLink(e.reference(), e.standingOn(today), e.endsOn()));
            }
        }
        Map<String, Long> evidence = repository.evidenceCounts(measureId);
        List<Where> out = new ArrayList<>();
        for (UnitSummary unit : readableUnits()) {
            reason(m, unit, traits.getOrDefault(unit.id(), List.of()))
                    .ifPresent(r -> out.add(new Where(
                            unit,
                            new Line(
                                    m,
                                    r,
                                    entries.getOrDefault(
                                            scopeKey(unit.id()), SoaEntry.empty(scopeKey(unit.id()), m.id())),
                                    excepted.getOrDefault(unit.id(), List.of()),
                                    List.of()),
                            evidence.getOrDefault(scopeKey(unit.id()), 0L))));
        }
        return out;
    }

    /** The lines of one page, filtered by status as shown (例外 included), in id order. */
    public Page<Line> page(long unitId, @Nullable ImplementationStatus status, int page, int size) {
        return Page.slice(withStatus(lines(unitId), status), page, size);
    }

    /** The lines whose status as shown (例外 included) is {@code status}; all of them when it is null. */
    private static List<Line> withStatus(List<Line> lines, @Nullable ImplementationStatus status) {
        return status == null
                ? lines
                : lines.stream().filter(l -> l.status() == status).toList();
    }

    /** What a manager records for one measure. */
    public record Recording(
            ImplementationStatus status,
            String responsible,
            @Nullable LocalDate lastChecked,
            @Nullable LocalDate nextCheck,
            String note,
            String notApplicableReason) {}

    @Transactional
    public SoaEntry record(long unitId, String measureId, Recording r) {
        if (!mayRecord(unitId)) {
            throw new NotAllowedException("control.soa.error.mayNotRecord");
        }
        return record(scopeKey(unitId), lines(unitId), measureId, r);
    }

    private SoaEntry record(String scopeKey, List<Line> lines, String measureId, Recording r) {
        Line line = lines.stream()
                .filter(l -> l.measure().id().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("control-soa", measureId));
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (r.status() == ImplementationStatus.EXCEPTION) {
            problems.add(InvalidInputException.Problem.of("status", "control.soa.error.exceptionStatus"));
        }
        if (r.responsible().length() > 200) {
            problems.add(InvalidInputException.Problem.of("responsible", "control.soa.error.responsible"));
        }
        if (r.note().length() > 2000) {
            problems.add(InvalidInputException.Problem.of("note", "control.soa.error.note"));
        }
        if (r.status() == ImplementationStatus.NOT_APPLICABLE
                && r.notApplicableReason().isBlank()) {
            problems.add(InvalidInputException.Problem.of("notApplicableReason", "control.soa.error.naReason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CurrentUser user = access.user();
        SoaEntry before = line.entry();
        LocalDate next = r.nextCheck() != null
                ? r.nextCheck()
                : r.lastChecked() == null
                        ? null
                        : line.measure().frequency().nextAfter(r.lastChecked()).orElse(null);
        boolean declaringNa = r.status() == ImplementationStatus.NOT_APPLICABLE;
        ImplementationStatus kept = declaringNa
                ? (before.status() == ImplementationStatus.NOT_APPLICABLE
                        ? ImplementationStatus.NOT_IMPLEMENTED
                        : before.status())
                : r.status();
        SoaEntry.NotApplicable na = declaringNa
                ? (before.notApplicable() == SoaEntry.NotApplicable.APPROVED
                                && before.naReason()
                                        .equals(r.notApplicableReason().strip())
                        ? SoaEntry.NotApplicable.APPROVED
                        : SoaEntry.NotApplicable.REQUESTED)
                : SoaEntry.NotApplicable.NONE;
        SoaEntry after = new SoaEntry(
                scopeKey,
                measureId,
                kept,
                r.responsible().strip(),
                r.lastChecked(),
                next,
                r.note().strip(),
                na,
                declaringNa ? r.notApplicableReason().strip() : "",
                declaringNa ? (na == SoaEntry.NotApplicable.APPROVED ? before.naRequestedBy() : user.login()) : null,
                na == SoaEntry.NotApplicable.APPROVED ? before.naDecidedBy() : null,
                user.login(),
                OffsetDateTime.now(clock));
        repository.save(after);
        events.publishEvent(new ControlEvent.SoaRecorded(
                after.scopeKey() + "/" + measureId,
                user.login(),
                after.status(),
                after.responsible(),
                after.lastChecked() == null ? "" : after.lastChecked().toString(),
                after.nextCheck() == null ? "" : after.nextCheck().toString(),
                after.notApplicable().name(),
                after.naReason()));
        return after;
    }

    /** True when the signed-in user may approve the pending 対象外 of this entry. */
    public boolean mayApproveNotApplicable(SoaEntry entry) {
        return access.isBodyWideManager()
                && Access.current()
                        .map(u -> !u.login().equals(entry.naRequestedBy()))
                        .orElse(false);
    }

    /** Approves a request to declare the measure not applicable for the unit. */
    @Transactional
    public SoaEntry approveNotApplicable(long unitId, String measureId) {
        return approveNotApplicable(scopeKey(unitId), measureId);
    }

    private SoaEntry approveNotApplicable(String scopeKey, String measureId) {
        CurrentUser user = access.user();
        if (!access.isBodyWideManager()) {
            throw new NotAllowedException("control.soa.error.mayNotApprove");
        }
        SoaEntry before = repository
                .find(scopeKey, measureId)
                .filter(SoaEntry::naPending)
                .orElseThrow(() -> new NotFoundException("control-soa-request", measureId));
        if (user.login().equals(before.naRequestedBy())) {
            throw new NotAllowedException("control.soa.error.requesterMayNotApprove");
        }
        SoaEntry after = new SoaEntry(
                before.scopeKey(),
                measureId,
                before.status(),
                before.responsible(),
                before.lastChecked(),
                before.nextCheck(),
                before.note(),
                SoaEntry.NotApplicable.APPROVED,
                before.naReason(),
                before.naRequestedBy(),
                user.login(),
                user.login(),
                OffsetDateTime.now(clock));
        repository.save(after);
        events.publishEvent(new ControlEvent.SoaNotApplicableApproved(
                after.scopeKey() + "/" + measureId,
                user.login(),
                after.naReason(),
                String.valueOf(after.naRequestedBy())));
        return after;
    }

    // ---- statement of applicability per information system (情報システム台帳) ----

    /** The system, 404 when the 情報システム台帳 does not know it. */
    public SystemRegister.SystemProfile system(long systemId) {
        return systems.system(systemId).orElseThrow(() -> new NotFoundException("system", systemId));
    }

    public boolean mayReadSystem(long systemId) {
        return access.canReadAll() || systems.mayRead(systemId);
    }

    public boolean mayRecordSystem(long systemId) {
        return systems.mayManage(systemId);
    }

    /** The system whose asset has this 管理番号 (full-width and case folded), if registered. */
    public Optional<SystemRegister.SystemProfile> systemByNumber(String number) {
        String folded = java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFKC)
                .strip()
                .toUpperCase(java.util.Locale.ROOT);
        return systems.systems().stream()
                .filter(sys -> sys.assetNumber().equals(folded))
                .findFirst();
    }

    /** The systems the signed-in user may read, by 管理番号. */
    public List<SystemRegister.SystemProfile> readableSystems() {
        boolean all = access.canReadAll();
        return systems.systems().stream()
                .filter(sys -> all || systems.mayRead(sys.id()))
                .toList();
    }

    /** The SYSTEM measures that apply to the system, with the reason and what was recorded. */
    @Transactional(readOnly = true)
    public List<Line> systemLines(long systemId) {
        SystemRegister.SystemProfile system = system(systemId);
        if (!mayReadSystem(systemId)) {
            throw new NotAllowedException("control.soa.error.mayNotRead");
        }
        return systemLinesOf(system);
    }

    /** The system's lines without an access check (the export checks, the command line has none). */
    List<Line> systemLinesOf(SystemRegister.SystemProfile system) {
        List<AssetTraits> traits = systemTraits(system);
        String scope = systemScopeKey(system);
        Map<String, SoaEntry> entries = repository.entries(scope);
        Map<String, List<ExceptionLink>> excepted = exceptionsOf(system);
        Map<String, List<SoaConcerns.Concern>> open = concernsOf(SoaScope.system(system.id()));
        List<Line> lines = new ArrayList<>();
        for (Measure m : catalogues.content(catalogues.inForce()).measures()) {
            if (!m.adopted() || m.scope() != MeasureScope.SYSTEM) {
                continue;
            }
            systemReason(m, traits)
                    .ifPresent(r -> lines.add(new Line(
                            m,
                            r,
                            entries.getOrDefault(m.id(), SoaEntry.empty(scope, m.id())),
                            excepted.getOrDefault(m.id(), List.of()),
                            open.getOrDefault(m.id(), List.of()))));
        }
        return lines;
    }

    /** The lines of one page of a system's statement, filtered by status as shown (例外 included), in id order. */
    public Page<Line> systemPage(long systemId, @Nullable ImplementationStatus status, int page, int size) {
        return Page.slice(withStatus(systemLines(systemId), status), page, size);
    }

    @Transactional
    public SoaEntry recordSystem(long systemId, String measureId, Recording r) {
        if (!mayRecordSystem(systemId)) {
            throw new NotAllowedException("control.soa.error.mayNotRecord");
        }
        return record(systemScopeKey(system(systemId)), systemLines(systemId), measureId, r);
    }

    @Transactional
    public SoaEntry approveSystemNotApplicable(long systemId, String measureId) {
        return approveNotApplicable(systemScopeKey(system(systemId)), measureId);
    }

    static Optional<Reason> systemReason(Measure m, List<AssetTraits> traits) {
        if (m.appliesTo().always()) {
            return Optional.of(new Reason("control.soa.reason.allSystems", null, 0));
        }
        return assetReason(m, traits).map(r -> new Reason(r.messageKey(), r.exampleAsset(), Math.max(1, r.assets())));
    }

    /**
     * What the conditions are tested against for a system: each asset it holds (its own ① asset
     * included), placed in the system's zone and carrying its types; a system whose asset is gone is
     * still tested on its zone and types.
     */
    static List<AssetTraits> systemTraits(SystemRegister.SystemProfile system) {
        ZoneKind zone = zoneOf(system.zone());
        Set<SystemType> types = typesOf(system.cloudService(), system.outsourced());
        if (system.assets().isEmpty()) {
            return List.of(new AssetTraits(
                    "NETWORK_SYSTEM_MEDIA", zone, 0, 0, 0, false, false, system.assetNumber(), 1, types));
        }
        return system.assets().stream()
                .map(p -> new AssetTraits(
                        p.kind(),
                        zone,
                        p.confidentialityRank(),
                        p.integrityRank(),
                        p.availabilityRank(),
                        p.personalInfo(),
                        p.specificPersonalInfo(),
                        p.exampleNumber(),
                        p.count(),
                        types))
                .toList();
    }

    /** A unit's system as a trait that only its types can match (counted as no further asset). */
    static AssetTraits typesOf(SystemRegister.SystemProfile system) {
        return new AssetTraits(
                "",
                null,
                0,
                0,
                0,
                false,
                false,
                system.assetNumber(),
                0,
                typesOf(system.cloudService(), system.outsourced()));
    }

    static Set<SystemType> typesOf(boolean cloud, boolean outsourced) {
        Set<SystemType> types = EnumSet.noneOf(SystemType.class);
        if (cloud) {
            types.add(SystemType.CLOUD);
        }
        if (outsourced) {
            types.add(SystemType.OUTSOURCED);
        }
        return types;
    }

    static @Nullable ZoneKind zoneOf(SystemZone zone) {
        return switch (zone) {
            case MY_NUMBER -> ZoneKind.MY_NUMBER;
            case LGWAN -> ZoneKind.LGWAN;
            case INTERNET -> ZoneKind.INTERNET;
            case OTHER -> null;
        };
    }
}
