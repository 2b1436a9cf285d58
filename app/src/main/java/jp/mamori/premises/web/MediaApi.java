package jp.mamori.premises.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.asset.AssetSummary;
import jp.mamori.premises.Media;
import jp.mamori.premises.MediaDisposal;
import jp.mamori.premises.Medium;
import jp.mamori.premises.MediumRule;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the register of removable media ({@code /api/v1/media}: list, read, register, issue,
 * take back, inventory checks) and of the disposal records of media and equipment
 * ({@code /api/v1/disposals}: list, read, record with the contractor's certificate as multipart, the
 * certificate file, approval, and the disposed assets without a record). Rights as on the pages (403);
 * an unknown id is 404; invalid input is 400 problem JSON naming each field.
 */
@RestController
@Tag(name = "media", description = "Removable media and the disposal of media and equipment (記録媒体・廃棄)")
class MediaApi {
    private final Media media;

    MediaApi(Media media) {
        this.media = media;
    }

    /** A medium as the API shows it; {@code holder} is the holder's name, empty when in stock. */
    record MediumItem(
            long id,
            String label,
            Medium.Kind kind,
            long unitId,
            String unit,
            String encryption,
            boolean encrypted,
            String holder,
            @Nullable LocalDate issuedOn,
            Medium.State state,
            @Nullable LocalDate lastCheckedOn,
            List<MediumRule> findings) {
        static MediumItem of(Media.Line l) {
            Medium m = l.medium();
            return new MediumItem(
                    m.id(),
                    m.label(),
                    m.kind(),
                    m.unitId(),
                    l.unitName(),
                    m.encryption(),
                    m.encrypted(),
                    l.holder(),
                    m.issuedOn(),
                    m.state(),
                    m.lastCheckedOn(),
                    l.findings());
        }
    }

    /** A medium with its inventory checks, newest first. */
    record MediumResource(MediumItem medium, List<Media.Check> checks) {}

    /** A new medium. */
    record NewMedium(
            @Nullable String label,
            Medium.@Nullable Kind kind,
            @Nullable Long unitId,
            @Nullable String encryption) {}

    /** To whom a medium is issued. */
    record Issue(@Nullable String staffNumber) {}

    /** An inventory check: found or not. */
    record CheckBody(boolean found, @Nullable String note) {}

    /** A disposal record as the API shows it. */
    record DisposalItem(
            long id,
            @Nullable String assetNumber,
            String assetName,
            boolean assetDisposedInRegister,
            String medium,
            long unitId,
            String unit,
            String description,
            MediaDisposal.Method method,
            String carriedOutBy,
            String contractor,
            @Nullable String certificate,
            String witness,
            LocalDate disposedOn,
            String recordedBy,
            boolean approved,
            @Nullable String approvedBy,
            @Nullable OffsetDateTime approvedAt) {
        static DisposalItem of(Media.DisposalLine l) {
            MediaDisposal d = l.disposal();
            return new DisposalItem(
                    d.id(),
                    d.assetNumber(),
                    l.assetName(),
                    l.assetDisposed(),
                    l.mediumLabel(),
                    d.unitId(),
                    l.unitName(),
                    d.description(),
                    d.method(),
                    d.carriedOutBy(),
                    d.contractor(),
                    d.certificateName() == null ? null : "/api/v1/disposals/" + d.id() + "/certificate",
                    d.witness(),
                    d.disposedOn(),
                    d.recordedBy(),
                    d.approved(),
                    d.approvedBy(),
                    d.approvedAt());
        }
    }

    /** A disposed asset (kind ①) with no disposal record: a finding. */
    record MissingRecord(String assetNumber, String name, long unitId) {
        static MissingRecord of(AssetSummary a) {
            return new MissingRecord(a.number(), a.name(), a.unitId());
        }
    }

