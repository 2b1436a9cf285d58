package jp.mamori.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import jp.mamori.control.Applicabilities;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.control.MeasureScope;
import jp.mamori.control.SoaEntry;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the statement of applicability: one unit's applicable measures (by unit code or name),
 * with the reason and what was recorded. 404 for an unknown unit, 403 for a unit the caller may not
 * read.
 */
@RestController
@Tag(name = "soa", description = "Statement of applicability (適用宣言書)")
@RequestMapping(path = "/api/v1/soa", produces = "application/json")
class SoaApi {
    private final Applicabilities soa;
    private final Directory directory;

    SoaApi(Applicabilities soa, Directory directory) {
        this.soa = soa;
        this.directory = directory;
    }

    /** One applicable measure of a unit in the API. */
    record SoaItem(
            String unit,
            String unitName,
            String measureId,
            String chapter,
            String title,
            MeasureScope scope,
            String reason,
            @Nullable String exampleAsset,
            long assets,
            ImplementationStatus status,
            boolean notApplicableRequested,
            String notApplicableReason,
            String responsible,
            @Nullable LocalDate lastChecked,
            @Nullable LocalDate nextCheck) {}

    @Operation(
            summary = "Statement of applicability of a unit",
            description = "Paged; reason is BODY, ALWAYS or ASSET.")
    @GetMapping
    Page<SoaItem> unit(
            @Parameter(description = "unit code or name") @RequestParam String unit,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "IMPLEMENTED, PARTIAL, NOT_IMPLEMENTED or NOT_APPLICABLE")
                    @RequestParam(required = false)
                    @Nullable
                    ImplementationStatus status) {
        UnitSummary u = directory.unitByCodeOrName(unit).orElseThrow(() -> new NotFoundException("unit", unit));
        return soa.page(u.id(), status, page, size).map(l -> item(u, l));
    }

    private static SoaItem item(UnitSummary u, Applicabilities.Line l) {
        String reason = switch (l.reason().messageKey()) {
            case "control.soa.reason.body" -> "BODY";
            case "control.soa.reason.always" -> "ALWAYS";
            default -> "ASSET";
        };
        SoaEntry e = l.entry();
        return new SoaItem(
                u.code(),
                u.name(),
                l.measure().id(),
                l.measure().chapter(),
                l.measure().title(),
                l.measure().scope(),
                reason,
                l.reason().exampleAsset(),
                l.reason().assets(),
                e.effectiveStatus(),
                e.naPending(),
                e.naReason(),
                e.responsible(),
                e.lastChecked(),
                e.nextCheck());
    }
}
