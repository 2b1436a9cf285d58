package jp.mamori.supplier.web;

import java.util.List;
import jp.mamori.organization.Directory;
import jp.mamori.supplier.SnsAccount;
import jp.mamori.supplier.SnsAccountDraft;
import jp.mamori.supplier.SnsAccounts;
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

/** The pages of the official SNS account register: list, one account, the form, review, incidents. */
@Controller
@RequestMapping("/sns-accounts")
class SnsAccountPages extends RegisterPages<SnsAccountDraft, SnsAccount, SnsAccountForm> {
    private final SnsAccounts accounts;
    private final Directory directory;

    SnsAccountPages(SnsAccounts accounts, Directory directory) {
        super("/sns-accounts", "sup.sns.registered", accounts, SnsAccountForm::empty);
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayList()")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("d", accounts.details(id));
        model.addAttribute("incidentKinds", List.of("HIJACK", "MISPOST", "IMPERSONATION", "OTHER"));
        return "supplier/sns-account";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public String editForm(@PathVariable long id, Model model) {
        SnsAccounts.Details d = accounts.details(id);
        return form(model, SnsAccountForm.of(d), d.account());
    }

    @PostMapping("/{id}")
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

    @PostMapping("/{id}/review")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public String review(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reviewedOn,
            @RequestParam(defaultValue = "") String reviewNote,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/sns-accounts/" + id,
                "sup.sns.reviewed",
                () -> accounts.review(id, FormText.date(reviewedOn, "reviewedOn"), reviewNote.strip()));
    }

    @PostMapping("/{id}/incidents")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public String linkIncident(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String incident,
            @RequestParam(required = false) @Nullable String incidentKind,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/sns-accounts/" + id + "#incidents", () -> {
            accounts.linkIncident(id, incident, incidentKind);
            return Steps.notice("sup.incident.linked", incident.strip());
        });
    }

    @Override
    String form(Model model, SnsAccountForm form, @Nullable SnsAccount account) {
        model.addAttribute("form", form);
        model.addAttribute("a", account);
        model.addAttribute("units", directory.units());
        return "supplier/sns-account-form";
    }
}
