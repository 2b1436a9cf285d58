package jp.mamori.supplier.web;

import java.util.List;
import jp.mamori.supplier.CertificationKind;
import jp.mamori.supplier.Clause;
import jp.mamori.supplier.Contractor;
import jp.mamori.supplier.ContractorDraft;
import jp.mamori.supplier.Contractors;
import jp.mamori.supplier.SupplierFindings;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the contractor register: the list, one contractor with its certifications and
 * contracts, the contractor form, the body's clause checklist and the findings of all supplier
 * registers. Each handler is authorised by {@code @supplierAccess}.
 */
@Controller
@RequestMapping("/contractors")
class ContractorPages extends RegisterPages<ContractorDraft, Contractor, ContractorForm> {

    private final Contractors contractors;
    private final SupplierFindings findings;

    ContractorPages(Contractors contractors, SupplierFindings findings) {
        super("/contractors", "sup.contractor.registered", contractors, ContractorForm::empty);
        this.contractors = contractors;
        this.findings = findings;
    }

    @GetMapping("/findings")
    @PreAuthorize("@supplierAccess.mayList()")
    public String findings(Model model) {
        model.addAttribute("findings", findings.all());
        return "supplier/findings";
    }

    @GetMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayList()")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("d", contractors.details(id));
        model.addAttribute("kinds", CertificationKind.values());
        return "supplier/contractor";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String editForm(@PathVariable long id, Model model) {
        Contractor c = contractors.contractor(id);
        return form(model, ContractorForm.of(c), c);
    }

    @PostMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String change(
            @PathVariable long id,
            @ModelAttribute("form") ContractorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Contractor before = contractors.contractor(id);
        return RegisterPages.save(binding, () -> {
                    Contractor c = contractors.change(id, form.draft());
                    Flash.notice(redirect, "sup.contractor.saved", c.name());
                    return "redirect:/contractors/" + id;
                })
                .orElseGet(() -> form(model, form, before));
    }

    @PostMapping("/{id}/certifications")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String addCertification(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable CertificationKind kind,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String expiresOn,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/contractors/" + id + "#certifications", () -> {
            contractors.addCertification(
                    id, kind, label.strip(), number.strip(), FormText.date(expiresOn, "expiresOn"));
            return Steps.notice("sup.certification.added", number.strip());
        });
    }

    @PostMapping("/{id}/certifications/{certificationId}/delete")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String removeCertification(
            @PathVariable long id, @PathVariable long certificationId, RedirectAttributes redirect) {
        contractors.removeCertification(id, certificationId);
        Flash.notice(redirect, "sup.certification.removed");
        return "redirect:/contractors/" + id + "#certifications";
    }

    @GetMapping("/clauses")
    @PreAuthorize("@supplierAccess.mayList()")
    public String clauses(Model model) {
        model.addAttribute("clauses", contractors.clauses());
        return "supplier/clauses";
    }

    @PostMapping("/clauses")
    @PreAuthorize("@supplierAccess.mayApprove()")
    public String saveClause(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "100") int position,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/contractors/clauses", () -> {
            Clause c = contractors.saveClause(
                    new Clause(code.strip(), title.strip(), description.strip(), required, active, position));
            return Steps.notice("sup.clause.saved", c.title());
        });
    }

    @Override
    String form(Model model, ContractorForm form, @Nullable Contractor contractor) {
        model.addAttribute("form", form);
        model.addAttribute("c", contractor);
        return "supplier/contractor-form";
    }

    static List<CertificationKind> kinds() {
        return List.of(CertificationKind.values());
    }
}
