package jp.mamori.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.risk.HeatMap;
import jp.mamori.risk.RiskInput;
import jp.mamori.risk.RiskQuery;
import jp.mamori.risk.RiskRegister;
import jp.mamori.risk.RiskState;
import jp.mamori.risk.Treatment;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the risk register: the list (filtered, sorted and paged in SQL), one risk with its
 * assessments, the heat map, registering and assessing. Acceptance is a decision made on the page.
 */
@RestController
@Tag(name = "risks", description = "Risk register (リスク管理台帳)")
@RequestMapping(path = "/api/v1/risks", produces = "application/json")
class RiskApi {
    private final RiskRegister risks;
    private final Directory directory;

    RiskApi(RiskRegister risks, Directory directory) {
        this.risks = risks;
        this.directory = directory;
    }

    @Operation(
            summary = "List risks",
            description =
                    "The risks the caller may read; sort is RESIDUAL (default), INHERENT, REFERENCE, REVIEW or UPDATED.")
    @GetMapping
    @PreAuthorize(RiskPages.MAY_READ)
    public Page<RiskResource.Line> list(
            @Parameter(description = "unit code or name: that unit and those below it")
                    @RequestParam(required = false)
                    @Nullable
                    String unit,
            @RequestParam(required = false) @Nullable RiskState state,
            @RequestParam(required = false) @Nullable Treatment treatment,
            @RequestParam(required = false) @Nullable ThreatCategory threatCategory,
            @Parameter(description = "lowest rank of the residual level") @RequestParam(required = false) @Nullable
                    Integer minResidual,
            @Parameter(description = "words in the reference, title, threat or 管理番号")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "true: only risks whose review date has come")
                    @RequestParam(defaultValue = "false")
                    boolean reviewDue,
            @RequestParam(defaultValue = "RESIDUAL") RiskQuery.Sort sort,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size) {
        Long unitId = unit == null || unit.isBlank() ? null : unit(unit).id();
        return risks.page(new RiskQuery(
                        unitId, state, treatment, threatCategory, minResidual, q, reviewDue, sort, page, size))
                .map(RiskResource.Line::of);
    }

    @Operation(
            summary = "Heat map",
            description = "Counts of open risks per cell; basis is residual (default) or inherent.")
    @GetMapping("/heatmap")
    @PreAuthorize(RiskPages.MAY_READ)
    public RiskResource.Heat heatMap(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(defaultValue = "residual") String basis) {
        Long unitId = unit == null || unit.isBlank() ? null : unit(unit).id();
        boolean residual = !"inherent".equals(basis);
        HeatMap map = risks.heatMap(unitId, residual);
        List<RiskResource.HeatCell> cells = new ArrayList<>();
        for (int l : map.matrix().likelihoodsDescending()) {
            for (int i : map.matrix().impactsAscending()) {
                cells.add(new RiskResource.HeatCell(l, i, RiskResource.Level.of(map.level(l, i)), map.count(l, i)));
            }
        }
        return new RiskResource.Heat(
                residual ? "residual" : "inherent",
                map.matrix().likelihoods(),
                map.matrix().impacts(),
                cells,
                map.unassessed());
    }

    @Operation(
            summary = "Read a risk",
            description = "By reference (R-000042), with every assessment; 404 when unknown.")
    @GetMapping("/{reference}")
    @PreAuthorize(RiskPages.MAY_READ)
    public RiskResource.Detail read(@PathVariable String reference) {
        return RiskResource.Detail.of(risks.viewByReference(reference));
    }

    /** A new risk in the API: the unit by code or name, the owner by 職員番号, the asset by 管理番号. */
    record RiskBody(
            @Nullable String title,
            @Nullable String description,
            @Nullable String unit,
            @Nullable String asset,
            @Nullable ThreatCategory threatCategory,
            @Nullable String threat,
            @Nullable String ownerStaffNumber,
            @Nullable LocalDate reviewDate) {}

    @Operation(summary = "Register a risk", description = "201 with Location; 400 names each field in error.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize(RiskPages.MAY_MANAGE)
    public ResponseEntity<RiskResource.Detail> register(@RequestBody RiskBody body) {
        Long unitId = body.unit() == null || body.unit().isBlank()
                ? null
                : directory.unitByCodeOrName(body.unit()).map(UnitSummary::id).orElse(null);
        var risk = risks.register(new RiskInput(
                body.title() == null ? "" : body.title(),
                body.description() == null ? "" : body.description(),
                unitId,
                body.asset(),
                body.threatCategory(),
                body.threat() == null ? "" : body.threat(),
                body.ownerStaffNumber(),
                body.reviewDate()));
        return ResponseEntity.created(URI.create("/api/v1/risks/" + risk.reference()))
                .body(RiskResource.Detail.of(risks.view(risk.id())));
    }

    /** An assessment in the API; measures are ids of the catalogue in force. */
    record AssessmentBody(
            @Nullable Integer likelihood,
            @Nullable Integer impact,
            @Nullable Treatment treatment,
            @Nullable List<String> measures,
            @Nullable String treatmentPlan,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact) {}

    @Operation(
            summary = "Assess a risk",
            description =
                    "Replaces the current assessment while it is not accepted; after an acceptance adds a new one.")
    @PostMapping(path = "/{reference}/assessments", consumes = "application/json")
    @PreAuthorize(RiskPages.MAY_MANAGE)
    public ResponseEntity<RiskResource.AssessmentItem> assess(
            @PathVariable String reference, @RequestBody AssessmentBody body) {
        long id = risks.viewByReference(reference).risk().id();
        var form = new AssessmentForm(
                body.likelihood(),
                body.impact(),
                body.treatment(),
                body.measures() == null ? "" : String.join(",", body.measures()),
                body.treatmentPlan(),
                body.residualLikelihood(),
                body.residualImpact());
        var recorded = risks.assess(id, form.draft());
        return ResponseEntity.created(URI.create("/api/v1/risks/" + reference))
                .body(RiskResource.AssessmentItem.of(recorded));
    }

    private UnitSummary unit(String text) {
        return directory.unitByCodeOrName(text).orElseThrow(() -> new NotFoundException("unit", text));
    }
}
