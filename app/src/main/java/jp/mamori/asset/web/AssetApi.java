package jp.mamori.asset.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import jp.mamori.asset.Asset;
import jp.mamori.asset.AssetAccess;
import jp.mamori.asset.AssetDraft;
import jp.mamori.asset.AssetFilter;
import jp.mamori.asset.AssetKind;
import jp.mamori.asset.AssetStatus;
import jp.mamori.asset.Assets;
import jp.mamori.asset.DisposalRequest;
import jp.mamori.asset.HistoryEntry;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the asset register: paged list with the list page's filters, read, create, update,
 * the disposal flow and the history. Reading follows {@link AssetAccess} (403 outside the reader's
 * units); changing needs the right to manage the asset's unit (403). Errors as problem JSON (400 with
 * each field, 403, 404).
 */
@RestController
@Tag(name = "assets", description = "Information asset register (情報資産管理台帳)")
@RequestMapping(path = "/api/v1/assets", produces = "application/json")
class AssetApi {
    private final Assets assets;
    private final AssetAccess access;
    private final AssetPresenter presenter;

    AssetApi(Assets assets, AssetAccess access, AssetPresenter presenter) {
        this.assets = assets;
        this.access = access;
        this.presenter = presenter;
    }

    @Operation(
            summary = "List assets",
            description = "Paged and sorted in SQL. Only assets of units the caller may read. Filters as on /assets.")
    @GetMapping
    @PreAuthorize(AssetAccess.MAY_LIST)
    public Page<AssetListItem> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "owner unit id; the units below it are included")
                    @RequestParam(required = false)
                    @Nullable
                    Long unitId,
            @Parameter(description = "network zone code, e.g. MYNUMBER, LGWAN, INTERNET, NONE")
                    @RequestParam(required = false)
                    @Nullable
                    String zone,
            @Parameter(description = "NETWORK_SYSTEM_MEDIA, INFORMATION or SYSTEM_DOCUMENT")
                    @RequestParam(required = false)
                    @Nullable
                    AssetKind kind,
            @Parameter(description = "confidentiality code of the active scheme, e.g. 3 or 3A")
                    @RequestParam(required = false)
                    @Nullable
                    String confidentiality,
            @Parameter(description = "ANY, PERSONAL, SENSITIVE, SPECIFIC or NONE") @RequestParam(required = false)
                    AssetFilter.@Nullable PersonalData personalData,
            @Parameter(description = "text in the number, name, description, location or custodian")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "IN_USE or DISPOSED; absent for both") @RequestParam(required = false) @Nullable
                    AssetStatus status,
            @Parameter(description = "NUMBER, NAME, CLASS, REVIEW or UPDATED") @RequestParam(defaultValue = "NUMBER")
                    AssetFilter.Sort sort) {
        AssetFilter filter = new AssetFilter(unitId, zone, kind, confidentiality, personalData, q, status, sort);
        return assets.page(filter, access.visibleUnits(), page, size).map(AssetListItem::of);
    }

    @Operation(summary = "Read an asset", description = "With its handling rules and findings. 404 when unknown.")
    @GetMapping("/{number}")
    @PreAuthorize(AssetAccess.MAY_READ)
    public AssetResource read(@PathVariable String number, Locale locale) {
        return AssetResource.of(presenter.view(assets.get(number), locale));
    }

    @Operation(
            summary = "Create an asset",
            description = "Managers of the owner unit. 201 with Location; 400 lists each invalid field.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public ResponseEntity<AssetResource> create(@RequestBody AssetDraft request, Locale locale) {
        if (request.ownerUnitId() != null) {
            access.requireManage(request.ownerUnitId());
        }
        Asset asset = assets.create(request);
        return ResponseEntity.created(URI.create("/api/v1/assets/" + asset.number()))
                .body(AssetResource.of(presenter.view(asset, locale)));
    }

    @Operation(
            summary = "Update an asset",
            description = "Managers of the current and the new owner unit. A disposed asset is read-only (400).")
    @PutMapping(path = "/{number}", consumes = "application/json")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public AssetResource update(@PathVariable String number, @RequestBody AssetDraft request, Locale locale) {
        if (request.ownerUnitId() != null) {
            access.requireManage(request.ownerUnitId());
        }
        return AssetResource.of(presenter.view(assets.update(number, request), locale));
    }

    /** The body of a disposal request. */
    record DisposalBody(
            java.time.@Nullable LocalDate date,
            @Nullable String method,
            @Nullable String carriedOutBy) {}

    @Operation(
            summary = "Request disposal",
            description = "Date, method and who carries it out. Another manager approves it; until then it is pending.")
    @PostMapping(path = "/{number}/disposal", consumes = "application/json")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public AssetResource requestDisposal(@PathVariable String number, @RequestBody DisposalBody body, Locale locale) {
        return AssetResource.of(presenter.view(
                assets.requestDisposal(number, new DisposalRequest(body.date(), body.method(), body.carriedOutBy())),
                locale));
    }

    /** The body of a disposal's approval: the code of the approver's authenticator app, when enrolled. */
    record ApprovalBody(@Nullable String confirmation) {}

    @Operation(
            summary = "Approve disposal",
            description = "By a manager of the unit other than the requester (403 for the requester). The asset "
                    + "becomes read-only. An approver with an authenticator app enrolled sends "
                    + "`{\"confirmation\": \"123456\"}` (400 on the field confirmation otherwise).")
    @PostMapping("/{number}/disposal/approval")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public AssetResource approveDisposal(
            @PathVariable String number,
            @RequestBody(required = false) @Nullable ApprovalBody approval,
            HttpServletRequest request,
            Locale locale) {
        return AssetResource.of(presenter.view(
                assets.approveDisposal(
                        number, approval == null ? null : approval.confirmation(), request.getRemoteAddr()),
                locale));
    }

    @Operation(summary = "Withdraw a disposal request", description = "Only while it is pending.")
    @DeleteMapping("/{number}/disposal")
    @PreAuthorize(AssetAccess.MAY_CHANGE)
    public AssetResource withdrawDisposal(@PathVariable String number, Locale locale) {
        return AssetResource.of(presenter.view(assets.withdrawDisposal(number), locale));
    }

    @Operation(
            summary = "History of an asset",
            description = "Every change, newest first: who, when, field, old → new.")
    @GetMapping("/{number}/history")
    @PreAuthorize(AssetAccess.MAY_READ)
    public List<HistoryEntry> history(@PathVariable String number) {
        return assets.history(assets.get(number));
    }
}
