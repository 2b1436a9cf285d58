package jp.mamori.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.network.InputKind;
import jp.mamori.network.NetcheckRun;
import jp.mamori.network.NetcheckRuns;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.system.SystemRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * REST API of the netcheck runs ({@code /api/v1/netcheck/runs}), for a nightly job: POST a file with
 * its kind (202, the check runs in the background), GET the run: netcheck's JSON report
 * ({@code summary}, {@code findings}, {@code unsupported}, as docs/netcheck.md documents it) followed
 * by {@code run}, the run's own facts with the comparison with the device's previous run.
 */
@RestController
@Tag(name = "netcheck", description = "netcheck runs on uploaded configurations and flow logs")
@RequestMapping(path = "/api/v1/netcheck/runs", produces = "application/json")
class NetcheckRunApi {
    private static final JsonMapper JSON = JsonMapper.shared();

    private final NetcheckRuns runs;
    private final SystemRegister systems;

    NetcheckRunApi(NetcheckRuns runs, SystemRegister systems) {
        this.runs = runs;
        this.systems = systems;
    }

    /** A run's facts. */
    record RunResource(
            long id,
            String state,
            int progress,
            String device,
            String kind,
            @Nullable String system,
            String file,
            String sha256,
            long size,
            int modelVersion,
            String createdBy,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime finishedAt,
            @Nullable String failure,
            @Nullable Integer findings,
            @Nullable Integer violations,
            @Nullable Long previousRun,
            @Nullable Integer newFindings,
            @Nullable Integer fixedFindings) {}

    RunResource resource(NetcheckRun r) {
        String system = r.systemId() == null
                ? null
                : systems.system(r.systemId())
                        .map(SystemRegister.SystemProfile::assetNumber)
                        .orElse(null);
        return new RunResource(
                r.id(),
                r.state().name(),
                r.progress(),
                r.device(),
                r.kind().code(),
                system,
                r.fileName(),
                r.sha256(),
                r.size(),
                r.modelVersion(),
                r.createdBy(),
                r.createdAt(),
                r.finishedAt(),
                r.failure(),
                r.findings(),
                r.violations(),
                r.previousRunId(),
                r.newFindings(),
                r.fixedFindings());
    }

    @Operation(
            summary = "Start a netcheck run on a file",
            description = "multipart/form-data: file, kind (fortigate, paloalto, yamaha, iptables, asa, csv for a"
                    + " configuration; flows-csv, flows-fortigate, flows-paloalto, netflow5, netflow9, ipfix, zeek for a"
                    + " flow log), device (optional; else the configuration's host name or the file name), system"
                    + " (管理番号 of the system the device belongs to; its 管理者 are notified). 202 with Location; the"
                    + " check runs in the background. 400 names each bad field; 413 over the size limit.")
    @PostMapping(consumes = "multipart/form-data")
    @PreAuthorize("@networkAccess.mayUpload()")
    public ResponseEntity<RunResource> start(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @Parameter(description = "what the file is") @RequestParam(defaultValue = "") String kind,
            @Parameter(description = "device name") @RequestParam(defaultValue = "") String device,
            @Parameter(description = "管理番号 of the system") @RequestParam(defaultValue = "") String system)
            throws IOException {
        if (file == null) {
            throw InvalidInputException.of("file", "network.run.error.empty");
        }
        try (InputStream in = file.getInputStream()) {
            NetcheckRun run = runs.start(
                    new NetcheckRuns.Upload(
                            String.valueOf(file.getOriginalFilename()),
                            InputKind.byCode(kind).orElse(null),
                            device,
                            system),
                    in);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/netcheck/runs/" + run.id()))
                    .body(resource(run));
        }
    }

    @Operation(
            summary = "List netcheck runs",
            description = "The newest first (at most 200), those the caller may read.")
    @GetMapping
    @PreAuthorize("@networkAccess.mayRead()")
    public List<RunResource> list() {
        return runs.latest(200).stream().map(this::resource).toList();
    }

    @Operation(
            summary = "Read a run's report",
            description = "netcheck's JSON report (summary, findings, unsupported; summary null and the lists empty"
                    + " until the run is DONE), then run: state, progress, file SHA-256, model version, and new and"
                    + " fixed findings compared with the device's previous run.")
    @GetMapping("/{id}")
    @PreAuthorize("@networkAccess.mayReadRun(#id)")
    public ObjectNode read(@PathVariable long id) {
        NetcheckRun run = runs.get(id);
        ObjectNode out = JSON.createObjectNode();
        String report = runs.report(id).orElse(null);
        if (report != null) {
            JsonNode r = JSON.readTree(report);
            out.set("summary", r.get("summary"));
            out.set("findings", r.get("findings"));
            out.set("unsupported", r.get("unsupported"));
        } else {
            out.putNull("summary");
            out.putArray("findings");
            out.putArray("unsupported");
        }
        ObjectNode facts = JSON.valueToTree(resource(run));
        String comparison = runs.comparison(id).orElse(null);
        if (comparison != null) {
            JsonNode c = JSON.readTree(comparison);
            facts.set("new", c.get("new"));
            facts.set("fixed", c.get("fixed"));
        } else {
            facts.putArray("new");
            facts.putArray("fixed");
        }
        out.set("run", facts);
        return out;
    }
}
