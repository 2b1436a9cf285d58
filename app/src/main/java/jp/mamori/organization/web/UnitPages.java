package jp.mamori.organization.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.organization.People;
import jp.mamori.organization.RoleHolders;
import jp.mamori.organization.Unit;
import jp.mamori.organization.UnitNode;
import jp.mamori.organization.Units;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The unit pages: the tree, one unit with its people and role holders, and the unit form. */
@Controller
class UnitPages {
    private final Units units;
    private final People people;
    private final RoleHolders holders;

    private final Clock clock;

    UnitPages(Units units, People people, RoleHolders holders, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.people = people;
        this.holders = holders;
    }

    @GetMapping("/units")
    @PreAuthorize(Rights.READ)
    public String tree(Model model) {
        model.addAttribute("nodes", units.tree());
        return "organization/units";
    }

    @GetMapping("/units/{id}")
    @PreAuthorize(Rights.READ)
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("unit", units.get(id));
        model.addAttribute("path", units.path(id));
        model.addAttribute("children", units.children(id));
        model.addAttribute("people", people.inUnit(id));
        model.addAttribute("holders", holders.ofUnit(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "organization/unit";
    }

    @GetMapping("/units/new")
    @PreAuthorize(Rights.MANAGE)
    public String newForm(@RequestParam(required = false) @Nullable Long parentId, Model model) {
        return form(model, UnitForm.empty(parentId), null);
    }

    @PostMapping("/units")
    @PreAuthorize(Rights.MANAGE)
    public String create(
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Unit unit = units.create(form.draft());
                Flash.notice(redirect, "organization.unit.created", unit.name());
                return "redirect:/units/" + unit.id();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/units/{id}/edit")
    @PreAuthorize(Rights.MANAGE)
    public String editForm(@PathVariable long id, Model model) {
        return form(model, UnitForm.of(units.get(id)), units.get(id));
    }

    @PostMapping("/units/{id}")
    @PreAuthorize(Rights.MANAGE)
    public String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = units.get(id);
        if (!binding.hasErrors()) {
            try {
                Unit changed = units.change(id, form.draft());
                Flash.notice(redirect, "organization.unit.saved", changed.name());
                return "redirect:/units/" + id;
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form, unit);
    }

    private String form(Model model, UnitForm form, @Nullable Unit unit) {
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        List<UnitNode> choices = units.tree();
        if (unit != null) {
            // a unit cannot go under itself or under a unit below it; do not offer those
            var excluded = units.selfAndBelow(unit.id());
            choices = choices.stream()
                    .filter(n -> !excluded.contains(n.unit().id()))
                    .toList();
        }
        model.addAttribute("parents", choices);
        return "organization/unit-form";
    }
}
