package jp.mamori.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.control.exceptions.ControlException;
import jp.mamori.control.exceptions.ExceptionFilter;
import jp.mamori.control.exceptions.ExceptionStanding;
import jp.mamori.control.exceptions.ExceptionState;
import jp.mamori.control.exceptions.ExceptionTarget;
import jp.mamori.control.exceptions.Exceptions;
import jp.mamori.control.exceptions.NetworkPath;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the register of exceptions (例外措置): the paged list (filtered and ordered in SQL),
 * one exception, and a request. Decisions are made on the page only, where the decider confirms
 * with a fresh code from the authenticator app.
 */
@RestController
@Tag(name = "exceptions", description = "Exceptions to measures (例外措置)")
@RequestMapping(path = "/api/v1/exceptions", produces = "application/json")
class ExceptionApi {
    private final Exceptions exceptions;
    private final Directory directory;

    ExceptionApi(Exceptions exceptions, Directory directory) {
        this.exceptions = exceptions;
        this.directory = directory;
    }

    /** A network path in the API: zone layers, addresses and services as netcheck reads them. */
    record PathResource(
            @Nullable ZoneKind fromZone,
            @Nullable ZoneKind toZone,
            List<String> from,
            List<String> to,
            List<String> services) {}

    /** An exception in the API; {@code standing} is what it means today (ACTIVE, EXPIRED …). */
    record ExceptionResource(
            String reference,
            String measureId,
            String measureTitle,
            String unit,
            String unitName,
            ExceptionTarget targetKind,
            String target,
            @Nullable PathResource path,
            String justification,
            String compensatingMeasures,
            String owner,
            LocalDate startsOn,
            LocalDate endsOn,
            ExceptionState state,
            ExceptionStanding standing,
            @Nullable String renews,
            String requestedBy,
            OffsetDateTime requestedAt,
            @Nullable String decidedBy,
            @Nullable String decidedRole,
            @Nullable OffsetDateTime decidedAt,
            String decisionComment,
            @Nullable String endedBy,
            @Nullable OffsetDateTime endedAt,
            String endReason) {}

    /** A request in the API: the unit by code or name; {@code path} only for a NETWORK target. */
    record RequestBody(
            String measureId,
            String unit,
            ExceptionTarget targetKind,
            @Nullable String target,
            @Nullable PathResource path,
            String justification,
            String compensatingMeasures,
            @Nullable String owner,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    private ExceptionResource resource(ControlException e) {
        UnitSummary u = exceptions.unit(e.unitId());
        NetworkPath p = e.path();
        return new ExceptionResource(
                e.reference(),
                e.measureId(),
                e.measureTitle(),
                u.code(),
                u.name(),
                e.targetKind(),
                e.target(),
                e.isNetwork() ? new PathResource(p.fromZone(), p.toZone(), p.from(), p.to(), p.services()) : null,
                e.justification(),
                e.compensating(),
                e.owner(),
                e.startsOn(),
                e.endsOn(),
                e.state(),
                e.standingOn(exceptions.today()),
                exceptions.renewed(e).map(ControlException::reference).orElse(null),
                e.requestedBy(),
                e.requestedAt(),
                e.decidedBy(),
                e.decidedRole(),
                e.decidedAt(),
                e.decisionComment(),
                e.endedBy(),
                e.endedAt(),
                e.endReason());
    }

    @Operation(
            summary = "List exceptions",
            description = "The exceptions the caller may read, paged, filtered and ordered in SQL.")
    @GetMapping
    @PreAuthorize(ExceptionPages.MAY_READ)
    public Page<ExceptionResource> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "REQUESTED, SCHEDULED, ACTIVE, EXPIRED, REJECTED, WITHDRAWN, REVOKED or RENEWED")
                    @RequestParam(required = false)
                    @Nullable
                    ExceptionStanding standing,
            @Parameter(description = "unit code or name") @RequestParam(required = false) @Nullable String unit,
            @Parameter(description = "measure id, e.g. 3.1.2") @RequestParam(required = false) @Nullable String measure,
            @Parameter(description = "UNIT, ASSET, SYSTEM or NETWORK") @RequestParam(required = false) @Nullable
                    ExceptionTarget target,
            @Parameter(description = "words in the reference, measure, reason, target or owner")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "NEWEST (default), ENDS or MEASURE") @RequestParam(defaultValue = "NEWEST")
                    ExceptionFilter.Sort sort) {
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            unitId = directory
                    .unitByCodeOrName(unit)
                    .map(UnitSummary::id)
                    .orElseThrow(() -> InvalidInputException.of("unit", "control.exception.error.unit"));
        }
        return exceptions
                .page(new ExceptionFilter(standing, unitId, measure, target, q, sort), page, size)
                .map(this::resource);
    }

    @Operation(summary = "Read an exception", description = "404 when unknown, 403 when not readable.")
    @GetMapping("/{reference}")
    @PreAuthorize(ExceptionPages.MAY_READ)
    public ExceptionResource read(@PathVariable String reference) {
        return resource(exceptions.get(reference));
    }

    @Operation(
            summary = "Request an exception",
            description = "Stored as REQUESTED; the decider decides on the page with a fresh second factor.")
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ExceptionPages.MAY_REQUEST)
    public ExceptionResource request(@org.springframework.web.bind.annotation.RequestBody RequestBody body) {
        Long unitId =
                directory.unitByCodeOrName(body.unit()).map(UnitSummary::id).orElse(null);
        PathResource p = body.path();
        NetworkPath path = p == null
                ? new NetworkPath(null, null, List.of(), List.of(), List.of())
                : new NetworkPath(
                        p.fromZone(),
                        p.toZone(),
                        p.from() == null ? List.of() : p.from(),
                        p.to() == null ? List.of() : p.to(),
                        p.services() == null ? List.of() : p.services());
        ControlException e = exceptions.request(new Exceptions.Request(
                body.measureId(),
                unitId,
                body.targetKind(),
                body.target() == null ? "" : body.target(),
                path,
                body.justification(),
                body.compensatingMeasures(),
                body.owner() == null ? "" : body.owner(),
                body.startsOn(),
                body.endsOn()));
        return resource(e);
    }
}
