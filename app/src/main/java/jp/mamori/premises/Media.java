package jp.mamori.premises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of removable media (who holds each, its encryption, its inventory checks) and the
 * disposal of media and equipment holding information. A disposal of an asset links to the asset
 * register's own disposal by 管理番号; an asset of kind ① disposed of there with no record here is a
 * finding. Media belong to a unit: its managers change them; every change is a {@link PremisesEvent}.
 */
@Service
public class Media {
    private final MediaRepository repository;
    private final PremisesAccess premisesAccess;
    private final AssetRegister assets;
    private final Directory directory;
    private final Areas areas;
    private final PremisesSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Media(
            MediaRepository repository,
            PremisesAccess premisesAccess,
            AssetRegister assets,
            Directory directory,
            Areas areas,
            PremisesSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.premisesAccess = premisesAccess;
        this.assets = assets;
        this.directory = directory;
        this.areas = areas;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A medium with its unit's and holder's names, its findings and whether the user may manage it. */
    public record Line(Medium medium, String unitName, String holder, List<MediumRule> findings, boolean mayManage) {}

    /** An inventory check of a medium. */
    public record Check(LocalDate checkedOn, boolean found, String note, String checkedBy) {}

    /**
     * A disposal with the names a reader needs, whether the asset register shows the asset disposed,
     * and whether the user may approve the record.
     */
    public record DisposalLine(
            MediaDisposal disposal,
            String assetName,
            boolean assetDisposed,
            String mediumLabel,
            String unitName,
            boolean mayApprove) {}

    /** What a disposal record says; the certificate file comes separately. */
    public record DisposalDraft(
            @Nullable String assetNumber,
            @Nullable String mediumLabel,
            @Nullable String description,
            MediaDisposal.@Nullable Method method,
            @Nullable String carriedOutBy,
            @Nullable String contractor,
            @Nullable String witness,
            @Nullable LocalDate disposedOn) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The units the user may register media for. */
    @Transactional(readOnly = true)
    public List<UnitSummary> managedUnits() {
        return areas.managedUnits();
    }

    @Transactional(readOnly = true)
    public Page<Line> page(boolean findingsOnly, int page, int size) {
        return Page.slice(lines(findingsOnly), page, size);
    }

    /** Every medium the user may read, by label; only those with findings when asked. */
    private List<Line> lines(boolean findingsOnly) {
        Map<Long, String> units = areas.unitNames();
        Function<Long, String> names = areas.personNames();
        LocalDate today = today();
        return repository.media().stream()
                .filter(m -> premisesAccess.mayRead(m.unitId()))
                .map(m -> line(m, units, names, today))
                .filter(l -> !findingsOnly || !l.findings().isEmpty())
                .toList();
    }

    private Line line(Medium m, Map<Long, String> units, Function<Long, String> names, LocalDate today) {
        List<MediumRule> findings = new ArrayList<>();
        for (MediumRule rule : MediumRule.values()) {
            if (rule.broken(m, today, settings.mediaCheckDays())) {
                findings.add(rule);
            }
        }
        return new Line(
                m,
                units.getOrDefault(m.unitId(), ""),
                m.holderId() == null ? "" : names.apply(m.holderId()),
                List.copyOf(findings),
                premisesAccess.mayManage(m.unitId()));
    }

    /** One medium; 404 when unknown, 403 when the user may not read it. */
    @Transactional(readOnly = true)
    public Line line(long id) {
        Medium m = repository.medium(id).orElseThrow(() -> new NotFoundException("medium", id));
        if (!premisesAccess.mayRead(m.unitId())) {
            throw new NotAllowedException("prm.error.mayNotRead");
        }
        return line(m, areas.unitNames(), areas.personNames(), today());
    }

    @Transactional(readOnly = true)
    public List<Check> checks(long id) {
        line(id);
        return repository.checks(id);
    }

    public boolean mayManage(Medium m) {
        return premisesAccess.mayManage(m.unitId());
    }

    private Medium manageable(long id) {
        Medium m = repository.medium(id).orElseThrow(() -> new NotFoundException("medium", id));
        if (!premisesAccess.mayManage(m.unitId())) {
            throw new NotAllowedException("prm.error.mayNotManage");
        }
        return m;
    }

    /** Registers a medium of a unit the user manages (in stock until issued). */
    @Transactional
    public Medium register(
            @Nullable String label, Medium.@Nullable Kind kind, @Nullable Long unitId, @Nullable String encryption) {
        if (!premisesAccess.mayCreate()) {
            throw new NotAllowedException("prm.error.mayNotCreate");
        }
        List<Problem> problems = new ArrayList<>();
        String l = EntryLog.text(label);
        if (l.isEmpty()) {
            problems.add(Problem.of("label", "prm.error.required"));
        } else if (l.length() > 40) {
            problems.add(Problem.of("label", "prm.error.tooLong", 40));
        } else if (repository.byLabel(l).isPresent()) {
            problems.add(Problem.of("label", "prm.error.medium.labelTaken", l));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "prm.error.required"));
        }
        if (unitId == null || directory.unit(unitId).isEmpty()) {
            problems.add(Problem.of("unitId", "prm.error.unit.unknown"));
        } else if (!premisesAccess.mayManage(unitId)) {
            problems.add(Problem.of("unitId", "prm.error.unit.notManaged"));
        }
        String enc = EntryLog.text(encryption);
        if (enc.length() > 200) {
            problems.add(Problem.of("encryption", "prm.error.tooLong", 200));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertMedium(l, kind, unitId, enc, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.MediumRegistered(l, actor, kind.name(), unitId, enc));
        return repository.medium(id).orElseThrow();
    }

