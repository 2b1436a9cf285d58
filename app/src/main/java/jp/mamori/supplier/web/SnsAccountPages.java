package jp.mamori.supplier.web;

import java.util.List;
import jp.mamori.organization.Directory;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.supplier.SnsAccount;
import jp.mamori.supplier.SnsAccounts;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the official SNS account register: list, one account, the form, review, incidents. */
@Controller
class SnsAccountPages {
    private final SnsAccounts accounts;
    private final Directory directory;

    SnsAccountPages(SnsAccounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/sns-accounts")
    @PreAuthorize("@supplierAccess.mayList()")
    public String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean findings,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RegisterPages.list(
                model, accounts.page(new SnsAccounts.Filter(q, findings), page, RegisterPages.PAGE_SIZE), q, findings);
        return "supplier/sns-accounts";
    }

    @GetMapping("/sns-accounts/new")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String newForm(Model model) {
        return form(model, SnsAccountForm.empty(), null);
    }

    @PostMapping("/sns-accounts")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String create(
            @ModelAttribute("form") SnsAccountForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return RegisterPages.save(binding, () -> {
                    SnsAccount a = accounts.register(form.draft());
                    Flash.notice(redirect, "sup.sns.registered", a.label());
                    return "redirect:/sns-accounts/" + a.id();
                })
                .orElseGet(() -> form(model, form, null));
    }

    @GetMapping("/sns-accounts/{id}")
    @PreAuthorize("@supplierAccess.mayList()")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("d", accounts.details(id));
        model.addAttribute("incidentKinds", List.of("HIJACK", "MISPOST", "IMPERSONATION", "OTHER"));
        return "supplier/sns-account";
    }

    @GetMapping("/sns-accounts/{id}/edit")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public String editForm(@PathVariable long id, Model model) {
        SnsAccounts.Details d = accounts.details(id);
        return form(model, SnsAccountForm.of(d), d.account());
    }

    @PostMapping("/sns-accounts/{id}")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public String change(
            @PathVariable long id,
            @ModelAttribute("form") SnsAccountForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        SnsAccount before = accounts.details(id).account();
        return RegisterPages.save(binding, () -> {
                    SnsAccount a = accounts.change(id, form.draft());
                    Flash.notice(redirect, "sup.sns.saved", a.label());
                    return "redirect:/sns-accounts/" + id;
                })
                .orElseGet(() -> form(model, form, before));
    }

    @PostMapping("/sns-accounts/{id}/review")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public String review(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reviewedOn,
            @RequestParam(defaultValue = "") String reviewNote,
            RedirectAttributes redirect) {
        try {
            accounts.review(id, FormText.date(reviewedOn, "reviewedOn"), reviewNote.strip());
            Flash.notice(redirect, "sup.sns.reviewed");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/sns-accounts/" + id;
    }

    @PostMapping("/sns-accounts/{id}/incidents")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public String linkIncident(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String incident,
            @RequestParam(required = false) @Nullable String incidentKind,
            RedirectAttributes redirect) {
        try {
            accounts.linkIncident(id, incident, incidentKind);
            Flash.notice(redirect, "sup.incident.linked", incident.strip());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/sns-accounts/" + id + "#incidents";
    }

    private String form(Model model, SnsAccountForm form, @Nullable SnsAccount account) {
        model.addAttribute("form", form);
        model.addAttribute("a", account);
        model.addAttribute("units", directory.units());
        return "supplier/sns-account-form";
    }
}
