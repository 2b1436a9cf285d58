package jp.mamori.premises.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.premises.Area;
import jp.mamori.premises.AreaDraft;
import jp.mamori.premises.AreaLevel;
import jp.mamori.premises.AreaViews;
import jp.mamori.premises.Areas;
import jp.mamori.premises.CardReaderImport;
import jp.mamori.premises.EntryLog;
import jp.mamori.premises.EntryRule;
import jp.mamori.premises.Permit;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * REST API of the area register and the entry log ({@code /api/v1/areas}): paged lists, read,
 * register and replace an area, grant permits, record stays, exits and equipment, and import a
 * card-reader CSV. Rights as on the pages (403); an unknown id is 404; invalid input is 400 problem
 * JSON naming each field or line.
 */
@RestController
@Tag(name = "areas", description = "Controlled areas and the entry log (管理区域・入退室管理簿)")
@RequestMapping(path = "/api/v1/areas", produces = "application/json")
class AreaApi {
    private final Areas areas;
    private final EntryLog log;
    private final CardReaderImport cardReader;

    AreaApi(Areas areas, EntryLog log, CardReaderImport cardReader) {
        this.areas = areas;
        this.log = log;
        this.cardReader = cardReader;
    }

    /** An area in full. */
    record AreaResource(
            long id,
            String code,
            String name,
            AreaLevel level,
            long unitId,
            String unit,
            String description,
            List<String> assets,
            List<AreaViews.LocatedSystem> systems,
            List<PermitItem> permits) {
        static AreaResource of(AreaViews.Details d) {
            Area a = d.area();
            return new AreaResource(
                    a.id(),
                    a.code(),
                    a.name(),
                    a.level(),
                    a.unitId(),
                    d.unitName(),
                    a.description(),
                    a.assets(),
                    d.systems(),
                    d.permits().stream().map(PermitItem::of).toList());
        }
    }

    /** A permit: a person (職員番号) or a role. */
    record PermitItem(
            long id,
            @Nullable String staffNumber,
            @Nullable Role role,
            String who,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            boolean validToday) {
        static PermitItem of(AreaViews.PermitLine p) {
            Permit permit = p.permit();
            return new PermitItem(
                    permit.id(),
                    p.staffNumber(),
                    permit.role(),
                    p.who(),
                    permit.validFrom(),
                    permit.validTo(),
                    p.validToday());
        }
    }

    /** A stay in the entry log with its findings. */
    record EntryItem(
            long id,
            boolean visitor,
            String who,
            String company,
            String purpose,
            String escort,
            OffsetDateTime enteredAt,
            @Nullable OffsetDateTime exitedAt,
            String source,
            List<EntryRule> findings) {
        static EntryItem of(AreaViews.EntryLine l) {
            var e = l.entry();
            return new EntryItem(
                    e.id(),
                    e.visitor(),
                    l.who(),
                    e.company(),
                    e.purpose(),
                    l.escort(),
                    e.enteredAt(),
                    e.exitedAt(),
                    e.source(),
                    l.findings());
        }
    }

    /** The body of POST and PUT: assets by 管理番号, systems by id of the 情報システム台帳. */
    record AreaRequest(
            @Nullable String code,
            @Nullable String name,
            @Nullable AreaLevel level,
            @Nullable Long unitId,
            @Nullable String description,
            @Nullable List<String> assets,
            @Nullable List<Long> systems) {
        AreaDraft draft() {
            return new AreaDraft(
                    code == null ? "" : code,
                    name == null ? "" : name,
                    level,
                    unitId,
                    description == null ? "" : description,
                    assets == null ? List.of() : assets,
                    systems == null ? List.of() : systems);
        }
    }