    /** Issues a medium in stock to a person (職員番号). */
    @Transactional
    public Medium issue(long id, @Nullable String staffNumber) {
        Medium m = manageable(id);
        if (m.state() != Medium.State.IN_STOCK) {
            throw InvalidInputException.of("staffNumber", "prm.error.medium.notInStock");
        }
        String number = EntryLog.text(staffNumber);
        if (number.isEmpty()) {
            throw InvalidInputException.of("staffNumber", "prm.error.required");
        }
        PersonSummary person = directory
                .personByStaffNumber(number)
                .filter(p -> directory.inPostOn(p.id(), today()))
                .orElseThrow(() -> InvalidInputException.of("staffNumber", "prm.error.person.unknown", number));
        repository.holder(id, person.id(), today(), Medium.State.ISSUED);
        events.publishEvent(
                new PremisesEvent.MediumIssued(m.label(), Access.currentLogin(), number, today().toString()));
        return repository.medium(id).orElseThrow();
    }

    /** Takes an issued medium back into stock. */
    @Transactional
    public Medium takeBack(long id) {
        Medium m = manageable(id);
        if (m.state() != Medium.State.ISSUED || m.holderId() == null) {
            throw InvalidInputException.of("state", "prm.error.medium.notIssued");
        }
        String holder =
                directory.person(m.holderId()).map(PersonSummary::staffNumber).orElse("#" + m.holderId());
        repository.holder(id, null, null, Medium.State.IN_STOCK);
        events.publishEvent(new PremisesEvent.MediumReturned(m.label(), Access.currentLogin(), holder));
        return repository.medium(id).orElseThrow();
    }

    /** Records an inventory check today: found or not (not found makes it missing). */
    @Transactional
    public Medium check(long id, boolean found, @Nullable String note) {
        Medium m = manageable(id);
        if (m.state() == Medium.State.DISPOSED) {
            throw InvalidInputException.of("state", "prm.error.medium.disposed");
        }
        String n = EntryLog.text(note);
        if (n.length() > 500) {
            throw InvalidInputException.of("note", "prm.error.tooLong", 500);
        }
        Medium.State next = !found
                ? Medium.State.MISSING
                : m.state() == Medium.State.MISSING
                        ? (m.holderId() == null ? Medium.State.IN_STOCK : Medium.State.ISSUED)
                        : m.state();
        String actor = Access.currentLogin();
        repository.check(id, today(), found, n, next, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.MediumChecked(m.label(), actor, found, n));
        return repository.medium(id).orElseThrow();
    }

