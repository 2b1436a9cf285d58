package jp.mamori.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.asset.AssetProfile;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 情報システム台帳: list, read, register and change systems and their devices, and check them
 * against the {@link SystemRule}s. Every change is checked against {@link SystemAccess} and published
 * as a {@link SystemEvent} for the audit trail, in the same transaction.
 */
@Service
public class Systems {
    static final int MAX_PURPOSE = 2000;
    static final int MAX_CONTRACTOR = 200;
    static final int MAX_BACKUP = 1000;
    static final int MAX_RTO_HOURS = 24 * 366;
    static final int MAX_PEOPLE = 50;
    static final int MAX_HELD = 500;
    static final int MAX_DEVICES = 200;

    private final SystemRepository repository;
    private final SystemAccountRepository accountRows;
    private final SystemAccess systemAccess;
    private final AssetRegister assets;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Systems(
            SystemRepository repository,
            SystemAccountRepository accountRows,
            SystemAccess systemAccess,
            AssetRegister assets,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.accountRows = accountRows;
        this.systemAccess = systemAccess;
        this.assets = assets;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Filter of the list: zone, words in number, name, purpose or contractor, only systems with findings. */
    public record Filter(
            @Nullable SystemZone zone, @Nullable String text, boolean withFindings) {}

    /** The systems the signed-in user may read, by 管理番号, one page (a body has tens to hundreds). */
    @Transactional(readOnly = true)
    public Page<SystemViews.Line> page(Filter filter, int page, int size) {
        List<RegisteredSystem> readable =
                repository.all().stream().filter(systemAccess::mayRead).toList();
        Map<String, AssetProfile> profiles = profiles(readable);
        Map<String, AssetSummary> summaries = new LinkedHashMap<>();
        Map<Long, String> unitNames =
                directory.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        List<SystemViews.Line> lines = new ArrayList<>();
        for (RegisteredSystem s : readable) {
            if (filter.zone() != null && s.zone() != filter.zone()) {
                continue;
            }
            AssetSummary asset = summaries.computeIfAbsent(
                    s.assetNumber(), n -> assets.byNumber(n).orElse(null));
            String name = asset == null ? s.assetNumber() : asset.name();
            if (!text.isEmpty()
                    && !(s.assetNumber() + "\n" + name + "\n" + s.purpose() + "\n" + s.contractor())
                            .toLowerCase(Locale.ROOT)
                            .contains(text)) {
                continue;
            }
            List<AssetProfile> held = held(s, profiles);
            List<SystemFinding> findings = check(s, held);
            if (filter.withFindings() && findings.isEmpty()) {
                continue;
            }
            lines.add(new SystemViews.Line(
                    s.id(),
                    s.assetNumber(),
                    name,
                    asset == null ? null : unitNames.get(asset.unitId()),
                    s.zone(),
                    s.contractor(),
                    s.cloudService(),
                    highestConfidentiality(held),
                    findings));
        }
        int[] bounds = Page.bounds(page, size);
        int from = Math.min(lines.size(), bounds[0] * bounds[1]);
        return new Page<>(
                lines.subList(from, Math.min(lines.size(), from + bounds[1])), bounds[0], bounds[1], lines.size());
    }

    /** The system, 404 when unknown, 403 when the user may not read it. */
    @Transactional(readOnly = true)
    public RegisteredSystem get(long id) {
        RegisteredSystem s = repository.find(id).orElseThrow(() -> new NotFoundException("system", id));
        if (!systemAccess.mayRead(s)) {
            throw new NotAllowedException("system.error.mayNotRead");
        }
        return s;
    }

    /** The system with its asset, people, held assets, highest class and findings. */
    @Transactional(readOnly = true)
    public SystemViews.Details details(long id) {
        RegisteredSystem s = get(id);
        LocalDate today = LocalDate.now(clock);
        Map<String, AssetProfile> profiles = profiles(List.of(s));
        List<AssetProfile> held = held(s, profiles);
        AssetSummary asset = assets.byNumber(s.assetNumber()).orElse(null);
        List<AssetSummary> heldAssets = s.heldAssets().stream()
                .map(n -> assets.byNumber(n).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        return new SystemViews.Details(
                s,
                asset == null ? s.assetNumber() : asset.name(),
                asset,
                asset == null
                        ? null
                        : directory.unit(asset.unitId()).map(UnitSummary::name).orElse(null),
                people(s.administrators(), today),
                people(s.staff(), today),
                heldAssets,
                highest(s, held),
                check(s, held));
    }

    /** The findings of every system the user may read, by 管理番号. */
    @Transactional(readOnly = true)
    public List<SystemFinding> findings() {
        List<RegisteredSystem> readable =
                repository.all().stream().filter(systemAccess::mayRead).toList();
        Map<String, AssetProfile> profiles = profiles(readable);
        return readable.stream()
                .flatMap(s -> check(s, held(s, profiles)).stream())
                .toList();
    }

    /** The findings of every system, whoever is signed in (for the findings reminder), by 管理番号. */
    @Transactional(readOnly = true)
    List<SystemFinding> allFindings() {
        List<RegisteredSystem> all = repository.all();
        Map<String, AssetProfile> profiles = profiles(all);
        return all.stream().flatMap(s -> check(s, held(s, profiles)).stream()).toList();
    }

    /** Registers a system for an asset of kind ① of a unit the user manages. */
    @Transactional
    public RegisteredSystem register(SystemDraft draft) {
        if (!systemAccess.mayCreate()) {
            throw new NotAllowedException("system.error.mayNotCreate");
        }
        Resolved r = resolve(draft, null);
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insert(r.values(), actor, now);
        repository.replacePeople(id, PersonRole.ADMINISTRATOR, r.administrators());
        repository.replacePeople(id, PersonRole.STAFF, r.staff());
        repository.replaceHeldAssets(id, r.heldAssets());
        if (draft.devices() != null) {
            repository.replaceDevices(id, draft.devices());
        }
        RegisteredSystem saved = repository.find(id).orElseThrow();
        events.publishEvent(new SystemEvent.SystemRegistered(saved.assetNumber(), actor, facts(saved)));
        return saved;
    }

    /** Changes a system: managers of its asset's unit or its 管理者. */
    @Transactional
    public RegisteredSystem change(long id, SystemDraft draft) {
        RegisteredSystem before = repository.find(id).orElseThrow(() -> new NotFoundException("system", id));
        requireChange(before);
        Resolved r = resolve(draft, before);
        String actor = Access.currentLogin();
        repository.update(id, r.values(), actor, OffsetDateTime.now(clock));
        repository.replacePeople(id, PersonRole.ADMINISTRATOR, r.administrators());
        repository.replacePeople(id, PersonRole.STAFF, r.staff());
        repository.replaceHeldAssets(id, r.heldAssets());
        if (draft.devices() != null) {
            repository.replaceDevices(id, draft.devices());
        }
        RegisteredSystem after = repository.find(id).orElseThrow();
        Map<String, String> changes = changes(facts(before), facts(after));
        if (!changes.isEmpty()) {
            events.publishEvent(new SystemEvent.SystemChanged(after.assetNumber(), actor, changes));
        }
        return after;
    }

    /** Adds a device or group of like terminals. */
    @Transactional
    public Device addDevice(long id, Device device) {
        RegisteredSystem s = repository.find(id).orElseThrow(() -> new NotFoundException("system", id));
        requireChange(s);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        checkDevice(device, "", problems);
        if (s.devices().size() >= MAX_DEVICES) {
            problems.add(InvalidInputException.Problem.of("name", "system.error.devices.tooMany", MAX_DEVICES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long deviceId = repository.addDevice(id, device);
        repository.touch(id, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SystemEvent.DeviceAdded(s.assetNumber(), actor, deviceFacts(device)));
        return new Device(
                deviceId,
                device.name(),
                device.kind(),
                device.location(),
                device.quantity(),
                device.multiFactorSignIn(),
                device.removableMediaBlocked());
    }

    /** Removes a device; 404 when the system has no such device. */
    @Transactional
    public void removeDevice(long id, long deviceId) {
        RegisteredSystem s = repository.find(id).orElseThrow(() -> new NotFoundException("system", id));
        requireChange(s);
        Device device = s.devices().stream()
                .filter(d -> Objects.equals(d.id(), deviceId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("system-device", deviceId));
        String actor = Access.currentLogin();
        repository.removeDevice(id, deviceId);
        repository.touch(id, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SystemEvent.DeviceRemoved(s.assetNumber(), actor, deviceFacts(device)));
    }

    /** True when the signed-in user may change the system. */
    public boolean mayChange(RegisteredSystem s) {
        return systemAccess.mayChange(s);
    }

    private void requireChange(RegisteredSystem s) {
        if (!systemAccess.mayChange(s)) {
            throw new NotAllowedException("system.error.mayNotChange");
        }
    }

    /** The findings of one system, given the profiles of its own and its held assets in use. */
    List<SystemFinding> check(RegisteredSystem s, List<AssetProfile> held) {
        LocalDate today = LocalDate.now(clock);
        long inPost = s.administrators().stream()
                .filter(p -> directory.inPostOn(p, today))
                .count();
        SystemFacts facts = new SystemFacts(s, held, inPost, reviewOverdueSince(s.id(), today));
        return SystemRule.ALL.stream()
                .map(rule -> rule.check(facts))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Since when the system's yearly account review is overdue: a year after its last review (or,
     * never reviewed, after the first day of its oldest account not removed) has passed; null when
     * not overdue or when it has no account.
     */
    private @Nullable LocalDate reviewOverdueSince(long systemId, LocalDate today) {
        LocalDate oldest = accountRows.oldestNotRemoved(systemId);
        if (oldest == null) {
            return null;
        }
        LocalDate last = accountRows.lastReviewed(systemId);
        LocalDate base = last != null ? last : oldest;
        return today.isAfter(base.plusYears(1)) ? base : null;
    }

    /** Profiles of every asset the systems name, by 管理番号 (one query). */
    Map<String, AssetProfile> profiles(List<RegisteredSystem> systems) {
        List<String> numbers = systems.stream()
                .flatMap(s -> s.allAssetNumbers().stream())
                .distinct()
                .toList();
        return assets.profilesOf(numbers).stream()
                .collect(Collectors.toMap(AssetProfile::exampleNumber, Function.identity(), (a, b) -> a));
    }

    static List<AssetProfile> held(RegisteredSystem s, Map<String, AssetProfile> profiles) {
        return s.allAssetNumbers().stream()
                .map(profiles::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static String highestConfidentiality(List<AssetProfile> held) {
        return held.stream().mapToInt(AssetProfile::confidentialityRank).max().stream()
                .mapToObj(Integer::toString)
                .findFirst()
                .orElse("");
    }

    private SystemViews.HighestClass highest(RegisteredSystem s, List<AssetProfile> held) {
        Optional<AssetProfile> conf = held.stream().max(Comparator.comparingInt(AssetProfile::confidentialityRank));
        Optional<AssetProfile> integ = held.stream().max(Comparator.comparingInt(AssetProfile::integrityRank));
        Optional<AssetProfile> avail = held.stream().max(Comparator.comparingInt(AssetProfile::availabilityRank));
        return new SystemViews.HighestClass(
                conf.map(AssetProfile::confidentialityRank).orElse(0),
                conf.flatMap(p -> assets.byNumber(p.exampleNumber()))
                        .map(AssetSummary::confidentiality)
                        .orElse(""),
                integ.flatMap(p -> assets.byNumber(p.exampleNumber()))
                        .map(AssetSummary::integrity)
                        .orElse(""),
                avail.flatMap(p -> assets.byNumber(p.exampleNumber()))
                        .map(AssetSummary::availability)
                        .orElse(""),
                held.stream().anyMatch(AssetProfile::personalInfo),
                held.stream().anyMatch(AssetProfile::specificPersonalInfo));
    }

    private List<SystemViews.NamedPerson> people(List<Long> ids, LocalDate today) {
        return ids.stream()
                .map(directory::person)
                .flatMap(Optional::stream)
                .map(p -> new SystemViews.NamedPerson(
                        p.id(), p.staffNumber(), p.name(), directory.inPostOn(p.id(), today)))
                .toList();
    }

    /** A draft checked and resolved to stored values: every problem named by its field. */
    private record Resolved(
            SystemRepository.Values values, List<Long> administrators, List<Long> staff, List<String> heldAssets) {}

    private Resolved resolve(SystemDraft d, @Nullable RegisteredSystem before) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String assetNumber = d.assetNumber();
        if (assetNumber.isEmpty()) {
            problems.add(InvalidInputException.Problem.of("assetNumber", "system.error.asset.required"));
        } else {
            Optional<AssetSummary> asset = assets.byNumber(assetNumber);
            if (asset.isEmpty()) {
                problems.add(
                        InvalidInputException.Problem.of("assetNumber", "system.error.asset.unknown", assetNumber));
            } else {
                assetNumber = asset.get().number();
                List<AssetProfile> profile = assets.profilesOf(List.of(assetNumber));
                Optional<Long> taken = repository.idOfAsset(assetNumber);
                boolean unchanged = before != null && before.assetNumber().equals(assetNumber);
                if (asset.get().disposed() && !unchanged) {
                    problems.add(InvalidInputException.Problem.of(
                            "assetNumber", "system.error.asset.disposed", assetNumber));
                } else if (!profile.isEmpty()
                        && !"NETWORK_SYSTEM_MEDIA".equals(profile.get(0).kind())) {
                    problems.add(
                            InvalidInputException.Problem.of("assetNumber", "system.error.asset.kind", assetNumber));
                } else if (taken.isPresent() && (before == null || taken.get() != before.id())) {
                    problems.add(
                            InvalidInputException.Problem.of("assetNumber", "system.error.asset.taken", assetNumber));
                } else if (!unchanged && !systemAccess.managesUnitOf(assetNumber)) {
                    throw new NotAllowedException("system.error.mayNotManageAsset");
                }
            }
        }
        if (d.zone() == null) {
            problems.add(InvalidInputException.Problem.of("zone", "system.error.zone.required"));
        }
        if (d.purpose().length() > MAX_PURPOSE) {
            problems.add(InvalidInputException.Problem.of("purpose", "system.error.tooLong", MAX_PURPOSE));
        }
        if (d.contractor().length() > MAX_CONTRACTOR) {
            problems.add(InvalidInputException.Problem.of("contractor", "system.error.tooLong", MAX_CONTRACTOR));
        }
        if (d.backup().length() > MAX_BACKUP) {
            problems.add(InvalidInputException.Problem.of("backup", "system.error.tooLong", MAX_BACKUP));
        }
        if (d.rtoHours() != null && (d.rtoHours() < 0 || d.rtoHours() > MAX_RTO_HOURS)) {
            problems.add(InvalidInputException.Problem.of("rtoHours", "system.error.rtoHours", MAX_RTO_HOURS));
        }
        List<Long> administrators = people("administrators", d.administrators(), problems);
        List<Long> staff = people("staff", d.staff(), problems);
        List<String> held = new ArrayList<>();
        if (d.heldAssets().size() > MAX_HELD) {
            problems.add(InvalidInputException.Problem.of("heldAssets", "system.error.heldAssets.tooMany", MAX_HELD));
        } else {
            for (String n : d.heldAssets()) {
                Optional<AssetSummary> a = assets.byNumber(n);
                if (a.isEmpty()) {
                    problems.add(InvalidInputException.Problem.of("heldAssets", "system.error.heldAsset.unknown", n));
                } else if (a.get().disposed()
                        && (before == null
                                || !before.heldAssets().contains(a.get().number()))) {
                    problems.add(InvalidInputException.Problem.of(
                            "heldAssets",
                            "system.error.heldAsset.disposed",
                            a.get().number()));
                } else if (!a.get().number().equals(assetNumber)
                        && !held.contains(a.get().number())) {
                    held.add(a.get().number());
                }
            }
        }
        if (d.devices() != null) {
            if (d.devices().size() > MAX_DEVICES) {
                problems.add(InvalidInputException.Problem.of("devices", "system.error.devices.tooMany", MAX_DEVICES));
            } else {
                for (int i = 0; i < d.devices().size(); i++) {
                    checkDevice(d.devices().get(i), "devices[" + i + "].", problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Resolved(
                new SystemRepository.Values(
                        assetNumber,
                        d.purpose(),
                        Objects.requireNonNull(d.zone()),
                        d.cloudService(),
                        d.contractor(),
                        d.rtoHours(),
                        d.backup()),
                administrators,
                staff,
                held);
    }

    private List<Long> people(String field, List<String> staffNumbers, List<InvalidInputException.Problem> problems) {
        List<Long> ids = new ArrayList<>();
        if (staffNumbers.size() > MAX_PEOPLE) {
            problems.add(InvalidInputException.Problem.of(field, "system.error.people.tooMany", MAX_PEOPLE));
            return ids;
        }
        LocalDate today = LocalDate.now(clock);
        for (String number : staffNumbers) {
            Optional<PersonSummary> p = directory.personByStaffNumber(number);
            if (p.isEmpty()) {
                problems.add(InvalidInputException.Problem.of(field, "system.error.person.unknown", number));
            } else if (!directory.inPostOn(p.get().id(), today)) {
                problems.add(InvalidInputException.Problem.of(field, "system.error.person.notInPost", number));
            } else if (!ids.contains(p.get().id())) {
                ids.add(p.get().id());
            }
        }
        return ids;
    }

    private static void checkDevice(Device d, String prefix, List<InvalidInputException.Problem> problems) {
        if (d.name().isEmpty()) {
            problems.add(InvalidInputException.Problem.of(prefix + "name", "system.error.device.name"));
        } else if (d.name().length() > 200) {
            problems.add(InvalidInputException.Problem.of(prefix + "name", "system.error.tooLong", 200));
        }
        if (d.location().length() > 200) {
            problems.add(InvalidInputException.Problem.of(prefix + "location", "system.error.tooLong", 200));
        }
        if (d.quantity() < 1 || d.quantity() > 100_000) {
            problems.add(InvalidInputException.Problem.of(prefix + "quantity", "system.error.device.quantity"));
        }
    }

    private static Map<String, String> facts(RegisteredSystem s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("assetNumber", s.assetNumber());
        m.put("purpose", s.purpose());
        m.put("zone", s.zone().name());
        m.put("cloudService", Boolean.toString(s.cloudService()));
        m.put("contractor", s.contractor());
        m.put("rtoHours", s.rtoHours() == null ? "" : s.rtoHours().toString());
        m.put("backup", s.backup());
        m.put("administrators", ids(s.administrators()));
        m.put("staff", ids(s.staff()));
        m.put("heldAssets", String.join(",", s.heldAssets()));
        m.put("devices", Integer.toString(s.devices().size()));
        return m;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(id -> "person:" + id).collect(Collectors.joining(","));
    }

    private static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changes = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            String old = before.getOrDefault(k, "");
            if (!old.equals(v)) {
                changes.put(k, old + " → " + v);
            }
        });
        return changes;
    }

    private static Map<String, String> deviceFacts(Device d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("device", d.name());
        m.put("kind", d.kind().name());
        m.put("location", d.location());
        m.put("quantity", Integer.toString(d.quantity()));
        m.put("multiFactorSignIn", Boolean.toString(d.multiFactorSignIn()));
        m.put("removableMediaBlocked", Boolean.toString(d.removableMediaBlocked()));
        return m;
    }
}
