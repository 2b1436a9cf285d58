package jp.mamori.supplier.web;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.organization.Directory;
import jp.mamori.supplier.CertificateKind;
import jp.mamori.supplier.CertificateReminders;
import jp.mamori.supplier.Contract;
import jp.mamori.supplier.ContractFile;
import jp.mamori.supplier.ContractFiles;
import jp.mamori.supplier.Contractor;
import jp.mamori.supplier.Contractors;
import jp.mamori.supplier.Place;
import jp.mamori.supplier.SupplierChecks;
import jp.mamori.supplier.SupplierViews;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.Steps;
import jp.mamori.web.form.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of one contract: the form, the contract with its clause checklist, file, 再委託先,
 * periodic checks, incidents and end. Reading as the register; changing for managers of the
 * contract's unit ({@code @supplierAccess.mayChangeContract}).
 */
@Controller
class ContractPages {
    private final Contractors contractors;
    private final ContractFiles files;
    private final SupplierChecks checks;
    private final CertificateReminders reminders;
    private final Directory directory;

    ContractPages(
            Contractors contractors,
            ContractFiles files,
            SupplierChecks checks,
            CertificateReminders reminders,
            Directory directory) {
        this.contractors = contractors;
        this.reminders = reminders;
        this.files = files;
        this.checks = checks;
        this.directory = directory;
    }

    /** The contract's page. */
    private static String page(long id, long contractId) {
        return "/contractors/" + id + "/contracts/" + contractId;
    }

    @GetMapping("/contractors/{id}/contracts/new")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String newForm(@PathVariable long id, Model model) {
        return form(model, contractors.contractor(id), ContractForm.empty(), null);
    }

    @PostMapping("/contractors/{id}/contracts")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String create(
            @PathVariable long id,
            @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Contractor c = contractors.contractor(id);
        return RegisterPages.save(binding, () -> {
                    Contract k = contractors.registerContract(id, form.draft());
                    Flash.notice(redirect, "sup.contract.registered", k.title());
                    return "redirect:" + page(id, k.id());
                })
                .orElseGet(() -> form(model, c, form, null));
    }

    @GetMapping("/contractors/{id}/contracts/{contractId}")
    @PreAuthorize("@supplierAccess.mayList()")
    public String show(@PathVariable long id, @PathVariable long contractId, Model model) {
        SupplierViews.ContractDetails d = contractors.contractDetails(id, contractId);
        model.addAttribute("d", d);
        model.addAttribute("checks", checks.ofContract(contractId));
        model.addAttribute("certificateKinds", CertificateKind.values());
        model.addAttribute("maxMegabytes", files.maxMegabytes());
        return "supplier/contract";
    }

