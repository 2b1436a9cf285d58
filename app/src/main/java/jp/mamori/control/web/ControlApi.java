package jp.mamori.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import jp.mamori.control.catalogue.CatalogueVersion;
import jp.mamori.control.catalogue.Catalogues;
import jp.mamori.control.catalogue.CheckFrequency;
import jp.mamori.control.catalogue.Measure;
import jp.mamori.control.catalogue.MeasureFilter;
import jp.mamori.control.catalogue.MeasureOrigin;
import jp.mamori.control.catalogue.MeasureScope;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the control catalogue in force: the paged list (filtered and ordered in SQL) and one
 * measure. Anyone authenticated reads; an unknown id is a 404.
 */
@RestController
@Tag(name = "controls", description = "Control catalogue in force (対策基準)")
@RequestMapping(path = "/api/v1/controls", produces = "application/json")
class ControlApi {
    private final Catalogues catalogues;

    ControlApi(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    /**
     * A measure in the API: {@code appliesTo} holds the conditions as in the catalogue file
     * ({@code {}} means always within its scope).
     */
    record ControlResource(
            String id,
            String chapter,
            String section,
            String title,
            String statement,
            Role role,
            String evidence,
            CheckFrequency frequency,
            MeasureScope scope,
            Map<String, Object> appliesTo,
            List<String> iso27001,
            MeasureOrigin origin,
            boolean adopted,
            @Nullable String notAdoptedReason,
            int catalogueVersion) {
        static ControlResource of(Measure m, int version) {
            return new ControlResource(
                    m.id(),
                    m.chapter(),
                    m.section(),
                    m.title(),
                    m.statement(),
                    m.role(),
                    m.evidence(),
                    m.frequency(),
                    m.scope(),
                    m.appliesTo().toMap(),
                    m.iso27001(),
                    m.origin(),
                    m.adopted(),
                    m.adopted() ? null : m.notAdoptedReason(),
                    version);
        }
    }

    @Operation(summary = "List measures", description = "The catalogue in force, in id order, paged in SQL.")
    @GetMapping
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public Page<ControlResource> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "chapter number, 1–9") @RequestParam(required = false) @Nullable String chapter,
            @Parameter(description = "words in the id, title, statement, evidence or ISO number")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "responsible role, e.g. SECURITY_MANAGER")
                    @RequestParam(required = false)
                    @Nullable
                    Role role,
            @Parameter(description = "BODY, UNIT or SYSTEM") @RequestParam(required = false) @Nullable
                    MeasureScope scope) {
        CatalogueVersion version = catalogues.inForce();
        return catalogues
                .page(version, new MeasureFilter(chapter, q, role, scope, false), page, size)
                .map(m -> ControlResource.of(m, version.number()));
    }

    @Operation(summary = "Read a measure", description = "404 when the catalogue in force has no such id.")
    @GetMapping("/{id}")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public ControlResource read(@PathVariable String id) {
        CatalogueVersion version = catalogues.inForce();
        return ControlResource.of(catalogues.measure(version, id), version.number());
    }
}
