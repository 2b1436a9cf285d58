package jp.mamori.system.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import jp.mamori.shared.Page;
import jp.mamori.system.Device;
import jp.mamori.system.SystemDraft;
import jp.mamori.system.SystemFinding;
import jp.mamori.system.SystemViews;
import jp.mamori.system.SystemZone;
import jp.mamori.system.Systems;
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
 * REST API of the 情報システム台帳 ({@code /api/v1/systems}): paged list, read, register and replace a
 * system (devices included). Reading and changing as on the pages (403); an unknown id is 404;
 * invalid input is 400 problem JSON naming each field.
 */
@RestController
@Tag(name = "systems", description = "Information system register (情報システム台帳)")
@RequestMapping(path = "/api/v1/systems", produces = "application/json")
class SystemApi {
    private final Systems systems;

    SystemApi(Systems systems) {
        this.systems = systems;
    }

    /** A system in a list. */
    record SystemItem(
            long id,
            String assetNumber,
            String name,
            @Nullable String unit,
            SystemZone zone,
            boolean cloudService,
            String contractor,
            String highestConfidentiality,
            List<String> findings) {}

    /** A system in full. */
    record SystemResource(
            long id,
            String assetNumber,
            String name,
            @Nullable String unit,
            String purpose,
            SystemZone zone,
            boolean cloudService,
            boolean outsourced,
            String contractor,
            @Nullable Integer rtoHours,
            String backup,
            List<SystemViews.NamedPerson> administrators,
            List<SystemViews.NamedPerson> staff,
            List<String> heldAssets,
            SystemViews.HighestClass highest,
            List<Device> devices,
            List<SystemFinding> findings) {
        static SystemResource of(SystemViews.Details d) {
            var s = d.system();
            return new SystemResource(
                    s.id(),
                    s.assetNumber(),
                    d.name(),
                    d.unitName(),
                    s.purpose(),
                    s.zone(),
                    s.cloudService(),
                    s.outsourced(),
                    s.contractor(),
                    s.rtoHours(),
                    s.backup(),
                    d.administrators(),
                    d.staff(),
                    s.heldAssets(),
                    d.highest(),
                    s.devices(),
                    d.findings());
        }
    }

    /** The body of POST and PUT: people by 職員番号, assets by 管理番号; devices replace the system's devices. */
    record SystemRequest(
            @Nullable String assetNumber,
            @Nullable String purpose,
            @Nullable SystemZone zone,
            @Nullable Boolean cloudService,
            @Nullable String contractor,
            @Nullable Integer rtoHours,
            @Nullable String backup,
            @Nullable List<String> administrators,
            @Nullable List<String> staff,
            @Nullable List<String> heldAssets,
            @Nullable List<Device> devices) {
        SystemDraft draft() {
            return new SystemDraft(
                    assetNumber == null ? "" : assetNumber,
                    purpose == null ? "" : purpose,
                    zone,
                    Boolean.TRUE.equals(cloudService),
                    contractor == null ? "" : contractor,
                    rtoHours,
                    backup == null ? "" : backup,
                    administrators == null ? List.of() : administrators,
                    staff == null ? List.of() : staff,
                    heldAssets == null ? List.of() : heldAssets,
                    devices);
        }
    }

    @Operation(
            summary = "List information systems",
            description = "Only systems the caller may read, by 管理番号. findings lists the finding codes.")
    @GetMapping
    @PreAuthorize("@systemAccess.mayList()")
    public Page<SystemItem> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "MY_NUMBER, LGWAN, INTERNET or OTHER") @RequestParam(required = false) @Nullable
                    SystemZone zone,
            @Parameter(description = "text in the number, name, purpose or contractor")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "only systems with findings") @RequestParam(defaultValue = "false")
                    boolean findings) {
        return systems.page(new Systems.Filter(zone, q, findings), page, size)
                .map(l -> new SystemItem(
                        l.id(),
                        l.assetNumber(),
                        l.name(),
                        l.unitName(),
                        l.zone(),
                        l.cloudService(),
                        l.contractor(),
                        l.highestConfidentiality(),
                        l.findings().stream().map(SystemFinding::rule).toList()));
    }

    @Operation(
            summary = "Read a system",
            description = "With people, held assets, highest class, devices and findings.")
    @GetMapping("/{id}")
    @PreAuthorize("@systemAccess.mayRead(#id)")
    public SystemResource read(@PathVariable long id) {
        return SystemResource.of(systems.details(id));
    }

    @Operation(
            summary = "Register a system",
            description =
                    "For an asset of kind ① of a unit the caller manages. 201 with Location; 400 names each field.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize("@systemAccess.mayCreate()")
    public ResponseEntity<SystemResource> create(@RequestBody SystemRequest request) {
        long id = systems.register(request.draft()).id();
        return ResponseEntity.created(URI.create("/api/v1/systems/" + id)).body(SystemResource.of(systems.details(id)));
    }

    @Operation(
            summary = "Replace a system",
            description =
                    "Managers of the asset's unit and the system's 管理者. Devices absent keeps them; a list replaces them.")
    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public SystemResource update(@PathVariable long id, @RequestBody SystemRequest request) {
        systems.change(id, request.draft());
        return SystemResource.of(systems.details(id));
    }
}
