package jp.mamori.security.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jp.mamori.security.SetupTokens;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /setup}: the first administrator, created with the one-time token printed on the console. */
@Controller
class SetupPages {
    private final SetupTokens setup;

    SetupPages(SetupTokens setup) {
        this.setup = setup;
    }

    /** The setup form. */
    record SetupForm(
            @NotBlank(message = "{setup.token.required}") String token,
            @NotBlank(message = "{account.login.required}") String login,

            @NotBlank(message = "{account.displayName.required}")
            String displayName,

            @NotBlank(message = "{password.new.required}") String password,

            @NotBlank(message = "{password.confirm.required}")
            String confirmPassword) {
        @Override
        public String toString() {
            return "SetupForm[" + login + "]";
        }
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (!setup.open()) {
            return "redirect:/login";
        }
        if (!model.containsAttribute("setupForm")) {
            model.addAttribute("setupForm", new SetupForm("", "", "", "", ""));
        }
        return "security/setup";
    }

    @PostMapping("/setup")
    String create(
            @Valid @ModelAttribute("setupForm") SetupForm form, BindingResult binding, RedirectAttributes redirect) {
        if (!setup.open()) {
            return "redirect:/login";
        }
        if (!binding.hasErrors() && !form.password().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (!binding.hasErrors()) {
            try {
                setup.createFirstAdministrator(form.token(), form.login(), form.displayName(), form.password());
                Flash.notice(redirect, "setup.done");
                return "redirect:/login";
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return "security/setup";
    }
}
