package jp.mamori.incident.web;

import jp.mamori.incident.BodyRegime;
import jp.mamori.incident.Regime;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident settings page: the body's legal regime for breach reporting (where it comes from and
 * what follows from it) and the configured thresholds. Everyone signed in reads it; body-wide
 * managers choose the regime, unless the setting {@code mamori.incident.regime} fixes it.
 */
@Controller
class IncidentSettingsPages {
    private final BodyRegime regime;

    IncidentSettingsPages(BodyRegime regime) {
        this.regime = regime;
    }

    @GetMapping("/incidents/settings")
    @PreAuthorize(Rights.SIGNED_IN)
    public String show(@RequestParam(defaultValue = "false") boolean firstSetup, Model model) {
        model.addAttribute("firstSetup", firstSetup && regime.current().mustChoose());
        return page(model, null, "", null);
    }

    @PostMapping("/incidents/settings/regime")
    @PreAuthorize("@access.isBodyWideManager()")
    public String choose(
            @RequestParam(required = false) @Nullable Regime choice,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        if (choice == null) {
            return page(model, null, reason, InvalidInputException.of("regime", "incident.regime.error.required"));
        }
        try {
            regime.choose(choice, reason);
        } catch (InvalidInputException e) {
            return page(model, choice, reason, e);
        }
        Flash.notice(redirect, "incident.settings.regime.saved");
        return "redirect:/incidents/settings";
    }

    private String page(Model model, @Nullable Regime chosen, String reason, @Nullable InvalidInputException error) {
        model.addAttribute("regime", regime.current());
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", error == null ? java.util.List.of() : error.problems());
        return "incident/settings";
    }
}
