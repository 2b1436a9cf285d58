package jp.mamori.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.FreshSecondFactor;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.UploadedBytes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The register of external (cloud) services: list, read, register and change services, keep the
 * terms file, approve a service (CISO level, fresh second factor) and check each against the
 * {@link CloudRule}s with the classes of the assets stored in it.
 */
@Service
public class CloudServices implements SupplierRegister<CloudServiceDraft, CloudService> {
    private final CloudServiceRepository repository;
    private final SupplierAccess supplierAccess;
    private final Access access;
    private final AssetRegister assets;
    private final Directory directory;
    private final FreshSecondFactor secondFactor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    CloudServices(
            CloudServiceRepository repository,
            SupplierAccess supplierAccess,
            Access access,
            AssetRegister assets,
            Directory directory,
            FreshSecondFactor secondFactor,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mamori.supplier.file-max-size:20MB}") DataSize maxSize) {
        this.repository = repository;
        this.supplierAccess = supplierAccess;
        this.access = access;
        this.assets = assets;
        this.directory = directory;
        this.secondFactor = secondFactor;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** A service in the list. */
    public record Line(CloudService service, int highestStored, List<SupplierFinding> findings) {}

    /** A service with its stored assets, unit and findings. */
    public record Details(
            CloudService service,
            String unitName,
            List<CloudRule.StoredAsset> assets,
            List<SupplierFinding> findings) {}

    /** The services, one page: the filter's words in the name, provider or data location. */
    @Transactional(readOnly = true)
    @Override
    public Page<Line> page(RegisterFilter filter, int page, int size) {
        requireList();
        List<CloudService> all = repository.all();
        Map<String, CloudRule.StoredAsset> stored = stored(all);
        LocalDate today = LocalDate.now(clock);
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        List<Line> lines = new ArrayList<>();
        for (CloudService s : all) {
            if (!text.isEmpty()
                    && !(s.name() + "\n" + s.provider() + "\n" + s.dataLocation())
                            .toLowerCase(Locale.ROOT)
                            .contains(text)) {
                continue;
            }
            List<CloudRule.StoredAsset> held = held(s, stored);
            List<SupplierFinding> findings = CloudRule.checkAll(new CloudRule.Facts(s, held, today));
            if (filter.withFindings() && findings.isEmpty()) {
                continue;
            }
            lines.add(new Line(
                    s,
                    held.stream()
                            .mapToInt(CloudRule.StoredAsset::confidentialityRank)
                            .max()
                            .orElse(0),
                    findings));
        }
        return Page.slice(lines, page, size);
    }

    @Transactional(readOnly = true)
    public Details details(long id) {
        requireList();
        CloudService s = repository.find(id).orElseThrow(() -> new NotFoundException("cloud-service", id));
        List<CloudRule.StoredAsset> held = held(s, stored(List.of(s)));
        return new Details(
                s,
                directory.unit(s.unitId()).map(UnitSummary::name).orElse(""),
                held,
                CloudRule.checkAll(new CloudRule.Facts(s, held, LocalDate.now(clock))));
    }

    /** Every service's findings. */
    @Transactional(readOnly = true)
    public List<SupplierFinding> findings() {
        requireList();
        List<CloudService> all = repository.all();
        Map<String, CloudRule.StoredAsset> stored = stored(all);
        LocalDate today = LocalDate.now(clock);
        return all.stream()
                .flatMap(s -> CloudRule.checkAll(new CloudRule.Facts(s, held(s, stored), today)).stream())
                .toList();
    }

    /** The findings of the services that hold the asset, that concern it or the service as a whole. */
    @Transactional(readOnly = true)
    public List<SupplierFinding> findingsOnAsset(String assetNumber) {
        List<CloudService> holding = repository.holding(assetNumber).stream()
                .map(repository::find)
                .flatMap(Optional::stream)
                .toList();
        Map<String, CloudRule.StoredAsset> stored = stored(holding);
        LocalDate today = LocalDate.now(clock);
        return holding.stream()
                .flatMap(s -> CloudRule.checkAll(new CloudRule.Facts(s, held(s, stored), today)).stream())
                .filter(f -> !f.rule().equals("CLOUD_ASSET_ABOVE_ALLOWED")
                        || assetNumber.equals(f.args().get(0)))
                .toList();
    }

