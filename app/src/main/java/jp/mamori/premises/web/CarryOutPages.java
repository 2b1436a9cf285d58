package jp.mamori.premises.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import jp.mamori.premises.BringIns;
import jp.mamori.premises.CarryOut;
import jp.mamori.premises.CarryOuts;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of carrying out (持ち出し) and bringing in (持ち込み): the lists, the request forms, one
 * carry-out with its approval, refusal, return and reminder, and the check and decision of a
 * bring-in. Each handler is authorised by {@code @premisesAccess}; who may approve which request is
 * the services' rule (the approver of the step, never the requester).
 */
@Controller
class CarryOutPages {
    static final int PAGE_SIZE = 50;

    private final CarryOuts carryOuts;
    private final BringIns bringIns;

    CarryOutPages(CarryOuts carryOuts, BringIns bringIns) {
        this.carryOuts = carryOuts;
        this.bringIns = bringIns;
    }

    /** The carry-out form. */
    record CarryOutForm(
            @Nullable String kind,
            @Nullable String assetNumber,
            @Nullable String description,
            @Nullable String purpose,
            @Nullable String destination,
            @Nullable String protection,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate outOn,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate dueBack) {
        CarryOuts.Draft draft() {
            return new CarryOuts.Draft(
                    kind, assetNumber, description, purpose, destination, protection, outOn, dueBack);
        }
    }

    @GetMapping("/carry-outs")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String list(
            @RequestParam(required = false) CarryOut.@Nullable State state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", carryOuts.page(state, overdue, page, PAGE_SIZE));
        model.addAttribute("state", state);
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("states", CarryOut.State.values());
        return "premises/carry-outs";
    }

    @GetMapping("/carry-outs/export.xlsx")
    @PreAuthorize("@premisesAccess.signedIn()")
    public ResponseEntity<byte[]> export() {
        return AreaPages.xlsx("持ち出し・持ち込み管理簿.xlsx", carryOuts.workbook(bringIns.lines()));
    }

    @GetMapping("/carry-outs/new")
    @PreAuthorize("@premisesAccess.mayRequest()")
    public String newForm(@RequestParam(required = false) @Nullable String asset, Model model) {
        model.addAttribute("form", new CarryOutForm("ASSET", asset == null ? "" : asset, "", "", "", "", null, null));
        return "premises/carry-out-form";
    }

    @PostMapping("/carry-outs")
    @PreAuthorize("@premisesAccess.mayRequest()")
    public String request(
            @ModelAttribute("form") CarryOutForm form, BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                CarryOut c = carryOuts.request(form.draft());
                Flash.notice(redirect, "prm.carryOut.requested", c.id());
                return "redirect:/carry-outs/" + c.id();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return "premises/carry-out-form";
    }

    @GetMapping("/carry-outs/{id}")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("l", carryOuts.line(id));
        return "premises/carry-out";
    }

    @PostMapping("/carry-outs/{id}/approve")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String approve(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/carry-outs/" + id,
                "prm.carryOut.approved",
                () -> carryOuts.approve(id, confirmation, request.getRemoteAddr()));
    }

    @PostMapping("/carry-outs/{id}/refuse")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String refuse(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/carry-outs/" + id, "prm.carryOut.refused", () -> carryOuts.refuse(id, reason));
    }

    @PostMapping("/carry-outs/{id}/return")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String confirmReturn(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate returnedOn,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect, "/carry-outs/" + id, "prm.carryOut.returned", () -> carryOuts.confirmReturn(id, returnedOn));
    }

    @PostMapping("/carry-outs/{id}/remind")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String remind(@PathVariable long id, RedirectAttributes redirect) {
        return Steps.run(
                redirect, "/carry-outs/" + id, () -> Steps.notice("prm.carryOut.reminded", carryOuts.remind(id)));
    }

    @GetMapping("/bring-ins")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String bringIns(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", bringIns.page(page, PAGE_SIZE));
        return "premises/bring-ins";
    }

    @PostMapping("/bring-ins")
    @PreAuthorize("@premisesAccess.mayRequest()")
    public String requestBringIn(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String device,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fromDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate toDay,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/bring-ins",
                "prm.bringIn.requested",
                () -> bringIns.request(new BringIns.Draft(kind, device, owner, purpose, fromDay, toDay)));
    }

    @PostMapping("/bring-ins/{id}/check")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String check(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean passed,
            @RequestParam(required = false) @Nullable String result,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/bring-ins", "prm.bringIn.checked", () -> bringIns.check(id, passed, result));
    }

    @PostMapping("/bring-ins/{id}/decide")
    @PreAuthorize("@premisesAccess.signedIn()")
    public String decide(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/bring-ins",
                approve ? "prm.bringIn.approved" : "prm.bringIn.refused",
                () -> bringIns.decide(id, approve, reason, confirmation, request.getRemoteAddr()));
    }
}
