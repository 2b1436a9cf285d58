package jp.mamori.premises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.system.SystemRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of controlled areas (管理区域): list, read, register and change areas, and grant or
 * end permits to enter. The assets and systems located in an area must exist in the asset register
 * and the 情報システム台帳. Every change is checked against {@link PremisesAccess} and published as a
 * {@link PremisesEvent} in the same transaction.
 */
@Service
public class Areas {
    static final int MAX_NAME = 200;
    static final int MAX_CODE = 20;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_LINKS = 500;

    private final AreaRepository repository;
    private final PremisesAccess premisesAccess;
    private final AssetRegister assets;
    private final SystemRegister systems;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Areas(
            AreaRepository repository,
            PremisesAccess premisesAccess,
            AssetRegister assets,
            SystemRegister systems,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.premisesAccess = premisesAccess;
        this.assets = assets;
        this.systems = systems;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The areas the user may read, by code, one page. */
    @Transactional(readOnly = true)
    public Page<AreaViews.Line> page(@Nullable String text, int page, int size) {
        Map<Long, String> units = unitNames();
        LocalDate today = today();
        String q = text == null ? "" : text.strip();
        List<AreaViews.Line> lines = repository.all().stream()
                .filter(a -> premisesAccess.mayRead(a.unitId()))
                .filter(a -> q.isEmpty() || (a.code() + "\n" + a.name()).contains(q))
                .map(a -> new AreaViews.Line(
                        a.id(),
                        a.code(),
                        a.name(),
                        a.level(),
                        units.getOrDefault(a.unitId(), ""),
                        a.assets().size(),
                        a.systems().size(),
                        (int) a.permits().stream().filter(p -> p.validOn(today)).count()))
                .toList();
        return Page.slice(lines, page, size);
    }

    /** The area; 404 when unknown, 403 when the user may not read it. */
    @Transactional(readOnly = true)
    public Area get(long id) {
        Area a = repository.find(id).orElseThrow(() -> new NotFoundException("area", id));
        if (!premisesAccess.mayRead(a.unitId())) {
            throw new NotAllowedException("prm.error.mayNotRead");
        }
        return a;
    }

    public boolean mayManage(Area a) {
        return premisesAccess.mayManage(a.unitId());
    }

    /** Every area the user may read (for the choices of other forms and the export). */
    @Transactional(readOnly = true)
    public List<Area> readable() {
        return repository.all().stream()
                .filter(a -> premisesAccess.mayRead(a.unitId()))
                .toList();
    }

    Map<Long, String> unitNames() {
        return directory.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    }

    List<AssetSummary> assetsOf(Area a) {
        return a.assets().stream()
                .map(assets::byNumber)
                .flatMap(Optional::stream)
                .toList();
    }

    List<AreaViews.LocatedSystem> systemsOf(Area a) {
        return a.systems().stream()
                .map(systems::system)
                .flatMap(Optional::stream)
                .map(s -> new AreaViews.LocatedSystem(s.id(), s.assetNumber(), s.name()))
                .toList();
    }

    List<AreaViews.PermitLine> permitsOf(Area a) {
        LocalDate today = today();
        return a.permits().stream()
                .map(p -> {
                    if (p.personId() != null) {
                        Optional<PersonSummary> person = directory.person(p.personId());
                        return new AreaViews.PermitLine(
                                p,
                                person.map(PersonSummary::name).orElse("#" + p.personId()),
                                person.map(PersonSummary::staffNumber).orElse(null),
                                p.validOn(today));
                    }
                    return new AreaViews.PermitLine(p, String.valueOf(p.role()), null, p.validOn(today));
                })
                .toList();
    }

    /** Registers an area for a unit the user manages. */
    @Transactional
    public Area register(AreaDraft draft) {
        if (!premisesAccess.mayCreate()) {
            throw new NotAllowedException("prm.error.mayNotCreate");
        }
        check(draft, null);
        String actor = Access.currentLogin();
        long id = repository.insert(draft, actor, OffsetDateTime.now(clock));
        Area saved = repository.find(id).orElseThrow();
        events.publishEvent(new PremisesEvent.AreaRegistered(
                saved.code(),
                actor,
                saved.name(),
                saved.level(),
                saved.unitId(),
                String.join(",", saved.assets()),
                joined(saved.systems())));
        return saved;
    }

    /** Changes an area: managers of its unit (and of the new unit, when it moves). */
    @Transactional
    public Area change(long id, AreaDraft draft) {
        Area before = repository.find(id).orElseThrow(() -> new NotFoundException("area", id));
        if (!premisesAccess.mayManage(before.unitId())) {
            throw new NotAllowedException("prm.error.mayNotManage");
        }
        check(draft, before);
        String actor = Access.currentLogin();
        repository.update(id, draft, actor, OffsetDateTime.now(clock));
        Area after = repository.find(id).orElseThrow();
        events.publishEvent(new PremisesEvent.AreaChanged(
                after.code(),
                actor,
                after.name(),
                after.level(),
                after.unitId(),
                String.join(",", after.assets()),
                joined(after.systems())));
        return after;
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void check(AreaDraft d, @Nullable Area before) {
        List<Problem> problems = new ArrayList<>();
        if (d.code().isEmpty()) {
            problems.add(Problem.of("code", "prm.error.required"));
        } else if (d.code().length() > MAX_CODE) {
            problems.add(Problem.of("code", "prm.error.tooLong", MAX_CODE));
        } else {
            repository
                    .byCode(d.code())
                    .filter(other -> before == null || other.id() != before.id())
                    .ifPresent(other -> problems.add(Problem.of("code", "prm.error.area.codeTaken", d.code())));
        }
        if (d.name().isEmpty()) {
            problems.add(Problem.of("name", "prm.error.required"));
        } else if (d.name().length() > MAX_NAME) {
            problems.add(Problem.of("name", "prm.error.tooLong", MAX_NAME));
        }
        if (d.level() == null) {
            problems.add(Problem.of("level", "prm.error.required"));
        }
        if (d.description().length() > MAX_DESCRIPTION) {
            problems.add(Problem.of("description", "prm.error.tooLong", MAX_DESCRIPTION));
        }
        if (d.unitId() == null || directory.unit(d.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "prm.error.unit.unknown"));
        } else if (!premisesAccess.mayManage(d.unitId())) {
            problems.add(Problem.of("unitId", "prm.error.unit.notManaged"));
        }
        if (d.assets().size() > MAX_LINKS || d.systems().size() > MAX_LINKS) {
            problems.add(Problem.of("assets", "prm.error.tooMany", MAX_LINKS));
        }
        for (String n : new LinkedHashSet<>(d.assets())) {
            if (assets.byNumber(n).isEmpty()) {
                problems.add(Problem.of("assets", "prm.error.asset.unknown", n));
            }
        }
        for (Long s : new LinkedHashSet<>(d.systems())) {
            if (systems.system(s).isEmpty()) {
                problems.add(Problem.of("systems", "prm.error.system.unknown", s));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every system of the 情報システム台帳, for the area form's choice. */
    @Transactional(readOnly = true)
    public List<AreaViews.LocatedSystem> systemChoices() {
        return systems.systems().stream()
                .map(s -> new AreaViews.LocatedSystem(s.id(), s.assetNumber(), s.name()))
                .toList();
    }

    /** The units the user may register areas and media for. */
    @Transactional(readOnly = true)
    public List<UnitSummary> managedUnits() {
        return directory.units().stream()
                .filter(u -> premisesAccess.mayManage(u.id()))
                .toList();
    }

    /**
     * Grants leave to enter: to the person with that 職員番号, or (when {@code staffNumber} is blank) to
     * everyone holding the role for the area's unit, from {@code from} (today when null) to {@code to}.
     */
    @Transactional
    public Permit grant(
            long areaId,
            @Nullable String staffNumber,
            @Nullable Role role,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Area a = manageable(areaId);
        LocalDate start = from == null ? today() : from;
        List<Problem> problems = new ArrayList<>();
        Long personId = null;
        String who;
        String number = staffNumber == null ? "" : staffNumber.strip();
        if (!number.isEmpty()) {
            Optional<PersonSummary> person = directory.personByStaffNumber(number);
            if (person.isEmpty()) {
                problems.add(Problem.of("staffNumber", "prm.error.person.unknown", number));
            } else {
                personId = person.get().id();
            }
            who = number;
            role = null;
        } else if (role != null) {
            who = role.name();
        } else {
            problems.add(Problem.of("staffNumber", "prm.error.permit.who"));
            who = "";
        }
        if (to != null && to.isBefore(start)) {
            problems.add(Problem.of("validTo", "prm.error.period"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertPermit(a.id(), personId, role, start, to, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.PermitGranted(
                a.code(), actor, id, who, start.toString(), to == null ? "" : to.toString()));
        return new Permit(id, personId, role, start, to, actor);
    }

    /** Ends a permit yesterday (so it no longer holds today), or on its own last day if earlier. */
    @Transactional
    public void endPermit(long areaId, long permitId) {
        Area a = manageable(areaId);
        Permit p = a.permits().stream()
                .filter(x -> x.id() == permitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("permit", permitId));
        LocalDate last = today().minusDays(1);
        if (p.validTo() != null && p.validTo().isBefore(last)) {
            return;
        }
        if (last.isBefore(p.validFrom())) {
            last = p.validFrom();
        }
        repository.endPermit(permitId, last);
        String who = p.personId() != null
                ? directory.person(p.personId()).map(PersonSummary::staffNumber).orElse("#" + p.personId())
                : String.valueOf(p.role());
        events.publishEvent(
                new PremisesEvent.PermitEnded(a.code(), Access.currentLogin(), permitId, who, last.toString()));
    }

    Area manageable(long areaId) {
        Area a = repository.find(areaId).orElseThrow(() -> new NotFoundException("area", areaId));
        if (!premisesAccess.mayManage(a.unitId())) {
            throw new NotAllowedException("prm.error.mayNotManage");
        }
        return a;
    }

    /** Names by id for the people of a page (one look-up each). */
    Function<Long, String> personNames() {
        Map<Long, String> cache = new java.util.HashMap<>();
        return id -> cache.computeIfAbsent(
                id, k -> directory.person(k).map(PersonSummary::name).orElse("#" + k));
    }

    Optional<AssetSummary> assetSummary(String number) {
        return assets.byNumber(number);
    }
}