    // --- disposals

    /** The disposals the user may read, newest first. */
    @Transactional(readOnly = true)
    public Page<DisposalLine> disposals(int page, int size) {
        Map<Long, String> units = areas.unitNames();
        List<MediaDisposal> readable = repository.disposals().stream()
                .filter(d -> premisesAccess.mayRead(d.unitId()))
                .toList();
        return Page.slice(readable, page, size).map(d -> disposalLine(d, units));
    }

    private List<DisposalLine> disposalLines() {
        Map<Long, String> units = areas.unitNames();
        return repository.disposals().stream()
                .filter(d -> premisesAccess.mayRead(d.unitId()))
                .map(d -> disposalLine(d, units))
                .toList();
    }

    private DisposalLine disposalLine(MediaDisposal d, Map<Long, String> units) {
        Optional<AssetSummary> asset = d.assetNumber() == null ? Optional.empty() : assets.byNumber(d.assetNumber());
        return new DisposalLine(
                d,
                asset.map(AssetSummary::name).orElse(""),
                asset.map(AssetSummary::disposed).orElse(false),
                d.mediumId() == null
                        ? ""
                        : repository.medium(d.mediumId()).map(Medium::label).orElse(""),
                units.getOrDefault(d.unitId(), ""),
                mayApprove(d));
    }

    /** A manager of the record's unit who did not record it, while it is not approved. */
    private boolean mayApprove(MediaDisposal d) {
        return !d.approved()
                && premisesAccess.mayManage(d.unitId())
                && !d.recordedBy().equals(Access.current().map(u -> u.login()).orElse(""));
    }

    /** One disposal record; 404 when unknown, 403 when the user may not read it. */
    @Transactional(readOnly = true)
    public DisposalLine disposal(long id) {
        return disposalLine(readableDisposal(id), areas.unitNames());
    }

    private MediaDisposal readableDisposal(long id) {
        MediaDisposal d = repository.disposal(id).orElseThrow(() -> new NotFoundException("disposal", id));
        if (!premisesAccess.mayRead(d.unitId())) {
            throw new NotAllowedException("prm.error.mayNotRead");
        }
        return d;
    }

    /**
     * Approves a disposal record: a manager of its unit other than the recorder, with a fresh code
     * from the authenticator app when one is enrolled (a wrong code approves nothing).
     */
    @Transactional
    public MediaDisposal approveDisposal(long id, @Nullable String code, @Nullable String source) {
        MediaDisposal d = readableDisposal(id);
        if (d.approved()) {
            throw InvalidInputException.of("state", "prm.error.disposal.approved");
        }
        if (!mayApprove(d)) {
            throw new NotAllowedException("prm.error.disposal.mayNotApprove");
        }
        boolean confirmed = premisesAccess.confirmApproval(code, source);
        String actor = Access.currentLogin();
        if (!repository.approveDisposal(id, actor, OffsetDateTime.now(clock))) {
            throw InvalidInputException.of("state", "prm.error.disposal.approved");
        }
        if (d.mediumId() != null) {
            repository.holder(d.mediumId(), null, null, Medium.State.DISPOSED);
        }
        events.publishEvent(new PremisesEvent.DisposalApproved(
                id, actor, d.assetNumber() == null ? "" : d.assetNumber(), confirmed));
        return repository.disposal(id).orElseThrow();
    }