    @Operation(summary = "List removable media", description = "Those the caller may read, by label.")
    @GetMapping(path = "/api/v1/media", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayList()")
    public Page<MediumItem> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "only media with findings (unencrypted, missing, check overdue)")
                    @RequestParam(defaultValue = "false")
                    boolean findings) {
        return media.page(findings, page, size).map(MediumItem::of);
    }

    @Operation(summary = "Register a medium", description = "In stock until issued; kind USB_MEMORY, EXTERNAL_DISK …")
    @PostMapping(path = "/api/v1/media", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public ResponseEntity<MediumResource> register(@RequestBody NewMedium body) {
        long id = media.register(body.label(), body.kind(), body.unitId(), body.encryption())
                .id();
        return ResponseEntity.created(URI.create("/api/v1/media/" + id)).body(read(id));
    }

    @Operation(summary = "Read a medium with its inventory checks")
    @GetMapping(path = "/api/v1/media/{id}", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayReadMedium(#id)")
    public MediumResource read(@PathVariable long id) {
        return new MediumResource(MediumItem.of(media.line(id)), media.checks(id));
    }

    @Operation(summary = "Issue a medium in stock to a person (職員番号)")
    @PostMapping(path = "/api/v1/media/{id}/issue", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayManageMedium(#id)")
    public MediumResource issue(@PathVariable long id, @RequestBody Issue body) {
        media.issue(id, body.staffNumber());
        return read(id);
    }

    @Operation(summary = "Take an issued medium back into stock")
    @PostMapping(path = "/api/v1/media/{id}/return", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayManageMedium(#id)")
    public MediumResource takeBack(@PathVariable long id) {
        media.takeBack(id);
        return read(id);
    }

    @Operation(summary = "Record an inventory check today", description = "found=false marks the medium missing.")
    @PostMapping(path = "/api/v1/media/{id}/checks", consumes = "application/json", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayManageMedium(#id)")
    public MediumResource check(@PathVariable long id, @RequestBody CheckBody body) {
        media.check(id, body.found(), body.note());
        return read(id);
    }

    @Operation(summary = "List disposal records", description = "Those the caller may read, newest first.")
    @GetMapping(path = "/api/v1/disposals", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayList()")
    public Page<DisposalItem> disposals(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return media.disposals(page, size).map(DisposalItem::of);
    }

    @Operation(
            summary = "Disposed assets without a disposal record",
            description = "Assets of kind ① disposed of in the asset register that no record here covers.")
    @GetMapping(path = "/api/v1/disposals/missing", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayList()")
    public List<MissingRecord> missing() {
        return media.disposedWithoutRecord().stream().map(MissingRecord::of).toList();
    }

    @Operation(
            summary = "Record a disposal",
            description = "multipart/form-data: assetNumber and/or mediumLabel, method (PHYSICAL_DESTRUCTION, "
                    + "DEGAUSSING, CERTIFIED_ERASURE), carriedOutBy or contractor, witness, disposedOn, description; "
                    + "the part certificate (PDF, PNG or JPEG, at most 10 MB) is required with a contractor.")
    @PostMapping(path = "/api/v1/disposals", consumes = "multipart/form-data", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public ResponseEntity<DisposalItem> record(@ModelAttribute MediaPages.DisposalForm form) throws IOException {
        long id = media.recordDisposal(form.draft(), MediaPages.certificate(form.certificate()))
                .id();
        return ResponseEntity.created(URI.create("/api/v1/disposals/" + id)).body(disposal(id));
    }

    @Operation(summary = "Read a disposal record")
    @GetMapping(path = "/api/v1/disposals/{id}", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayReadDisposal(#id)")
    public DisposalItem disposal(@PathVariable long id) {
        return DisposalItem.of(media.disposal(id));
    }

    @Operation(summary = "Download the certificate of a disposal")
    @GetMapping(path = "/api/v1/disposals/{id}/certificate")
    @PreAuthorize("@premisesAccess.mayReadDisposal(#id)")
    public ResponseEntity<byte[]> certificate(@PathVariable long id) {
        return MediaPages.download(media.certificate(id));
    }

    @Operation(
            summary = "Approve a disposal record",
            description = "A manager of the unit other than the recorder. " + Approval.DOCUMENTATION)
    @PostMapping(path = "/api/v1/disposals/{id}/approve", produces = "application/json")
    @PreAuthorize("@premisesAccess.mayReadDisposal(#id)")
    public DisposalItem approve(
            @PathVariable long id,
            @RequestBody(required = false) @Nullable Approval approval,
            HttpServletRequest request) {
        media.approveDisposal(id, Approval.code(approval), request.getRemoteAddr());
        return disposal(id);
    }
}