    /** Names of the services holding the asset, with their ids. */
    @Transactional(readOnly = true)
    public List<CloudService> holding(String assetNumber) {
        return repository.holding(assetNumber).stream()
                .map(repository::find)
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional
    @Override
    public CloudService register(CloudServiceDraft draft) {
        requireRegister();
        CloudServiceDraft d = check(draft, null);
        String actor = Access.currentLogin();
        long id = repository.insert(d, actor, OffsetDateTime.now(clock));
        CloudService saved = repository.find(id).orElseThrow();
        events.publishEvent(new SupplierEvent.CloudServiceRegistered(Long.toString(id), actor, facts(saved)));
        return saved;
    }

    @Transactional
    public CloudService change(long id, CloudServiceDraft draft) {
        CloudService before = requireChange(id);
        CloudServiceDraft d = check(draft, id);
        String actor = Access.currentLogin();
        repository.update(id, d, actor, OffsetDateTime.now(clock));
        CloudService after = repository.find(id).orElseThrow();
        Map<String, String> changes = Contractors.changes(facts(before), facts(after));
        if (!changes.isEmpty()) {
            events.publishEvent(new SupplierEvent.CloudServiceChanged(Long.toString(id), actor, changes));
        }
        return after;
    }

    /**
     * Approves the service for the level it allows now: CISO level, confirmed with a fresh code from
     * the authenticator app.
     */
    @Transactional
    public CloudService approve(long id, @Nullable String code, @Nullable String source) {
        if (!supplierAccess.mayApprove()) {
            throw new NotAllowedException("sup.error.mayNotApprove");
        }
        CloudService s = repository.find(id).orElseThrow(() -> new NotFoundException("cloud-service", id));
        if (s.approved()) {
            throw InvalidInputException.of("confirmation", "sup.error.cloud.approved", s.name());
        }
        secondFactor.confirm(access.user().login(), code, source);
        String actor = Access.currentLogin();
        repository.approve(id, s.maxConfidentiality(), actor, OffsetDateTime.now(clock));
        events.publishEvent(new SupplierEvent.CloudServiceApproved(
                Long.toString(id),
                actor,
                Map.of("level", Integer.toString(s.maxConfidentiality()), "secondFactor", "confirmed")));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public ContractFile addTermsFile(long id, String fileName, long declaredSize, InputStream in) throws IOException {
        CloudService s = requireChange(id);
        Upload u = Upload.read(fileName, declaredSize, in, maxSize.toBytes());
        if (s.termsFiles().stream().anyMatch(f -> f.sha256().equals(u.sha256()))) {
            throw InvalidInputException.of("file", "sup.error.file.duplicate", u.fileName());
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long fileId = repository.addTermsFile(id, u, actor, now);
        events.publishEvent(new SupplierEvent.CloudTermsFileAdded(
                Long.toString(id),
                actor,
                Map.of("file", u.fileName(), "sha256", u.sha256(), "size", Integer.toString(u.content().length))));
        return new ContractFile(fileId, u.fileName(), u.contentType(), u.sha256(), u.content().length, actor, now);
    }

    @Transactional(readOnly = true)
    public ContractFiles.File termsFile(long id, long fileId) {
        CloudService s = details(id).service();
        ContractFile f = s.termsFiles().stream()
                .filter(x -> x.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("cloud-terms-file", fileId));
        byte[] content = repository.termsContent(fileId).orElse(new byte[0]);
        if (!UploadedBytes.matches(content, f.sha256())) {
            throw new IllegalStateException("terms file " + fileId + " does not match its SHA-256");
        }
        return new ContractFiles.File(f, content);
    }

    private CloudService requireChange(long id) {
        CloudService s = repository.find(id).orElseThrow(() -> new NotFoundException("cloud-service", id));
        if (!access.canManageUnit(s.unitId())) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
        return s;
    }

    private void requireList() {
        if (!supplierAccess.mayList()) {
            throw new NotAllowedException("sup.error.mayNotRead");
        }
    }

    private void requireRegister() {
        if (!supplierAccess.mayRegister()) {
            throw new NotAllowedException("sup.error.mayNotChange");
        }
    }

    private Map<String, CloudRule.StoredAsset> stored(List<CloudService> services) {
        List<String> numbers =
                services.stream().flatMap(s -> s.assets().stream()).distinct().toList();
        Map<String, AssetProfile> profiles = assets.profilesOf(numbers).stream()
                .collect(Collectors.toMap(AssetProfile::exampleNumber, Function.identity(), (a, b) -> a));
        Map<String, CloudRule.StoredAsset> out = new LinkedHashMap<>();
        for (String n : numbers) {
            AssetProfile p = profiles.get(n);
            Optional<AssetSummary> a = assets.byNumber(n);
            if (p != null && a.isPresent()) {
                out.put(
                        n,
                        new CloudRule.StoredAsset(
                                n,
                                a.get().name(),
                                p.confidentialityRank(),
                                a.get().confidentiality()));
            }
        }
        return out;
    }

    private static List<CloudRule.StoredAsset> held(CloudService s, Map<String, CloudRule.StoredAsset> stored) {
        return s.assets().stream().map(stored::get).filter(Objects::nonNull).toList();
    }

    private CloudServiceDraft check(CloudServiceDraft d, @Nullable Long id) {
        List<Problem> problems = new ArrayList<>();
        if (d.name().isEmpty()) {
            problems.add(Problem.of("name", "sup.error.required"));
        } else if (d.name().length() > 200) {
            problems.add(Problem.of("name", "sup.error.tooLong", 200));
        } else {
            Optional<Long> taken = repository.named(d.name());
            if (taken.isPresent() && !taken.get().equals(id)) {
                problems.add(Problem.of("name", "sup.error.cloud.taken", d.name()));
            }
        }
        if (d.provider().isEmpty()) {
            problems.add(Problem.of("provider", "sup.error.required"));
        } else if (d.provider().length() > 200) {
            problems.add(Problem.of("provider", "sup.error.tooLong", 200));
        }
        if (d.ismapNumber().length() > 100) {
            problems.add(Problem.of("ismapNumber", "sup.error.tooLong", 100));
        }
        if (!d.ismapNumber().isEmpty() && d.ismapExpiresOn() == null) {
            problems.add(Problem.of("ismapExpiresOn", "sup.error.cloud.ismapExpiry"));
        }
        if (d.dataLocation().length() > 200) {
            problems.add(Problem.of("dataLocation", "sup.error.tooLong", 200));
        }
        if (d.termsReviewedOn() != null && d.termsReviewedOn().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("termsReviewedOn", "sup.error.future"));
        }
        if (d.termsReviewedBy().length() > 200) {
            problems.add(Problem.of("termsReviewedBy", "sup.error.tooLong", 200));
        }
        if (d.maxConfidentiality() == null || d.maxConfidentiality() < 1 || d.maxConfidentiality() > 3) {
            problems.add(Problem.of("maxConfidentiality", "sup.error.cloud.level"));
        }
        if (d.exitPlan().length() > 2000) {
            problems.add(Problem.of("exitPlan", "sup.error.tooLong", 2000));
        }
        if (d.unitId() == null || directory.unit(d.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "sup.error.unit"));
        } else if (!access.canManageUnit(d.unitId())) {
            throw new NotAllowedException("sup.error.mayNotManageUnit");
        }
        List<String> numbers = Contractors.knownAssets(assets, d.assets(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CloudServiceDraft(
                d.name(),
                d.provider(),
                d.ismapNumber(),
                d.ismapExpiresOn(),
                d.dataLocation(),
                d.termsReviewedOn(),
                d.termsReviewedBy(),
                d.maxConfidentiality(),
                d.exitPlan(),
                d.unitId(),
                numbers);
    }

    private static Map<String, String> facts(CloudService s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("provider", s.provider());
        m.put("ismapNumber", s.ismapNumber());
        m.put(
                "ismapExpiresOn",
                s.ismapExpiresOn() == null ? "" : s.ismapExpiresOn().toString());
        m.put("dataLocation", s.dataLocation());
        m.put(
                "termsReviewedOn",
                s.termsReviewedOn() == null ? "" : s.termsReviewedOn().toString());
        m.put("termsReviewedBy", s.termsReviewedBy());
        m.put("maxConfidentiality", Integer.toString(s.maxConfidentiality()));
        m.put("exitPlan", s.exitPlan());
        m.put("unit", Long.toString(s.unitId()));
        m.put("assets", String.join(",", s.assets()));
        return m;
    }
}