    /** A permit to grant: a 職員番号, or a role held for the area's unit. */
    record PermitRequest(
            @Nullable String staffNumber,
            @Nullable Role role,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    /** Equipment moved: direction IN or OUT. */
    record EquipmentRequest(
            @Nullable String direction,
            @Nullable String item,
            @Nullable String assetNumber,
            @Nullable String carriedBy,
            @Nullable LocalDateTime movedAt,
            @Nullable String note) {}

    @Operation(summary = "List areas", description = "Only the areas the caller may read, by code.")
    @GetMapping
    @PreAuthorize("@premisesAccess.mayList()")
    public Page<AreaViews.Line> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "text in the code or name") @RequestParam(required = false) @Nullable String q) {
        return areas.page(q, page, size);
    }

    @Operation(summary = "Read an area", description = "With assets, systems and permits.")
    @GetMapping("/{id}")
    @PreAuthorize("@premisesAccess.mayReadArea(#id)")
    public AreaResource read(@PathVariable long id) {
        return AreaResource.of(log.details(id, null, null, 0, 1));
    }

    @Operation(summary = "Register an area", description = "For a unit the caller manages. 201 with Location.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public ResponseEntity<AreaResource> create(@RequestBody AreaRequest request) {
        long id = areas.register(request.draft()).id();
        return ResponseEntity.created(URI.create("/api/v1/areas/" + id)).body(read(id));
    }

    @Operation(summary = "Replace an area")
    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public AreaResource update(@PathVariable long id, @RequestBody AreaRequest request) {
        areas.change(id, request.draft());
        return read(id);
    }

    @Operation(summary = "Grant a permit to enter")
    @PostMapping(path = "/{id}/permits", consumes = "application/json")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public ResponseEntity<AreaResource> grant(@PathVariable long id, @RequestBody PermitRequest request) {
        areas.grant(id, request.staffNumber(), request.role(), request.validFrom(), request.validTo());
        return ResponseEntity.status(201).body(read(id));
    }

    @Operation(
            summary = "List the entry log of an area",
            description = "Stays entered from `from` to `to` (days, both included; the last 31 days by default),"
                    + " latest first, each with its findings.")
    @GetMapping("/{id}/entries")
    @PreAuthorize("@premisesAccess.mayReadArea(#id)")
    public Page<EntryItem> entries(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return log.entries(id, from, to, page, size).map(EntryItem::of);
    }

    @Operation(summary = "Record a stay", description = "A person by staffNumber, or a visitor by visitorName.")
    @PostMapping(path = "/{id}/entries", consumes = "application/json")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public ResponseEntity<Long> record(@PathVariable long id, @RequestBody EntryLog.EntryDraft request) {
        long entryId = log.record(id, request, "API").id();
        return ResponseEntity.created(URI.create("/api/v1/areas/" + id + "/entries/" + entryId))
                .body(entryId);
    }

    @Operation(summary = "Record the exit of a stay", description = "Now, unless `at` is given.")
    @PostMapping("/{id}/entries/{entryId}/exit")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public ResponseEntity<Void> exit(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    LocalDateTime at) {
        log.exit(id, entryId, at);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Record equipment moved into (IN) or out of (OUT) the area")
    @PostMapping(path = "/{id}/equipment", consumes = "application/json")
    @PreAuthorize("@premisesAccess.mayManageArea(#id)")
    public ResponseEntity<Long> equipment(@PathVariable long id, @RequestBody EquipmentRequest r) {
        long moveId = log.moveEquipment(
                        id, r.direction(), r.item(), r.assetNumber(), r.carriedBy(), r.movedAt(), r.note())
                .id();
        return ResponseEntity.status(201).body(moveId);
    }

    @Operation(
            summary = "Import a card-reader export",
            description = "CSV body (text/csv, UTF-8), header 日時,区域コード,職員番号,入退. All lines or none;"
                    + " 400 problem JSON names each line.")
    @PostMapping(
            path = "/entries/import",
            consumes = {"text/csv", "application/octet-stream"})
    @PreAuthorize("@premisesAccess.mayCreate()")
    public CardReaderImport.Result importEntries(
            HttpServletRequest request, @RequestParam(defaultValue = "api.csv") String name) throws IOException {
        return cardReader.importFile(name, request.getInputStream(), StandardCharsets.UTF_8);
    }
}