    /** Disposed assets of kind ① of the user's readable units with no disposal record here: findings. */
    @Transactional(readOnly = true)
    public List<AssetSummary> disposedWithoutRecord() {
        Set<String> recorded = repository.disposedAssetNumbers();
        return assets.disposedEquipment().stream()
                .filter(a -> premisesAccess.mayRead(a.unitId()))
                .filter(a -> !recorded.contains(a.number()))
                .toList();
    }

    /**
     * Records a disposal of an asset (管理番号) and/or a medium (label), by the unit's managers. A
     * contractor's disposal needs its certificate; a medium named is marked disposed once the record
     * is approved.
     */
    @Transactional
    public MediaDisposal recordDisposal(DisposalDraft d, @Nullable CertificateFile certificate) {
        if (!premisesAccess.mayCreate()) {
            throw new NotAllowedException("prm.error.mayNotCreate");
        }
        List<Problem> problems = new ArrayList<>();
        String number = EntryLog.text(d.assetNumber());
        String label = EntryLog.text(d.mediumLabel());
        Optional<AssetSummary> asset = number.isEmpty() ? Optional.empty() : assets.byNumber(number);
        Optional<Medium> medium = label.isEmpty() ? Optional.empty() : repository.byLabel(label);
        if (number.isEmpty() && label.isEmpty()) {
            problems.add(Problem.of("assetNumber", "prm.error.disposal.what"));
        }
        if (!number.isEmpty() && asset.isEmpty()) {
            problems.add(Problem.of("assetNumber", "prm.error.asset.unknown", number));
        }
        if (!label.isEmpty() && medium.isEmpty()) {
            problems.add(Problem.of("mediumLabel", "prm.error.medium.unknown", label));
        } else if (medium.isPresent() && medium.get().state() == Medium.State.DISPOSED) {
            problems.add(Problem.of("mediumLabel", "prm.error.medium.disposed"));
        } else if (medium.isPresent()) {
            repository.lockMedium(medium.get().id());
            repository
                    .pendingDisposal(medium.get().id())
                    .ifPresent(pending -> problems.add(Problem.of(
                            "mediumLabel", "prm.error.medium.disposalPending", label, String.valueOf(pending))));
        }
        Long unitId = asset.map(AssetSummary::unitId)
                .orElse(medium.map(Medium::unitId).orElse(null));
        if (unitId != null && !premisesAccess.mayManage(unitId)) {
            problems.add(Problem.of(asset.isPresent() ? "assetNumber" : "mediumLabel", "prm.error.unit.notManaged"));
        }
        if (asset.isPresent()
                && medium.isPresent()
                && !premisesAccess.mayManage(medium.get().unitId())) {
            problems.add(Problem.of("mediumLabel", "prm.error.unit.notManaged"));
        }
        if (d.method() == null) {
            problems.add(Problem.of("method", "prm.error.required"));
        }
        String contractor = EntryLog.text(d.contractor());
        String by = EntryLog.text(d.carriedOutBy());
        if (by.isEmpty() && contractor.isEmpty()) {
            problems.add(Problem.of("carriedOutBy", "prm.error.disposal.who"));
        }
        if (by.length() > 100) {
            problems.add(Problem.of("carriedOutBy", "prm.error.tooLong", 100));
        }
        if (contractor.length() > 200) {
            problems.add(Problem.of("contractor", "prm.error.tooLong", 200));
        }
        if (!contractor.isEmpty() && certificate == null) {
            problems.add(Problem.of("certificate", "prm.error.disposal.certificate"));
        }
        String witness = EntryLog.text(d.witness());
        if (witness.isEmpty()) {
            problems.add(Problem.of("witness", "prm.error.required"));
        } else if (witness.length() > 100) {
            problems.add(Problem.of("witness", "prm.error.tooLong", 100));
        }
        String description = EntryLog.text(d.description());
        if (description.length() > 500) {
            problems.add(Problem.of("description", "prm.error.tooLong", 500));
        }
        if (d.disposedOn() == null) {
            problems.add(Problem.of("disposedOn", "prm.error.required"));
        } else if (d.disposedOn().isAfter(today())) {
            problems.add(Problem.of("disposedOn", "prm.error.disposal.future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        MediaDisposal record = new MediaDisposal(
                0,
                asset.map(AssetSummary::number).orElse(null),
                medium.map(Medium::id).orElse(null),
                unitId,
                description,
                d.method(),
                by,
                contractor,
                certificate == null ? null : certificate.name(),
                witness,
                d.disposedOn(),
                actor,
                null,
                null);
        long id = repository.insertDisposal(
                record,
                certificate == null ? null : certificate.type(),
                certificate == null ? null : certificate.content(),
                OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.DisposalRecorded(
                id,
                actor,
                number,
                label,
                d.method().name(),
                by,
                contractor,
                certificate == null ? "" : certificate.name(),
                witness,
                d.disposedOn().toString()));
        return repository.disposal(id).orElseThrow();
    }

    /** The certificate of a disposal the user may read. */
    @Transactional(readOnly = true)
    public CertificateFile certificate(long disposalId) {
        readableDisposal(disposalId);
        return repository.certificate(disposalId).orElseThrow(() -> new NotFoundException("certificate", disposalId));
    }

    /** The registers of media and disposals as a workbook (和暦), with findings. */
    @Transactional(readOnly = true)
    public byte[] workbook() {
        List<List<String>> media = lines(false).stream()
                .map(l -> List.of(
                        l.medium().label(),
                        PremisesLabels.mediumKind(l.medium().kind()),
                        l.unitName(),
                        l.medium().encryption(),
                        l.holder(),
                        l.medium().issuedOn() == null
                                ? ""
                                : Wareki.japanese(l.medium().issuedOn()),
                        l.medium().lastCheckedOn() == null
                                ? ""
                                : Wareki.japanese(l.medium().lastCheckedOn()),
                        PremisesLabels.mediumState(l.medium().state()),
                        String.join(
                                "、",
                                l.findings().stream()
                                        .map(PremisesLabels::mediumFinding)
                                        .toList())))
                .toList();
        List<List<String>> disposals = disposalLines().stream()
                .map(l -> List.of(
                        Wareki.japanese(l.disposal().disposedOn()),
                        l.disposal().assetNumber() == null ? "" : l.disposal().assetNumber(),
                        l.assetName(),
                        l.mediumLabel(),
                        l.unitName(),
                        PremisesLabels.method(l.disposal().method()),
                        l.disposal().carriedOutBy(),
                        l.disposal().contractor(),
                        l.disposal().certificateName() == null
                                ? ""
                                : l.disposal().certificateName(),
                        l.disposal().witness(),
                        l.disposal().approvedBy() == null
                                ? "（承認待ち）"
                                : l.disposal().approvedBy()))
                .toList();
        Map<Long, String> units = areas.unitNames();
        List<List<String>> missing = disposedWithoutRecord().stream()
                .map(a -> List.of(a.number(), a.name(), units.getOrDefault(a.unitId(), "")))
                .toList();
        return new RegisterWorkbook()
                .sheet(new RegisterWorkbook.SheetData(
                        "記録媒体",
                        "記録媒体管理簿（" + Wareki.japanese(today()) + "現在）",
                        List.of("管理番号", "種類", "管理部署", "暗号化", "保有者", "貸出日", "最終点検日", "状態", "指摘"),
                        media))
                .sheet(new RegisterWorkbook.SheetData(
                        "廃棄",
                        "記録媒体・機器の廃棄記録",
                        List.of("廃棄日", "資産の管理番号", "資産名", "媒体", "管理部署", "方法", "実施者", "委託先", "証明書", "立会者", "承認者"),
                        disposals))
                .sheet(new RegisterWorkbook.SheetData(
                        "廃棄記録なし", "廃棄記録のない廃棄済み資産（区分①）", List.of("管理番号", "資産名", "管理部署"), missing))
                .bytes();
    }
}
