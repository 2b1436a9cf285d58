package jp.mamori.control.web;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.control.exceptions.ControlException;
import jp.mamori.control.exceptions.ExceptionFilter;
import jp.mamori.control.exceptions.ExceptionStanding;
import jp.mamori.control.exceptions.ExceptionTarget;
import jp.mamori.control.exceptions.Exceptions;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of exceptions (例外措置): the list with filters, one exception with its decision and
 * what can be done with it, the request and renewal forms, the decider's approval or rejection (with a
 * fresh code from the authenticator app), withdrawal and revocation.
 */
@Controller
class ExceptionPages {
    static final String MAY_READ = "@exceptionRegister.mayRead()";
    static final String MAY_REQUEST = "@exceptionRegister.mayRequestAny()";
    static final String MAY_DECIDE = "@exceptionRegister.mayDecideAny()";
    static final String MAY_END = "@exceptionRegister.mayRequestAny() or @exceptionRegister.mayDecideAny()";
    static final int PAGE_SIZE = 50;

    private final Exceptions exceptions;

    ExceptionPages(Exceptions exceptions) {
        this.exceptions = exceptions;
    }

    @GetMapping("/exceptions")
    @PreAuthorize(MAY_READ)
    public String list(
            @RequestParam(required = false) @Nullable ExceptionStanding standing,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable ExceptionTarget target,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "NEWEST") ExceptionFilter.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ExceptionFilter filter = new ExceptionFilter(standing, unit, measure, target, q, sort);
        model.addAttribute("filter", filter);
        model.addAttribute("result", exceptions.page(filter, page, PAGE_SIZE));
        model.addAttribute("today", exceptions.today());
        model.addAttribute("standings", ExceptionStanding.values());
        model.addAttribute("targets", ExceptionTarget.values());
        model.addAttribute("sorts", ExceptionFilter.Sort.values());
        model.addAttribute("units", exceptions.readableUnitsForFilter());
        model.addAttribute("mayRequest", exceptions.mayRequestAny());
        return "control/exceptions";
    }

    @GetMapping("/exceptions/new")
    @PreAuthorize(MAY_REQUEST)
    public String newForm(
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable Long unit,
            Model model) {
        ExceptionForm form = new ExceptionForm();
        form.setMeasureId(measure);
        form.setUnitId(unit);
        form.setStartsOn(exceptions.today());
        return formPage(form, null, model);
    }

    private String formPage(ExceptionForm form, @Nullable ControlException renewing, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("renewing", renewing);
        model.addAttribute("units", exceptions.requestableUnits());
        model.addAttribute("targets", ExceptionTarget.values());
        model.addAttribute("zones", ZoneKind.values());
        model.addAttribute("decider", exceptions.decider());
        return "control/exception-form";
    }

    @PostMapping("/exceptions")
    @PreAuthorize(MAY_REQUEST)
    public String create(
            @ModelAttribute("form") ExceptionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ControlException e = exceptions.request(form.request());
                Flash.notice(redirect, "control.exception.requested", e.reference());
                return "redirect:/exceptions/" + e.reference();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return formPage(form, null, model);
    }

    @GetMapping("/exceptions/{reference}")
    @PreAuthorize(MAY_READ)
    public String detail(@PathVariable String reference, Model model) {
        ControlException e = exceptions.get(reference);
        model.addAttribute("x", e);
        model.addAttribute("unit", exceptions.unit(e.unitId()));
        model.addAttribute("today", exceptions.today());
        model.addAttribute("standing", e.standingOn(exceptions.today()));
        model.addAttribute("renews", exceptions.renewed(e).orElse(null));
        model.addAttribute("renewals", exceptions.renewals(e));
        model.addAttribute("decider", exceptions.decider());
        model.addAttribute("mayDecide", exceptions.mayDecide(e));
        model.addAttribute("committeeReasons", exceptions.committeeReasons(e));
        model.addAttribute("committeeDecisions", exceptions.usableDecisions(e));
        model.addAttribute("committeeDecision", exceptions.committeeDecision(e).orElse(null));
        model.addAttribute(
                "decisionRefused",
                e.state() == jp.mamori.control.exceptions.ExceptionState.REQUESTED
                        && exceptions.mayDecideAny()
                        && !exceptions.mayDecide(e));
        model.addAttribute("mayWithdraw", exceptions.mayWithdraw(e));
        model.addAttribute("mayRevoke", exceptions.mayRevoke(e));
        model.addAttribute("mayRenew", exceptions.mayRenew(e));
        return "control/exception";
    }

    @PostMapping("/exceptions/{reference}/approve")
    @PreAuthorize(MAY_DECIDE)
    public String approve(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) @Nullable Long decisionId,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/exceptions/" + reference, () -> {
            ControlException e =
                    exceptions.approve(reference, comment, decisionId, confirmation, request.getRemoteAddr());
            return Steps.notice("control.exception.approved", e.reference());
        });
    }

    @PostMapping("/exceptions/{reference}/reject")
    @PreAuthorize(MAY_DECIDE)
    public String reject(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/exceptions/" + reference, () -> {
            ControlException e = exceptions.reject(reference, comment, confirmation, request.getRemoteAddr());
            return Steps.notice("control.exception.rejected", e.reference());
        });
    }

    @PostMapping("/exceptions/{reference}/withdraw")
    @PreAuthorize(MAY_REQUEST)
    public String withdraw(@PathVariable String reference, RedirectAttributes redirect) {
        ControlException e = exceptions.withdraw(reference);
        Flash.notice(redirect, "control.exception.withdrawn", e.reference());
        return "redirect:/exceptions/" + reference;
    }

    /** Asks first: names the exception and what revoking it means, with the reason to give. */
    @GetMapping("/exceptions/{reference}/revoke")
    @PreAuthorize(MAY_END)
    public String revokeForm(@PathVariable String reference, Model model) {
        ControlException e = exceptions.get(reference);
        if (!exceptions.mayRevoke(e)) {
            throw new jp.mamori.shared.NotAllowedException("control.exception.error.mayNotRevoke");
        }
        model.addAttribute("x", e);
        model.addAttribute("unit", exceptions.unit(e.unitId()));
        return "control/exception-revoke";
    }

    @PostMapping("/exceptions/{reference}/revoke")
    @PreAuthorize(MAY_END)
    public String revoke(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String confirmed,
            RedirectAttributes redirect) {
        if (!confirmed.equals("yes")) {
            Flash.alert(redirect, "control.exception.error.confirmRevoke");
            return "redirect:/exceptions/" + reference + "/revoke";
        }
        return Steps.run(redirect, "/exceptions/" + reference + "/revoke", () -> {
            ControlException e = exceptions.revoke(reference, reason);
            return Steps.notice("control.exception.revoked", e.reference()).then("/exceptions/" + reference);
        });
    }

    @GetMapping("/exceptions/{reference}/renew")
    @PreAuthorize(MAY_REQUEST)
    public String renewForm(@PathVariable String reference, Model model) {
        ControlException e = exceptions.get(reference);
        if (!exceptions.mayRenew(e)) {
            throw new jp.mamori.shared.NotAllowedException("control.exception.error.mayNotRenew");
        }
        return formPage(ExceptionForm.renewing(e, exceptions.today()), e, model);
    }

    @PostMapping("/exceptions/{reference}/renew")
    @PreAuthorize(MAY_REQUEST)
    public String renew(
            @PathVariable String reference,
            @ModelAttribute("form") ExceptionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ControlException old = exceptions.get(reference);
        if (!binding.hasErrors()) {
            try {
                ControlException e = exceptions.renew(reference, form.request());
                Flash.notice(redirect, "control.exception.renewalRequested", e.reference(), old.reference());
                return "redirect:/exceptions/" + e.reference();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return formPage(form, old, model);
    }
}
