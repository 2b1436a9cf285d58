package jp.mamori.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.Page;
import jp.mamori.supplier.CloudRule;
import jp.mamori.supplier.CloudService;
import jp.mamori.supplier.CloudServiceDraft;
import jp.mamori.supplier.CloudServices;
import jp.mamori.supplier.RegisterFilter;
import jp.mamori.supplier.SupplierFinding;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the cloud service register ({@code /api/v1/cloud-services}): paged list, read, register
 * and replace. Approval needs a fresh second factor and is given on the page only.
 */
@RestController
@Tag(name = "cloud-services", description = "External (cloud) services (外部サービス)")
@RequestMapping(path = "/api/v1/cloud-services", produces = "application/json")
class CloudServiceApi {
    private final CloudServices services;

    CloudServiceApi(CloudServices services) {
        this.services = services;
    }

    /** A service in a list. */
    record CloudServiceItem(
            long id,
            String name,
            String provider,
            String ismapNumber,
            int maxConfidentiality,
            boolean approved,
            int highestStored,
            List<String> findings) {}

    /** A service in full. */
    record CloudServiceResource(
            long id,
            String name,
            String provider,
            String ismapNumber,
            @Nullable LocalDate ismapExpiresOn,
            String dataLocation,
            @Nullable LocalDate termsReviewedOn,
            String termsReviewedBy,
            int maxConfidentiality,
            String exitPlan,
            long unitId,
            boolean approved,
            @Nullable String approvedBy,
            List<CloudRule.StoredAsset> assets,
            List<String> termsFiles,
            List<SupplierFinding> findings) {
        static CloudServiceResource of(CloudServices.Details d) {
            CloudService s = d.service();
            return new CloudServiceResource(
                    s.id(),
                    s.name(),
                    s.provider(),
                    s.ismapNumber(),
                    s.ismapExpiresOn(),
                    s.dataLocation(),
                    s.termsReviewedOn(),
                    s.termsReviewedBy(),
                    s.maxConfidentiality(),
                    s.exitPlan(),
                    s.unitId(),
                    s.approved(),
                    s.approvedBy(),
                    d.assets(),
                    s.termsFiles().stream()
                            .map(f -> f.fileName() + " " + f.sha256())
                            .toList(),
                    d.findings());
        }
    }

    /** The body of POST and PUT: assets by 管理番号. */
    record CloudServiceRequest(
            @Nullable String name,
            @Nullable String provider,
            @Nullable String ismapNumber,
            @Nullable LocalDate ismapExpiresOn,
            @Nullable String dataLocation,
            @Nullable LocalDate termsReviewedOn,
            @Nullable String termsReviewedBy,
            @Nullable Integer maxConfidentiality,
            @Nullable String exitPlan,
            @Nullable Long unitId,
            @Nullable List<String> assets) {
        CloudServiceDraft draft() {
            return new CloudServiceDraft(
                    t(name),
                    t(provider),
                    t(ismapNumber),
                    ismapExpiresOn,
                    t(dataLocation),
                    termsReviewedOn,
                    t(termsReviewedBy),
                    maxConfidentiality,
                    t(exitPlan),
                    unitId,
                    assets == null ? List.of() : assets);
        }
    }

    private static String t(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    @Operation(summary = "List cloud services", description = "By name; findings lists the finding codes.")
    @GetMapping
    @PreAuthorize("@supplierAccess.mayList()")
    public Page<CloudServiceItem> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "text in the name, provider or data location")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "only services with findings") @RequestParam(defaultValue = "false")
                    boolean findings) {
        return services.page(new RegisterFilter(q, findings), page, size)
                .map(l -> new CloudServiceItem(
                        l.service().id(),
                        l.service().name(),
                        l.service().provider(),
                        l.service().ismapNumber(),
                        l.service().maxConfidentiality(),
                        l.service().approved(),
                        l.highestStored(),
                        l.findings().stream().map(SupplierFinding::rule).toList()));
    }

    @Operation(summary = "Read a cloud service", description = "With stored assets, terms files and findings.")
    @GetMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayList()")
    public CloudServiceResource read(@PathVariable long id) {
        return CloudServiceResource.of(services.details(id));
    }

    @Operation(summary = "Register a cloud service", description = "For a unit the caller manages; 201 with Location.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public ResponseEntity<CloudServiceResource> create(@RequestBody CloudServiceRequest request) {
        long id = services.register(request.draft()).id();
        return ResponseEntity.created(URI.create("/api/v1/cloud-services/" + id))
                .body(CloudServiceResource.of(services.details(id)));
    }

    @Operation(
            summary = "Replace a cloud service",
            description = "Raising the allowed level leaves the service unapproved until it is approved again.")
    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayChangeCloudService(#id)")
    public CloudServiceResource update(@PathVariable long id, @RequestBody CloudServiceRequest request) {
        services.change(id, request.draft());
        return CloudServiceResource.of(services.details(id));
    }
}
