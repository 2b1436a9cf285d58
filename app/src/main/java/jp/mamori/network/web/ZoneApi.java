package jp.mamori.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.network.ZoneDocument;
import jp.mamori.network.ZoneFile;
import jp.mamori.network.ZoneModels;
import jp.mamori.network.ZoneVersion;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the zone model ({@code /api/v1/zones}): the model in force, and the same as netcheck's
 * zone file. 404 when no version has been approved yet.
 */
@RestController
@Tag(name = "zones", description = "Network zone model (ゾーンモデル)")
@RequestMapping(path = "/api/v1/zones")
class ZoneApi {
    private final ZoneModels models;

    ZoneApi(ZoneModels models) {
        this.models = models;
    }

    /** The model in force with its version and approval. */
    record ZoneModelResource(
            int version,
            String sha256,
            @Nullable String approvedBy,
            @Nullable OffsetDateTime approvedAt,
            String defaultAccess,
            String description,
            List<ZoneDocument.Zone> zones,
            List<ZoneDocument.Relay> relays,
            List<ZoneDocument.Cell> policy,
            List<ZoneDocument.PermittedPath> permittedPaths,
            List<ZoneDocument.Interface> interfaces) {}

    @Operation(
            summary = "Read the zone model in force",
            description = "Zones, relays, policy cells, permanent permitted paths and interfaces of the approved"
                    + " version. Time-limited exceptions are in the exception register (/api/v1/exceptions).")
    @GetMapping(produces = "application/json")
    @PreAuthorize("@networkAccess.mayRead()")
    public ZoneModelResource current() {
        ZoneVersion v = models.inForce().orElseThrow(() -> new NotFoundException("zone-model", "in force"));
        ZoneDocument d = models.document(v);
        return new ZoneModelResource(
                v.number(),
                v.sha256(),
                v.decidedBy(),
                v.decidedAt(),
                d.defaultAccess(),
                d.description(),
                d.zones(),
                d.relays(),
                d.policy(),
                d.paths(),
                d.interfaces());
    }

    @Operation(
            summary = "Read the zone model in force as netcheck's zone file",
            description = "YAML as `./mamori zones export` writes it, with the register's exceptions holding today.")
    @GetMapping(path = "/file", produces = "application/yaml")
    @PreAuthorize("@networkAccess.mayRead()")
    public ResponseEntity<byte[]> file() {
        ZoneFile.Written w = models.export(null, Access.currentLogin());
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(w.text().getBytes(StandardCharsets.UTF_8));
    }
}
