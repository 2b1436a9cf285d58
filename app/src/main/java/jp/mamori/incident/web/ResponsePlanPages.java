package jp.mamori.incident.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import jp.mamori.incident.BodyRegime;
import jp.mamori.incident.IncidentStep;
import jp.mamori.incident.PlanStep;
import jp.mamori.incident.ResponsePlan;
import jp.mamori.incident.ResponsePlanStore;
import jp.mamori.incident.ResponsePlanVersion;
import jp.mamori.incident.Severity;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
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

/**
 * The emergency response plan page: everyone signed in reads the plan in force (the checklist
 * steps, the escalation stages, the 速報 day count, the contacts) and its history; body-wide
 * managers edit it, and each save becomes a new version.
 */
@Controller
class ResponsePlanPages {
    private final ResponsePlanStore plans;
    private final BodyRegime regime;

    ResponsePlanPages(ResponsePlanStore plans, BodyRegime regime) {
        this.plans = plans;
        this.regime = regime;
    }

    @GetMapping("/incidents/plan")
    @PreAuthorize(Rights.SIGNED_IN)
    public String show(Model model) {
        var latest = plans.latest();
        return page(model, plans.current(), latest.orElse(null), latest.isEmpty());
    }

    @GetMapping("/incidents/plan/versions/{version}")
    @PreAuthorize(Rights.SIGNED_IN)
    public String version(@PathVariable int version, Model model) {
        ResponsePlanVersion saved =
                plans.version(version).orElseThrow(() -> new NotFoundException("incident-response-plan", version));
        model.addAttribute(
                "old",
                !saved.draft()
                        && plans.latest().map(v -> v.version() != version).orElse(true));
        model.addAttribute("viewingDraft", saved.draft());
        return page(model, saved.plan(), saved, false);
    }

    @GetMapping("/incidents/plan/edit")
    @PreAuthorize("@access.isBodyWideManager()")
    public String editForm(Model model) {
        int basedOn = plans.latest().map(ResponsePlanVersion::version).orElse(0);
        return form(model, PlanForm.of(plans.current(), basedOn));
    }

    @PostMapping("/incidents/plan")
    @PreAuthorize("@access.isBodyWideManager()")
    public String save(
            @ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ResponsePlanVersion saved = plans.revise(form.toPlan(), form.getBasedOn(), form.getNote());
                Flash.notice(redirect, "incident.plan.saved", saved.version());
                return "redirect:/incidents/plan";
            } catch (InvalidInputException e) {
                for (InvalidInputException.Problem p : e.problems()) {
                    Object[] args = p.args().toArray();
                    if (p.field().equals("basedOn") || p.field().equals("steps")) {
                        binding.reject(p.messageKey(), args, p.messageKey());
                    } else {
                        binding.rejectValue(p.field(), p.messageKey(), args, p.messageKey());
                    }
                }
            }
        }
        form.addEmptyRows();
        return form(model, form);
    }

    /**
     * The CISO's 決裁 on the draft: approve puts it in force, return sends it back (a note required);
     * either needs a fresh code of the authenticator app ({@code confirmation}). A CISO's approval of
     * their own draft is refused with the reason (segregation of duties).
     */
    @PostMapping("/incidents/plan/versions/{version}/decision")
    @PreAuthorize("@access.hasRole('CISO')")
    public String decide(
            @PathVariable int version,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            ResponsePlanVersion decided =
                    plans.decide(version, "approve".equals(decision), note, confirmation, request.getRemoteAddr());
            Flash.notice(redirect, "incident.plan.decided." + decided.status().name(), decided.version());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        } catch (NotAllowedException e) {
            // the CISO's own draft: the page says why instead of a bare 403
            Flash.alert(redirect, e.messageKey());
        }
        return "redirect:/incidents/plan";
    }

    private String page(Model model, ResponsePlan plan, @Nullable ResponsePlanVersion saved, boolean defaults) {
        model.addAttribute("plan", plan);
        model.addAttribute("saved", saved);
        model.addAttribute("defaults", defaults);
        var stepsByPhase = new LinkedHashMap<IncidentStep, List<PlanStep>>();
        for (IncidentStep phase : PlanForm.PHASES) {
            stepsByPhase.put(
                    phase,
                    plan.steps().stream().filter(step -> step.phase() == phase).toList());
        }
        model.addAttribute("stepsByPhase", stepsByPhase);
        model.addAttribute("escalation", plan.escalationPolicy().targets(Severity.of(Severity.HIGHEST)));
        model.addAttribute("contactLines", lines(plan.contacts()));
        model.addAttribute("history", plans.history());
        ResponsePlanVersion draft = plans.pendingDraft().orElse(null);
        model.addAttribute("draft", draft);
        model.addAttribute("ownDraft", draft != null && !ResponsePlanStore.mayApprove(draft, Access.currentLogin()));
        model.addAttribute("regime", regime.current());
        return "incident/plan";
    }

    private String form(Model model, PlanForm form) {
        model.addAttribute("form", form);
        model.addAttribute("phases", PlanForm.PHASES);
        model.addAttribute("severities", List.of(Severity.of(1), Severity.of(2), Severity.of(3), Severity.of(4)));
        return "incident/plan-form";
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }
}
