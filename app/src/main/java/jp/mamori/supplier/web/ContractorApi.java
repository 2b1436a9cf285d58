package jp.mamori.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.Page;
import jp.mamori.supplier.CertificateKind;
import jp.mamori.supplier.Certification;
import jp.mamori.supplier.Contract;
import jp.mamori.supplier.ContractDraft;
import jp.mamori.supplier.ContractorDraft;
import jp.mamori.supplier.Contractors;
import jp.mamori.supplier.LinkedIncident;
import jp.mamori.supplier.Place;
import jp.mamori.supplier.RegisterFilter;
import jp.mamori.supplier.Subcontractor;
import jp.mamori.supplier.SupplierFinding;
import jp.mamori.supplier.SupplierViews;
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
 * REST API of the contractor register ({@code /api/v1/contractors}): paged list, read, register and
 * replace a contractor; register, read and replace its contracts. As on the pages: 403 when not
 * allowed, 404 for an unknown id, 400 problem JSON naming each bad field.
 */
@RestController
@Tag(name = "contractors", description = "Contractors and their contracts (業務委託)")
@RequestMapping(path = "/api/v1/contractors", produces = "application/json")
class ContractorApi {
    private final Contractors contractors;

    ContractorApi(Contractors contractors) {
        this.contractors = contractors;
    }

    /** A contractor in a list. */
    record ContractorItem(
            long id,
            String name,
            int contracts,
            int running,
            List<Certification> certifications,
            List<String> findings) {}

    /** A contract with its findings. */
    record ContractResource(
            long id,
            long contractorId,
            String title,
            String work,
            long unitId,
            @Nullable Long responsiblePersonId,
            LocalDate startsOn,
            LocalDate endsOn,
            Place place,
            String information,
            List<String> assets,
            List<Subcontractor> subcontractors,
            Map<String, Boolean> clauses,
            List<String> files,
            List<LinkedIncident> incidents,
            boolean ended,
            @Nullable LocalDate endedOn,
            @Nullable CertificateKind certificateKind,
            @Nullable LocalDate certificateOn,
            List<SupplierFinding> findings) {
        static ContractResource of(SupplierViews.ContractLine l) {
            Contract k = l.contract();
            return new ContractResource(
                    k.id(),
                    k.contractorId(),
                    k.title(),
                    k.work(),
                    k.unitId(),
                    k.responsiblePersonId(),
                    k.startsOn(),
                    k.endsOn(),
                    k.place(),
                    k.information(),
                    k.assets(),
                    k.subcontractors(),
                    k.clauses(),
                    k.files().stream().map(f -> f.fileName() + " " + f.sha256()).toList(),
                    k.incidents(),
                    l.ended(),
                    k.endedOn(),
                    k.certificateKind(),
                    k.certificateOn(),
                    l.findings());
        }
    }

    /** A contractor in full, with its contracts. */
    record ContractorResource(
            long id,
            String name,
            String address,
            String contactName,
            String contactPhone,
            String contactEmail,
            String note,
            List<Certification> certifications,
            List<ContractResource> contracts) {
        static ContractorResource of(SupplierViews.ContractorDetails d) {
            var c = d.contractor();
            return new ContractorResource(
                    c.id(),
                    c.name(),
                    c.address(),
                    c.contactName(),
                    c.contactPhone(),
                    c.contactEmail(),
                    c.note(),
                    c.certifications(),
                    d.contracts().stream().map(ContractResource::of).toList());
        }
    }

    /** The body of POST and PUT of a contractor. */
    record ContractorRequest(
            @Nullable String name,
            @Nullable String address,
            @Nullable String contactName,
            @Nullable String contactPhone,
            @Nullable String contactEmail,
            @Nullable String note) {
        ContractorDraft draft() {
            return new ContractorDraft(t(name), t(address), t(contactName), t(contactPhone), t(contactEmail), t(note));
        }
    }

    /** The body of POST and PUT of a contract: the official by 職員番号, assets by 管理番号. */
    record ContractRequest(
            @Nullable String title,
            @Nullable String work,
            @Nullable Long unitId,
            @Nullable String responsible,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable Place place,
            @Nullable String information,
            @Nullable List<String> assets) {
        ContractDraft draft() {
            return new ContractDraft(
                    t(title),
                    t(work),
                    unitId,
                    t(responsible),
                    startsOn,
                    endsOn,
                    place,
                    t(information),
                    assets == null ? List.of() : assets);
        }
    }

    private static String t(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    @Operation(
            summary = "List contractors",
            description = "By name; findings lists the finding codes of all contracts.")
    @GetMapping
    @PreAuthorize("@supplierAccess.mayList()")
    public Page<ContractorItem> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "text in the name or a contract's title or work")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "only contractors with findings") @RequestParam(defaultValue = "false")
                    boolean findings) {
        return contractors
                .page(new RegisterFilter(q, findings), page, size)
                .map(l -> new ContractorItem(
                        l.id(),
                        l.name(),
                        l.contracts(),
                        l.running(),
                        l.certifications(),
                        l.findings().stream().map(SupplierFinding::rule).toList()));
    }

    @Operation(summary = "Read a contractor", description = "With certifications and contracts (each with findings).")
    @GetMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayList()")
    public ContractorResource read(@PathVariable long id) {
        return ContractorResource.of(contractors.details(id));
    }

    @Operation(summary = "Register a contractor", description = "201 with Location; 400 names each field.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public ResponseEntity<ContractorResource> create(@RequestBody ContractorRequest request) {
        long id = contractors.register(request.draft()).id();
        return ResponseEntity.created(URI.create("/api/v1/contractors/" + id))
                .body(ContractorResource.of(contractors.details(id)));
    }

    @Operation(summary = "Replace a contractor's facts")
    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public ContractorResource update(@PathVariable long id, @RequestBody ContractorRequest request) {
        contractors.change(id, request.draft());
        return ContractorResource.of(contractors.details(id));
    }

    @Operation(summary = "Read a contract", description = "With clauses, 再委託先, files, incidents and findings.")
    @GetMapping("/{id}/contracts/{contractId}")
    @PreAuthorize("@supplierAccess.mayList()")
    public ContractResource contract(@PathVariable long id, @PathVariable long contractId) {
        var d = contractors.contractDetails(id, contractId);
        return ContractResource.of(new SupplierViews.ContractLine(d.contract(), d.ended(), d.findings()));
    }

    @Operation(summary = "Register a contract", description = "For a unit the caller manages. 201 with Location.")
    @PostMapping(path = "/{id}/contracts", consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public ResponseEntity<ContractResource> createContract(
            @PathVariable long id, @RequestBody ContractRequest request) {
        long contractId = contractors.registerContract(id, request.draft()).id();
        return ResponseEntity.created(URI.create("/api/v1/contractors/" + id + "/contracts/" + contractId))
                .body(contract(id, contractId));
    }

    @Operation(summary = "Replace a contract's facts")
    @PutMapping(path = "/{id}/contracts/{contractId}", consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public ContractResource updateContract(
            @PathVariable long id, @PathVariable long contractId, @RequestBody ContractRequest request) {
        contractors.changeContract(id, contractId, request.draft());
        return contract(id, contractId);
    }
}
