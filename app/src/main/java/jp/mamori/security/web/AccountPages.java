package jp.mamori.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.mamori.security.Account;
import jp.mamori.security.Accounts;
import jp.mamori.security.ApiTokens;
import jp.mamori.security.OtherSessions;
import jp.mamori.security.Reauthentication;
import jp.mamori.security.SignedInUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: password, second factor, recovery codes and API tokens. */
@Controller
class AccountPages {
    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Reauthentication reauthentication;
    private final OtherSessions sessions;

    AccountPages(Accounts accounts, ApiTokens tokens, Reauthentication reauthentication, OtherSessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.reauthentication = reauthentication;
        this.sessions = sessions;
    }

    /** The password change form. */
    record PasswordForm(
            @NotBlank(message = "{password.current.required}")
            String currentPassword,

            @NotBlank(message = "{password.new.required}") String newPassword,

            @NotBlank(message = "{password.confirm.required}")
            String confirmPassword) {
        @Override
        public String toString() {
            return "PasswordForm[***]";
        }
    }

    /** The new API token form; {@code confirmation} is the current password or a fresh code. */
    record TokenForm(
            @NotBlank(message = "{apiToken.name.required}") @Size(max = 100, message = "{apiToken.name.invalid}")
            String name,

            @org.jspecify.annotations.Nullable String confirmation) {
        @Override
        public String toString() {
            return "TokenForm[" + name + "]";
        }
    }

    @GetMapping("/account")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", ""));
        }
        return page(user, model);
    }

    private String page(SignedInUser user, Model model) {
        Account account = accounts.find(user.accountId());
        if (account.passwordMustChange() && !model.containsAttribute("alert")) {
            model.addAttribute("alert", "password.mustChange");
        }
        model.addAttribute("account", account);
        model.addAttribute("recoveryCodesLeft", accounts.unusedRecoveryCodes(account.id()));
        model.addAttribute("tokens", tokens.of(account.id()));
        return "security/account";
    }

    @PostMapping("/account/password")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (!binding.hasErrors()) {
            try {
                accounts.changeOwnPassword(
                        user.accountId(), form.currentPassword(), form.newPassword(), request.getRemoteAddr());
                // every other session of this person ends (a thief's included); this one goes on
                HttpSession current = request.getSession(false);
                sessions.end(user.login(), current == null ? null : current.getId(), user.login());
                Flash.notice(redirect, "password.changed");
                return "redirect:/account";
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        model.addAttribute("tokenForm", new TokenForm("", ""));
        return page(user, model);
    }

    @PostMapping("/account/api-tokens")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String createToken(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                reauthentication.confirm(user.accountId(), form.confirmation(), request.getRemoteAddr());
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        if (binding.hasErrors()) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
            return page(user, model);
        }
        ApiTokens.Created created = tokens.create(user.accountId(), form.name(), user.login());
        redirect.addFlashAttribute("newToken", created.text());
        Flash.notice(redirect, "apiToken.created");
        return "redirect:/account";
    }

    @PostMapping("/account/api-tokens/{id}/revoke")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String revokeToken(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user.accountId(), id, user.login());
        Flash.notice(redirect, "apiToken.revoked.notice");
        return "redirect:/account";
    }
}