    @GetMapping("/contractors/{id}/contracts/{contractId}/edit")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String editForm(@PathVariable long id, @PathVariable long contractId, Model model) {
        SupplierViews.ContractDetails d = contractors.contractDetails(id, contractId);
        return form(model, d.contractor(), ContractForm.of(d), d.contract());
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String change(
            @PathVariable long id,
            @PathVariable long contractId,
            @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Contract before = contractors.contract(id, contractId);
        return RegisterPages.save(binding, () -> {
                    Contract k = contractors.changeContract(id, contractId, form.draft());
                    Flash.notice(redirect, "sup.contract.saved", k.title());
                    return "redirect:" + page(id, contractId);
                })
                .orElseGet(() -> form(model, contractors.contractor(id), form, before));
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/clauses")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String markClauses(
            @PathVariable long id,
            @PathVariable long contractId,
            @RequestParam(name = "present", required = false) @Nullable List<String> present,
            RedirectAttributes redirect) {
        Set<String> codes = present == null ? Set.of() : new HashSet<>(present);
        return Steps.run(
                redirect,
                page(id, contractId) + "#clauses",
                "sup.clauses.saved",
                () -> contractors.markClauses(id, contractId, codes));
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/files")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String addFile(
            @PathVariable long id,
            @PathVariable long contractId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return Steps.run(redirect, page(id, contractId) + "#files", () -> {
            Upload contract = Upload.required(file, "file", "sup.error.file.empty", "contract");
            ContractFile f = files.add(id, contractId, contract.name(), contract.size(), contract.stream());
            return Steps.notice("sup.file.added", f.fileName(), f.sha256());
        });
    }

    @GetMapping("/contractors/{id}/contracts/{contractId}/files/{fileId}")
    @PreAuthorize("@supplierAccess.mayList()")
    public ResponseEntity<byte[]> file(
            @PathVariable long id, @PathVariable long contractId, @PathVariable long fileId) {
        ContractFiles.File f = files.file(id, contractId, fileId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.file().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-File-SHA256", f.file().sha256())
                .contentType(MediaType.parseMediaType(f.file().contentType()))
                .body(f.content());
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/subcontractors")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String addSubcontractor(
            @PathVariable long id,
            @PathVariable long contractId,
            @RequestParam(defaultValue = "") String subName,
            @RequestParam(defaultValue = "") String subWork,
            RedirectAttributes redirect) {
        return Steps.run(redirect, page(id, contractId) + "#subcontractors", () -> {
            contractors.addSubcontractor(id, contractId, subName.strip(), subWork.strip());
            return Steps.notice("sup.subcontractor.added", subName.strip());
        });
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/subcontractors/{subId}/approve")
    @PreAuthorize("@supplierAccess.mayApprove()")
    public String approveSubcontractor(
            @PathVariable long id,
            @PathVariable long contractId,
            @PathVariable long subId,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id, contractId) + "#subcontractors",
                "sup.subcontractor.approved",
                () -> contractors.approveSubcontractor(id, contractId, subId));
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/end")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String end(
            @PathVariable long id,
            @PathVariable long contractId,
            @RequestParam(defaultValue = "") String endedOn,
            RedirectAttributes redirect) {
        return Steps.run(redirect, page(id, contractId) + "#end", () -> {
            Contract k = contractors.end(id, contractId, FormText.date(endedOn, "endedOn"));
            return Steps.notice(k.hasCertificate() ? "sup.contract.ended" : "sup.contract.endedWithoutCertificate");
        });
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/certificate")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String certificate(
            @PathVariable long id,
            @PathVariable long contractId,
            @RequestParam(required = false) @Nullable CertificateKind certificateKind,
            @RequestParam(defaultValue = "") String certificateOn,
            @RequestParam(defaultValue = "") String certificateNote,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id, contractId) + "#end",
                "sup.certificate.recorded",
                () -> contractors.recordCertificate(
                        id,
                        contractId,
                        certificateKind,
                        FormText.date(certificateOn, "certificateOn"),
                        certificateNote.strip()));
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/incidents")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String linkIncident(
            @PathVariable long id,
            @PathVariable long contractId,
            @RequestParam(defaultValue = "") String incident,
            RedirectAttributes redirect) {
        return Steps.run(redirect, page(id, contractId) + "#incidents", () -> {
            contractors.linkIncident(id, contractId, incident);
            return Steps.notice("sup.incident.linked", incident.strip());
        });
    }

    @PostMapping("/contractors/{id}/contracts/{contractId}/remind")
    @PreAuthorize("@supplierAccess.mayChangeContract(#contractId)")
    public String remind(@PathVariable long id, @PathVariable long contractId, RedirectAttributes redirect) {
        return Steps.run(redirect, page(id, contractId) + "#end", () -> {
            int people = reminders.remind(id, contractId);
            return Steps.notice("sup.certificate.reminded", people);
        });
    }

    private String form(Model model, Contractor contractor, ContractForm form, @Nullable Contract contract) {
        model.addAttribute("form", form);
        model.addAttribute("c", contractor);
        model.addAttribute("k", contract);
        model.addAttribute("places", Place.values());
        model.addAttribute("units", directory.units());
        return "supplier/contract-form";
    }
}
