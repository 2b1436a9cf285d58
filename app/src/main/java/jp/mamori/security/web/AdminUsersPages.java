package jp.mamori.security.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jp.mamori.security.Account;
import jp.mamori.security.Accounts;
import jp.mamori.security.OtherSessions;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
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

/** Accounts for administrators: create, unlock, enable or disable, reset the second factor or the password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("@access.isAdmin()")
class AdminUsersPages {
    private final Accounts accounts;
    private final OtherSessions sessions;

    AdminUsersPages(Accounts accounts, OtherSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    private void listing(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("waiting", accounts.waiting());
    }

    /** A new account: for a person by staff number, or an administrator without a person. */
    record NewAccountForm(
            @Nullable String staffNumber,
            @Nullable String login,
            @Nullable String displayName,
            @NotBlank(message = "{password.new.required}") String password,
            @Nullable Boolean administrator) {
        /** An unticked checkbox sends nothing. */
        boolean isAdministrator() {
            return Boolean.TRUE.equals(administrator);
        }

        @Override
        public String toString() {
            return "NewAccountForm[" + staffNumber + ", " + login + "]";
        }
    }

    /** A password an administrator sets for someone who forgot theirs. */
    record ResetPasswordForm(
            @NotBlank(message = "{password.new.required}") String newPassword) {
        @Override
        public String toString() {
            return "ResetPasswordForm[***]";
        }
    }

    @GetMapping
    public String list(Model model) {
        if (!model.containsAttribute("newAccount")) {
            model.addAttribute("newAccount", new NewAccountForm("", "", "", "", Boolean.FALSE));
        }
        listing(model);
        return "security/admin-users";
    }

    @PostMapping
    public String create(
            @Valid @ModelAttribute("newAccount") NewAccountForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Account account = accounts.createForSomeoneElse(
                        new Accounts.NewAccountRequest(
                                form.staffNumber(),
                                form.login(),
                                form.displayName(),
                                form.password(),
                                form.isAdministrator()),
                        Access.currentLogin());
                Flash.notice(redirect, "account.created", account.login());
                return "redirect:/admin/users";
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        listing(model);
        return "security/admin-users";
    }

    @PostMapping("/{id}/unlock")
    public String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id, Access.currentLogin());
        return done(redirect, "account.unlocked", id);
    }

    @PostMapping("/{id}/enable")
    public String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(id, true, Access.currentLogin());
        return done(redirect, "account.enabled", id);
    }

    /**
     * The two steps that take something away from a person ask first: the list links to a page that
     * names the account and says what follows, and only its form (with {@code confirmed}) acts. A
     * POST without it — an old bookmark, a double click — shows that page instead of acting.
     */
    @GetMapping("/{id}/{step:disable|reset-mfa}")
    public String confirm(@PathVariable long id, @PathVariable String step, Model model) {
        model.addAttribute("account", accounts.find(id));
        model.addAttribute("step", step);
        model.addAttribute(
                "texts", step.equals("disable") ? "admin.users.confirm.disable" : "admin.users.confirm.resetMfa");
        return "security/admin-confirm";
    }

    @PostMapping("/{id}/disable")
    public String disable(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String confirmed,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            return "redirect:/admin/users/" + id + "/disable";
        }
        accounts.setEnabled(id, false, Access.currentLogin());
        return done(redirect, "account.disabled", id);
    }

    @PostMapping("/{id}/reset-mfa")
    public String resetSecondFactor(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String confirmed,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            return "redirect:/admin/users/" + id + "/reset-mfa";
        }
        accounts.resetSecondFactor(id, Access.currentLogin());
        return done(redirect, "account.mfaReset", id);
    }

    @PostMapping("/{id}/password")
    public String resetPassword(
            @PathVariable long id,
            @Valid @ModelAttribute ResetPasswordForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Flash.alert(redirect, "password.new.required");
            return "redirect:/admin/users";
        }
        try {
            accounts.resetPassword(id, form.newPassword(), Access.currentLogin());
            // whoever was signed in as this person (maybe not the person) is signed out everywhere
            sessions.end(accounts.find(id).login(), null, Access.currentLogin());
        } catch (InvalidInputException e) {
            Flash.alert(
                    redirect,
                    e.problems().get(0).messageKey(),
                    e.problems().get(0).args().toArray());
            return "redirect:/admin/users";
        }
        return done(redirect, "account.passwordReset", id);
    }

    private String done(RedirectAttributes redirect, String messageKey, long id) {
        Flash.notice(redirect, messageKey, accounts.find(id).login());
        return "redirect:/admin/users";
    }
}
