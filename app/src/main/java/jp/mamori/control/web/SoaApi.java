package jp.mamori.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.control.catalogue.MeasureScope;
import jp.mamori.control.soa.Applicabilities;
import jp.mamori.control.soa.SoaEntry;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.system.SystemRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
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

    /** One applicable measure of a unit (or of an information system, named in {@code system}) in the API. */
    record SoaItem(
            String unit,
            String unitName,
            @Nullable String system,
            String measureId,
            String chapter,
            String title,
            MeasureScope scope,
            String reason,
            @Nullable String exampleAsset,
            long assets,
            ImplementationStatus status,
            List<String> exceptions,
            List<String> expiredExceptions,
            boolean notApplicableRequested,
            String notApplicableReason,
            String responsible,
            @Nullable LocalDate lastChecked,
            @Nullable LocalDate nextCheck,
            List<Concern> concerns) {}

    /**
     * An open concern about the measure held by another module: {@code FINDING} (an audit finding
     * whose corrective action is not closed) or {@code SELF_INSPECTION} (the latest submitted answer
     * was 未実施 or 一部); {@code detail} is the severity or the answer; {@code path} its page.
     */
    record Concern(String kind, String reference, String detail, String path) {}

    @Operation(
            summary = "Statement of applicability of a unit or an information system",
            description = "Paged; reason is BODY, ALWAYS or ASSET. Give unit (code or name) or system (管理番号 of"
                    + " the system's asset in the information system register), not both.")
    @GetMapping
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public Page<SoaItem> unit(
            @Parameter(description = "unit code or name") @RequestParam(required = false) @Nullable String unit,
            @Parameter(description = "管理番号 of an information system") @RequestParam(required = false) @Nullable
                    String system,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "IMPLEMENTED, PARTIAL, NOT_IMPLEMENTED, NOT_APPLICABLE or EXCEPTION")
                    @RequestParam(required = false)
                    @Nullable
                    ImplementationStatus status) {
        if ((unit == null) == (system == null)) {
            throw InvalidInputException.of("unit", "control.soa.error.unitOrSystem");
        }
        if (system != null) {
            SystemRegister.SystemProfile sys =
                    soa.systemByNumber(system).orElseThrow(() -> new NotFoundException("system", system));
            if (!soa.mayReadSystem(sys.id())) {
                throw new NotAllowedException("control.soa.error.mayNotRead");
            }
            UnitSummary owner = sys.unitId() == null ? null : soa.unit(sys.unitId());
            return soa.systemPage(sys.id(), status, page, size)
                    .map(l -> item(
                            owner == null ? "" : owner.code(),
                            owner == null ? "" : owner.name(),
                            sys.assetNumber(),
                            l));
        }
        String unitText = unit;
        UnitSummary u = directory.unitByCodeOrName(unitText).orElseThrow(() -> new NotFoundException("unit", unitText));
        return soa.page(u.id(), status, page, size).map(l -> item(u.code(), u.name(), null, l));
    }

    private static SoaItem item(String unitCode, String unitName, @Nullable String system, Applicabilities.Line l) {
        String reason = switch (l.reason().messageKey()) {
            case "control.soa.reason.body" -> "BODY";
            case "control.soa.reason.always", "control.soa.reason.allSystems" -> "ALWAYS";
            default -> "ASSET";
        };
        SoaEntry e = l.entry();
        return new SoaItem(
                unitCode,
                unitName,
                system,
                l.measure().id(),
                l.measure().chapter(),
                l.measure().title(),
                l.measure().scope(),
                reason,
                l.reason().exampleAsset(),
                l.reason().assets(),
                l.status(),
                l.active().stream()
                        .map(Applicabilities.ExceptionLink::reference)
                        .toList(),
                l.expired().stream()
                        .map(Applicabilities.ExceptionLink::reference)
                        .toList(),
                e.naPending(),
                e.naReason(),
                e.responsible(),
                e.lastChecked(),
                e.nextCheck(),
                l.concerns().stream()
                        .map(c -> new Concern(c.kind().name(), c.reference(), c.detail(), c.path()))
                        .toList());
    }
}
