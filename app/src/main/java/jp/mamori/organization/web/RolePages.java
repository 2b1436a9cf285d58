package jp.mamori.organization.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.organization.DateText;
import jp.mamori.organization.People;
import jp.mamori.organization.Person;
import jp.mamori.organization.PersonDraftText;
import jp.mamori.organization.RoleAssignment;
import jp.mamori.organization.RoleAssignments;
import jp.mamori.organization.RoleHolders;
import jp.mamori.organization.Units;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
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

/** The role assignments page: each role with everyone who holds or held it; body-wide managers assign and end. */
@Controller
class RolePages {
    private final RoleAssignments assignments;
    private final RoleHolders holders;
    private final People people;
    private final Units units;

    private final Clock clock;

    RolePages(RoleAssignments assignments, RoleHolders holders, People people, Units units, Clock clock) {
        this.clock = clock;
        this.assignments = assignments;
        this.holders = holders;
        this.people = people;
        this.units = units;
    }

    @GetMapping("/roles")
    @PreAuthorize(Rights.READ)
    public String list(@RequestParam(required = false) @Nullable String staffNumber, Model model) {
        AssignmentForm form = AssignmentForm.empty(LocalDate.now(clock));
        if (staffNumber != null) {
            form = new AssignmentForm(staffNumber, null, null, form.validFrom(), "");
        }
        return page(model, form);
    }

    @PostMapping("/roles")
    @PreAuthorize(Rights.MANAGE)
    public String assign(
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Long personId = people.byStaffNumber(PersonDraftText.staffNumber(form.staffNumber()))
                        .map(Person::id)
                        .orElse(null);
                RoleAssignment made = assignments.assign(form.draft(personId));
                Person person = people.get(made.personId());
                Flash.notice(
                        redirect,
                        "organization.role.assigned",
                        person.name(),
                        made.role().messageKey());
                return "redirect:/roles#" + made.role().name();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return page(model, form);
    }

    /**
     * Ending an assignment asks first: the page names the person, role and scope, says what follows,
     * and takes a last day that the manager must type (nothing is prefilled, so a stray click on the
     * list cannot end anyone's role today).
     */
    @GetMapping("/roles/{id}/end")
    @PreAuthorize(Rights.MANAGE)
    public String confirmEnd(@PathVariable long id, Model model) {
        return endPage(model, id, null);
    }

    @PostMapping("/roles/{id}/end")
    @PreAuthorize(Rights.MANAGE)
    public String end(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String lastDay,
            Model model,
            RedirectAttributes redirect) {
        RoleAssignment assignment = assignments.get(id);
        if (lastDay == null || lastDay.isBlank()) {
            return endPage(model, id, "organization.role.lastDay.required");
        }
        LocalDate day = DateText.parse(lastDay).orElse(null);
        if (day == null) {
            return endPage(model, id, "organization.role.lastDay.format");
        }
        try {
            assignments.end(id, day);
            Flash.notice(redirect, "organization.role.ended", Wareki.japanese(day));
        } catch (InvalidInputException e) {
            return endPage(model, id, e.problems().get(0).messageKey());
        }
        return "redirect:/roles#" + assignment.role().name();
    }

    private String endPage(Model model, long id, @Nullable String lastDayError) {
        model.addAttribute("row", holders.row(id));
        model.addAttribute("lastDayError", lastDayError);
        return "organization/role-end";
    }

    private String page(Model model, AssignmentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("byRole", holders.byRole());
        model.addAttribute(
                "roles",
                java.util.Arrays.stream(Role.values())
                        .filter(r -> r != Role.STAFF)
                        .toList());
        model.addAttribute("nodes", units.tree());
        return "organization/roles";
    }
}
