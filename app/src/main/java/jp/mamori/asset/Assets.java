package jp.mamori.asset;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.asset.AssetEvent.AssetChanged;
import jp.mamori.asset.AssetEvent.AssetCreated;
import jp.mamori.asset.AssetEvent.AssetDisposalRequested;
import jp.mamori.asset.AssetEvent.AssetDisposalWithdrawn;
import jp.mamori.asset.AssetEvent.AssetDisposed;
import jp.mamori.organization.Directory;
import jp.mamori.shared.Access;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.shared.AuditableEvents;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.UnitHierarchy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases: create and update assets (checked whole, with every problem named),
 * batches for the Excel import, the paged list, history, and the disposal flow. Each change writes
 * history rows and publishes an audit event in the same transaction. Who may call what is decided at
 * the edge (pages, API) with the {@code access} bean.
 */
@Service
public class Assets {
    private final AssetRepository repository;
    private final ClassificationCatalogue catalogue;
    private final NetworkZones zones;
    private final HandlingRestrictions restrictions;
    private final Directory directory;
    private final UnitHierarchy hierarchy;
    private final ApplicationEventPublisher events;
    private final AssetAccess access;
    private final Clock clock;

    Assets(
            AssetRepository repository,
            ClassificationCatalogue catalogue,
            NetworkZones zones,
            HandlingRestrictions restrictions,
            Directory directory,
            UnitHierarchy hierarchy,
            ApplicationEventPublisher events,
            AssetAccess access,
            Clock clock) {
        this.clock = clock;
        this.access = access;
        this.repository = repository;
        this.catalogue = catalogue;
        this.zones = zones;
        this.restrictions = restrictions;
        this.directory = directory;
        this.hierarchy = hierarchy;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Optional<Asset> byNumber(String number) {
        return repository.findByNumber(number.strip());
    }

    /** The disposed assets of kind ① (network, system, media), by 管理番号, read in one query. */
    List<AssetRow> disposedEquipment() {
        return repository.disposedEquipment();
    }

    /** The asset with this 管理番号, or {@link NotFoundException} (404). */
    @Transactional(readOnly = true)
    public Asset get(String number) {
        return byNumber(number).orElseThrow(() -> new NotFoundException("asset", number));
    }

    /** Creates an asset under the active scheme with the next 管理番号. */
    @Transactional
    public Asset create(AssetDraft draft) {
        Lookups lookups = lookups();
        List<Problem> problems = check(draft, null, lookups);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return insert(draft, lookups, Access.currentLogin());
    }

    /** Updates the asset; a draft that changes nothing writes nothing and publishes nothing. */
    @Transactional
    public Asset update(String number, AssetDraft draft) {
        Asset before = get(number);
        if (same(before, draft)) {
            return before;
        }
        before.requireEditable();
        Lookups lookups = lookups();
        List<Problem> problems = check(draft, before, lookups);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        events.publishEvent(change(before, draft, lookups, Access.currentLogin()));
        return get(number);
    }

    /**
     * Every problem of the draft — fields, unit, zone, levels of the active scheme, restrictions,
     * parent — without writing anything (the import's dry run). {@code number} "" or null for a new
     * asset; an unknown number is a problem on {@code number}.
     */
    @Transactional(readOnly = true)
    List<Problem> check(AssetDraft draft, @Nullable String number) {
        return checkNumbered(draft, number, lookups());
    }

    /** {@link #check(AssetDraft, String)} for many drafts in turn (an import's rows). */
    interface Checks {
        List<Problem> of(AssetDraft draft, @Nullable String number);
    }

    /**
     * Checks that read the zones, restrictions and active scheme once and remember each unit and
     * parent they looked up, for the rows of one import (read per row, the unit lookup alone was a
     * tenth of the import's time; docs/benchmarks.md, session 8).
     */
    Checks checks() {
        Lookups lookups = lookups();
        return (draft, number) -> checkNumbered(draft, number, lookups);
    }

    private List<Problem> checkNumbered(AssetDraft draft, @Nullable String number, Lookups lookups) {
        if (number == null || number.isBlank()) {
            return check(draft, null, lookups);
        }
        Optional<Asset> before = byNumber(number);
        if (before.isEmpty()) {
            return List.of(Problem.of("number", "asset.number.unknown", number));
        }
        List<Problem> problems = new ArrayList<>();
        if (!before.get().editable() && !same(before.get(), draft)) {
            problems.add(Problem.of(
                    "status", before.get().disposed() ? "asset.disposed.readOnly" : "asset.disposal.pendingReadOnly"));
        }
        problems.addAll(check(draft, before.get(), lookups));
        return problems;
    }

    /** True when saving the draft would change nothing (the import counts it as unchanged). */
    boolean same(Asset asset, AssetDraft draft) {
        return differences(asset, draft, catalogue.active().id()).isEmpty();
    }

    /**
     * Saves a batch in one transaction, all or nothing: every draft is checked first and, if any has
     * a problem, {@link AssetRowsException} lists them all and nothing is written.
     */
    @Transactional
    ImportCounts saveAll(List<NumberedDraft> rows) {
        return saveAll(rows, Access.currentLogin());
    }

    /**
     * {@link #saveAll(List)} recorded under the given actor (history rows and audit events), as a
     * command-line import passes {@code cli:<user>} where no web session exists.
     */
    @Transactional
    ImportCounts saveAll(List<NumberedDraft> rows, String actor) {
        Lookups lookups = lookups();
        List<AssetRowsException.RowProblem> problems = new ArrayList<>();
        List<@Nullable Asset> befores = new ArrayList<>();
        Map<String, Asset> stored = new HashMap<>();
        if (rows.stream().anyMatch(r -> !r.isNew())) {
            repository.all(null).forEach(a -> stored.put(a.number(), a));
        }
        for (int i = 0; i < rows.size(); i++) {
            NumberedDraft row = rows.get(i);
            Asset before = null;
            List<Problem> found = new ArrayList<>();
            if (!row.isNew()) {
                before = stored.get(row.number());
                if (before == null) {
                    found.add(Problem.of("number", "asset.number.unknown", row.number()));
                } else if (!before.editable() && !same(before, row.draft())) {
                    found.add(Problem.of(
                            "status",
                            before.disposed() ? "asset.disposed.readOnly" : "asset.disposal.pendingReadOnly"));
                }
            }
            if (before != null || row.isNew()) {
                found.addAll(check(row.draft(), before, lookups));
            }
            for (Problem p : found) {
                problems.add(new AssetRowsException.RowProblem(i, p.field(), p.messageKey(), p.args()));
            }
            befores.add(before);
        }
        if (!problems.isEmpty()) {
            throw new AssetRowsException(problems);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        // the new assets first, in JDBC batches (numbers in row order, as one by one); their audit
        // events then go out in row order with the changes, as before
        OffsetDateTime now = OffsetDateTime.now(clock);
        ClassificationScheme scheme = lookups.scheme();
        List<AssetDraft> fresh = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (befores.get(i) == null) {
                fresh.add(rows.get(i).draft());
            }
        }
        List<String> numbers = repository.nextNumbers(fresh.size());
        Map<String, Long> parents = new HashMap<>();
        List<AssetRepository.NewAsset> inserts = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            AssetDraft draft = fresh.get(i);
            inserts.add(new AssetRepository.NewAsset(
                    numbers.get(i),
                    draft,
                    scheme.id(),
                    scheme.require(Axis.CONFIDENTIALITY, draft.classification().confidentiality())
                            .rank(),
                    draft.parentNumber().isEmpty()
                            ? null
                            : parents.computeIfAbsent(
                                    draft.parentNumber(),
                                    n -> repository.idByNumber(n).orElseThrow())));
        }
        repository.addHistoryAll(repository.insertAll(inserts, actor, now), now, actor, "created");
        List<AuditableEvent> audit = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NumberedDraft row = rows.get(i);
            Asset before = befores.get(i);
            if (before == null) {
                AssetRepository.NewAsset inserted = inserts.get(created);
                audit.add(new AssetCreated(
                        inserted.number(),
                        actor,
                        createdValues(row.draft(), scheme.id()).details()));
                created++;
            } else if (same(before, row.draft())) {
                unchanged++;
            } else {
                audit.add(change(before, row.draft(), lookups, actor));
                updated++;
            }
        }
        // one step of the audit trail for the whole batch, the entries in row order
        events.publishEvent(new AuditableEvents(audit));
        return new ImportCounts(created, updated, unchanged);
    }

    /** Every asset by number, with restrictions; of the unit and the units below it when given. */
    @Transactional(readOnly = true)
    List<Asset> all(@Nullable Long unitId) {
        return repository.all(unitId == null ? null : hierarchy.selfAndDescendants(unitId));
    }

    /** One page of the list; {@code visibleUnits} null means the reader may see every unit. */
    @Transactional(readOnly = true)
    public Page<AssetRow> page(AssetFilter filter, @Nullable Set<Long> visibleUnits, int page, int size) {
        Set<Long> unitIds = filter.unitId() == null ? null : hierarchy.selfAndDescendants(filter.unitId());
        int[] bounds = Page.bounds(page, size);
        return repository.page(filter, visibleUnits, unitIds, bounds[0], bounds[1]);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Asset asset) {
        return repository.history(asset.id());
    }

    @Transactional(readOnly = true)
    public List<AssetRow> children(Asset asset) {
        return repository.children(asset.id());
    }

    /** Asks for the asset's disposal; a second person approves it. */
    @Transactional
    public Asset requestDisposal(String number, DisposalRequest request) {
        Asset before = get(number);
        before.requireEditable();
        if (!request.problems().isEmpty()) {
            throw new InvalidInputException(request.problems());
        }
        if (!repository.children(before.id()).stream().allMatch(c -> c.status() == AssetStatus.DISPOSED)) {
            throw InvalidInputException.of("status", "asset.disposal.holdsAssets");
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Asset after = before.requestDisposal(request.date(), request.method(), request.carriedOutBy(), actor, now);
        repository.saveDisposal(after, actor, now);
        AssetChanges changes = AssetChanges.start()
                .value("disposalDate", request.date())
                .value("disposalMethod", request.method())
                .value("disposalCarriedOutBy", request.carriedOutBy());
        repository.addHistory(before.id(), now, actor, "disposal-requested", changes.list());
        events.publishEvent(new AssetDisposalRequested(number, actor, changes.details()));
        return get(number);
    }

    /**
     * Approves the pending disposal: the asset becomes disposed and read-only. Not by the requester;
     * an approver with an authenticator app enrolled confirms it with a fresh {@code code} (a missing
     * or wrong code approves nothing). {@code source} is the approver's address, for the throttle.
     */
    @Transactional
    public Asset approveDisposal(String number, @Nullable String code, @Nullable String source) {
        Asset before = get(number);
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Asset after = before.approveDisposal(actor, now);
        boolean confirmed = access.confirmApproval(code, source);
        repository.saveDisposal(after, actor, now);
        Disposal d = after.disposal();
        AssetChanges changes = AssetChanges.start()
                .field("status", before.status(), after.status())
                .value("disposalDate", d == null ? null : d.date())
                .value("disposalMethod", d == null ? null : d.method())
                .value("disposalCarriedOutBy", d == null ? null : d.carriedOutBy())
                .value("disposalRequestedBy", d == null ? null : d.requestedBy())
                .value("disposalApprovedBy", actor);
        repository.addHistory(before.id(), now, actor, "disposed", changes.list());
        Map<String, String> details = new LinkedHashMap<>(changes.details());
        details.put("secondFactor", String.valueOf(confirmed));
        events.publishEvent(new AssetDisposed(number, actor, details));
        return get(number);
    }

    /** Withdraws or turns down the pending disposal. */
    @Transactional
    public Asset withdrawDisposal(String number) {
        Asset before = get(number);
        Asset after = before.withdrawDisposal();
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.saveDisposal(after, actor, now);
        AssetChanges changes = AssetChanges.start()
                .value(
                        "disposalRequestedBy",
                        before.disposal() == null ? null : before.disposal().requestedBy());
        repository.addHistory(before.id(), now, actor, "disposal-withdrawn", changes.list());
        events.publishEvent(new AssetDisposalWithdrawn(number, actor, changes.details()));
        return get(number);
    }

    /** The active scheme (forms, API, parsing). */
    public ClassificationScheme scheme() {
        return catalogue.active();
    }

    /** The scheme the asset was classified under (the active one if its id is no longer known). */
    public ClassificationScheme schemeOf(String schemeId) {
        return catalogue.scheme(schemeId).orElse(catalogue.active());
    }

    private Asset insert(AssetDraft draft, Lookups lookups, String actor) {
        return repository.find(insertRow(draft, lookups, actor)).orElseThrow();
    }

    /** Inserts without reading the asset back; returns its id. */
    private long insertRow(AssetDraft draft, Lookups lookups, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String number = repository.nextNumber();
        ClassificationScheme scheme = lookups.scheme();
        long id = repository.insert(
                number,
                draft,
                scheme.id(),
                scheme.require(Axis.CONFIDENTIALITY, draft.classification().confidentiality())
                        .rank(),
                parentId(draft),
                actor,
                now);
        AssetChanges values = createdValues(draft, scheme.id());
        repository.addHistory(id, now, actor, "created", List.of());
        events.publishEvent(new AssetCreated(number, actor, values.details()));
        return id;
    }

    /** Writes the change and its history row; the audit event is the caller's to publish. */
    private AssetChanged change(Asset before, AssetDraft draft, Lookups lookups, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ClassificationScheme scheme = lookups.scheme();
        AssetChanges changes = differences(before, draft, scheme.id());
        repository.update(
                before.id(),
                draft,
                scheme.id(),
                scheme.require(Axis.CONFIDENTIALITY, draft.classification().confidentiality())
                        .rank(),
                parentId(draft),
                actor,
                now);
        repository.addHistory(before.id(), now, actor, "changed", changes.list());
        return new AssetChanged(before.number(), actor, changes.details());
    }

    private @Nullable Long parentId(AssetDraft draft) {
        return draft.parentNumber().isEmpty()
                ? null
                : repository.idByNumber(draft.parentNumber()).orElseThrow();
    }

    /** The audit details of a new asset: every value it was given. */
    static AssetChanges createdValues(AssetDraft d, String scheme) {
        AssetChanges values = AssetChanges.start();
        for (AssetField field : AssetField.values()) {
            values.value(field.key(), field.of(d, scheme));
        }
        return values;
    }

    /** Each field the draft changes, as old → new (the scheme counts when the active one differs). */
    static AssetChanges differences(Asset a, AssetDraft d, String activeScheme) {
        AssetChanges changes = AssetChanges.start();
        for (AssetField field : AssetField.values()) {
            changes.field(field.key(), field.of(a), field.of(d, activeScheme));
        }
        return changes;
    }

    /** The reference data a check needs, read once per call or batch. */
    private record Lookups(
            ClassificationScheme scheme,
            Map<String, NetworkZone> zones,
            Map<String, HandlingRestriction> restrictions,
            Map<Long, Boolean> knownUnits,
            Map<String, Optional<Asset>> parents) {}

    private Lookups lookups() {
        Map<String, NetworkZone> zoneMap = new HashMap<>();
        zones.all().forEach(z -> zoneMap.put(z.code(), z));
        Map<String, HandlingRestriction> restrictionMap = new HashMap<>();
        restrictions.all().forEach(r -> restrictionMap.put(r.code(), r));
        return new Lookups(catalogue.active(), zoneMap, restrictionMap, new HashMap<>(), new HashMap<>());
    }

    private List<Problem> check(AssetDraft draft, @Nullable Asset before, Lookups lookups) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        if (draft.ownerUnitId() != null
                && !lookups.knownUnits()
                        .computeIfAbsent(
                                draft.ownerUnitId(), id -> directory.unit(id).isPresent())) {
            problems.add(Problem.of("ownerUnitId", "asset.ownerUnit.unknown"));
        }
        if (!draft.zoneCode().isEmpty()) {
            NetworkZone zone = lookups.zones().get(draft.zoneCode());
            boolean kept = before != null && before.zoneCode().equals(draft.zoneCode());
            if (zone == null || (!zone.active() && !kept)) {
                problems.add(Problem.of("zoneCode", "asset.zone.unknown", draft.zoneCode()));
            }
        }
        ClassificationScheme scheme = lookups.scheme();
        level(
                problems,
                scheme,
                Axis.CONFIDENTIALITY,
                "confidentiality",
                draft.classification().confidentiality());
        level(
                problems,
                scheme,
                Axis.INTEGRITY,
                "integrity",
                draft.classification().integrity());
        level(
                problems,
                scheme,
                Axis.AVAILABILITY,
                "availability",
                draft.classification().availability());
        for (String code : draft.restrictionCodes()) {
            HandlingRestriction r = lookups.restrictions().get(code);
            boolean kept = before != null && before.restrictionCodes().contains(code);
            if (r == null || (!r.active() && !kept)) {
                problems.add(Problem.of("restrictionCodes", "asset.restriction.unknown", code));
            }
        }
        if (!draft.parentNumber().isEmpty()) {
            Optional<Asset> parent = lookups.parents().computeIfAbsent(draft.parentNumber(), repository::findByNumber);
            if (parent.isEmpty()) {
                problems.add(Problem.of("parentNumber", "asset.parent.unknown", draft.parentNumber()));
            } else if (before != null
                    && (parent.get().id() == before.id()
                            || repository.ancestors(parent.get().id()).contains(before.id()))) {
                problems.add(Problem.of("parentNumber", "asset.parent.cycle", draft.parentNumber()));
            } else if (parent.get().disposed()) {
                problems.add(Problem.of("parentNumber", "asset.parent.disposed", draft.parentNumber()));
            }
        }
        return problems;
    }

    private static void level(
            List<Problem> problems, ClassificationScheme scheme, Axis axis, String field, String code) {
        if (!code.isEmpty() && scheme.level(axis, code).isEmpty()) {
            problems.add(Problem.of(field, "asset.level.unknown", code, String.join(", ", scheme.codes(axis))));
        }
    }
}
