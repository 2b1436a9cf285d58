package jp.mamori.system.web;

import jp.mamori.shared.InvalidInputException;
import jp.mamori.system.AccountKind;
import jp.mamori.system.DeviceKind;
import jp.mamori.system.RegisteredSystem;
import jp.mamori.system.SystemAccounts;
import jp.mamori.system.SystemViews;
import jp.mamori.system.SystemZone;
import jp.mamori.system.Systems;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the 情報システム台帳: the list with each system's findings, one system with its asset,
 * people, held assets, highest class, devices and findings, the system form and the device form.
 * Each handler is authorised by {@code @systemAccess}.
 */
@Controller
class SystemPages {
    static final int PAGE_SIZE = 50;

    private final Systems systems;
    private final SystemAccounts accounts;

    SystemPages(Systems systems, SystemAccounts accounts) {
        this.systems = systems;
        this.accounts = accounts;
    }

    @GetMapping("/systems")
    @PreAuthorize("@systemAccess.mayList()")
    public String list(
            @RequestParam(required = false) @Nullable SystemZone zone,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean findings,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", systems.page(new Systems.Filter(zone, q, findings), page, PAGE_SIZE));
        model.addAttribute("zone", zone);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("findingsOnly", findings);
        model.addAttribute("zones", SystemZone.values());
        return "system/list";
    }

    @GetMapping("/systems/new")
    @PreAuthorize("@systemAccess.mayCreate()")
    public String newForm(@RequestParam(required = false) @Nullable String asset, Model model) {
        return form(model, SystemForm.empty(asset), null);
    }

    @PostMapping("/systems")
    @PreAuthorize("@systemAccess.mayCreate()")
    public String create(
            @ModelAttribute("form") SystemForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                RegisteredSystem s = systems.register(form.draft());
                Flash.notice(redirect, "system.registered", s.assetNumber());
                return "redirect:/systems/" + s.id();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/systems/{id}")
    @PreAuthorize("@systemAccess.mayRead(#id)")
    public String show(@PathVariable long id, Model model) {
        SystemViews.Details details = systems.details(id);
        model.addAttribute("d", details);
        model.addAttribute("mayChange", systems.mayChange(details.system()));
        model.addAttribute("deviceKinds", DeviceKind.values());
        model.addAttribute("accounts", accounts.ofSystem(id));
        model.addAttribute("accountKinds", AccountKind.values());
        model.addAttribute("mayApprove", accounts.mayApprove(details.system()));
        model.addAttribute("review", accounts.currentReview(id).orElse(null));
        return "system/detail";
    }

    @GetMapping("/systems/{id}/edit")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String editForm(@PathVariable long id, Model model) {
        SystemViews.Details details = systems.details(id);
        return form(model, SystemForm.of(details), details);
    }

    @PostMapping("/systems/{id}")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String change(
            @PathVariable long id,
            @ModelAttribute("form") SystemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        SystemViews.Details details = systems.details(id);
        if (!binding.hasErrors()) {
            try {
                RegisteredSystem s = systems.change(id, form.draft());
                Flash.notice(redirect, "system.saved", s.assetNumber());
                return "redirect:/systems/" + id;
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, details);
    }

    @PostMapping("/systems/{id}/devices")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String addDevice(@PathVariable long id, DeviceForm form, RedirectAttributes redirect) {
        try {
            systems.addDevice(id, form.device());
            Flash.notice(
                    redirect,
                    "system.device.added",
                    form.name() == null ? "" : form.name().strip());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/systems/" + id + "#devices";
    }

    @PostMapping("/systems/{id}/devices/{deviceId}/delete")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String removeDevice(@PathVariable long id, @PathVariable long deviceId, RedirectAttributes redirect) {
        systems.removeDevice(id, deviceId);
        Flash.notice(redirect, "system.device.removed");
        return "redirect:/systems/" + id + "#devices";
    }

    private String form(Model model, SystemForm form, SystemViews.@Nullable Details details) {
        model.addAttribute("form", form);
        model.addAttribute("d", details);
        model.addAttribute("zones", SystemZone.values());
        return "system/form";
    }
}
